/**
 * samples/consolidate/: what a national office receives — one workbook per chamber, some
 * with a one-row summary giving the province, some without — and one file that is not a
 * workbook at all, to show it being skipped.
 */
import { PlanValue, SheetSpec } from "../../src/core";
import { layoutA, layoutB, layoutC } from "./layouts";
import { Scores, scoresTotalling, sumOf } from "./scores";

export interface SingleChamber {
  file: string;
  chamber: string;
  /** Province given by the workbook's own summary row; null when it has none. */
  province: string | null;
  sheet: string;
  layout: "A" | "B" | "C";
  scores: Scores;
  story: string;
}

export const SINGLE_CHAMBERS: SingleChamber[] = [
  {
    file: "01-四川省科技装备业商会.xlsx",
    chamber: "四川省科技装备业商会",
    province: "四川省",
    sheet: "自评表",
    layout: "A",
    scores: scoresTotalling(476, 21),
    story: "qualified",
  },
  {
    file: "02-重庆市江苏商会.xlsx",
    chamber: "重庆市江苏商会",
    province: "重庆市",
    sheet: "自评表",
    layout: "B",
    scores: scoresTotalling(462, 22),
    story: "qualified",
  },
  {
    file: "03-云南省茶叶商会.xlsx",
    chamber: "云南省茶叶商会",
    province: null,
    sheet: "云南省茶叶商会",
    layout: "C",
    scores: scoresTotalling(448, 23),
    story: "no summary row: province left blank",
  },
  {
    file: "04-贵州省酒业商会.xlsx",
    chamber: "贵州省酒业商会",
    province: "贵州省",
    sheet: "自评表",
    layout: "A",
    scores: scoresTotalling(450, 24, { 31: 0 }),
    story: "veto item 31 scored 0: disqualified",
  },
  {
    file: "05-重庆市汽车摩托车商会.xlsx",
    chamber: "重庆市汽车摩托车商会",
    province: "重庆市",
    sheet: "自评表",
    layout: "B",
    scores: scoresTotalling(455, 25, { 12: null }),
    story: "item 12 left blank: pending",
  },
];

/** Not a zip: a text file someone renamed to .xlsx. */
export const BROKEN_FILE = "06-损坏的文件.xlsx";
export const BROKEN_BYTES = new TextEncoder().encode("这不是 Excel 工作簿，只是改了扩展名的文本文件。\n");

function oneRowSummary(c: SingleChamber): SheetSpec {
  const values: PlanValue[][] = [
    ["全国“四好”商会推荐表"],
    ["序号", "省份", "商会名称", "自评分"],
    [1, c.province, c.chamber, sumOf(c.scores)],
  ];
  return { name: "推荐表", values, merges: [], widths: [6, 10, 28, 8] };
}

export function singleChamberSheets(c: SingleChamber): SheetSpec[] {
  const o = { name: c.sheet, chamber: c.chamber, scores: c.scores };
  const self = c.layout === "B" ? layoutB({ ...o, contact: "联系人：周平" }) : c.layout === "C" ? layoutC(o) : layoutA(o);
  return c.province === null ? [self] : [oneRowSummary(c), self];
}
