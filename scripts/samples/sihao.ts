/**
 * samples/sihao-province.xlsx: a province office's 四好 workbook — summary, quota table and
 * 12 自评表 in three layouts — with the defects reviewers meet every year. Each chamber's
 * story is in SIHAO_CHAMBERS; test/cli asserts the report against it.
 */
import { PlanValue, SheetSpec } from "../../src/core";
import { LayoutOptions, layoutA, layoutB, layoutC } from "./layouts";
import { Scores, scoresTotalling, sumOf } from "./scores";

export const PROVINCE = "四川省";
export const PROVINCE_QUOTA = 4;

export interface SampleChamber {
  name: string;
  type: string;
  /** The 自评表's sheet name; null when the summary lists a chamber without one. */
  sheet: string | null;
  /** Listed in the summary (false: a 自评表 nobody listed). */
  listed: boolean;
  /** Whether the summary's 自评表 column names the sheet (else it is linked by name). */
  ref: boolean;
  layout: "A" | "B" | "C";
  scores: Scores;
  /** The summary's 自评分, when it differs from the sheet. */
  stated?: number;
  layoutOptions?: Partial<LayoutOptions>;
  /** What the sample shows. */
  story: string;
}

const CONTACTS = ["联系人：王明　联系电话：028-86120011", "联系人：李红　联系电话：028-86120022", "联系人：赵亮　联系电话：028-86120033"];

export const SIHAO_CHAMBERS: SampleChamber[] = [
  {
    name: "四川省科技装备业商会",
    type: "行业商会",
    sheet: "科技装备业商会",
    listed: true,
    ref: true,
    layout: "A",
    scores: scoresTotalling(478, 1),
    layoutOptions: { subtotals: true, statedTotals: true },
    story: "qualified, first",
  },
  {
    name: "四川省浙江商会",
    type: "异地商会",
    sheet: "浙江商会",
    listed: true,
    ref: true,
    layout: "B",
    scores: scoresTotalling(465, 2),
    story: "qualified, third; header on row 5, columns reordered",
  },
  {
    name: "四川省福建商会",
    type: "异地商会",
    sheet: "福建商会",
    listed: true,
    ref: true,
    layout: "C",
    scores: scoresTotalling(452, 3),
    layoutOptions: { subtotals: true },
    story: "tied with 重庆商会 across the quota line; blank 小计/合计",
  },
  {
    name: "四川省重庆商会",
    type: "异地商会",
    sheet: "重庆商会",
    listed: true,
    ref: true,
    layout: "A",
    scores: scoresTotalling(452, 4),
    layoutOptions: { fullWidthMarkers: true },
    story: "tied with 福建商会 across the quota line; full-width ＊ markers",
  },
  {
    name: "四川省广东商会",
    type: "异地商会",
    sheet: "广东商会",
    listed: true,
    ref: true,
    layout: "B",
    scores: scoresTotalling(470, 5, { 2: "１２．５分" }),
    layoutOptions: { subtotals: true, statedTotals: true },
    story: "qualified, second; a full-width text score １２．５分 (valid)",
  },
  {
    name: "四川省食品工业商会",
    type: "行业商会",
    sheet: "食品工业商会",
    listed: true,
    ref: true,
    layout: "C",
    scores: scoresTotalling(455, 6, { 7: 0 }),
    layoutOptions: { subtotals: true },
    story: "veto item 7 scored 0: disqualified",
  },
  {
    name: "四川省建筑业商会",
    type: "行业商会",
    sheet: "建筑业商会",
    listed: true,
    ref: false,
    layout: "A",
    scores: scoresTotalling(440, 7, { 4: 12, 14: 8, 15: 8, 17: 8, 33: 8 }),
    story: "five basic items below full marks: disqualified",
  },
  {
    name: "四川省家具行业商会",
    type: "行业商会",
    sheet: "家具行业商会",
    listed: true,
    ref: false,
    layout: "B",
    scores: scoresTotalling(340, 8),
    story: "total 340, under 350: disqualified",
  },
  {
    name: "四川省湖南商会",
    type: "异地商会",
    sheet: "湖南商会",
    listed: true,
    ref: false,
    layout: "A",
    scores: scoresTotalling(455, 9, { 25: null }),
    stated: 460,
    story: "item 25 left blank: pending, no total",
  },
  {
    name: "四川省江西商会",
    type: "异地商会",
    sheet: "江西商会",
    listed: true,
    ref: false,
    layout: "C",
    scores: scoresTotalling(440, 10),
    stated: 445,
    layoutOptions: { subtotals: true, statedTotals: true },
    story: "summary says 445, the sheet adds up to 440: warning, qualified, seventh",
  },
  {
    name: "四川省茶叶行业商会",
    type: "行业商会",
    sheet: null,
    listed: true,
    ref: false,
    layout: "A",
    scores: new Map(),
    stated: 451,
    story: "listed without a 自评表: pending",
  },
  {
    name: "四川省陕西商会",
    type: "异地商会",
    sheet: "陕西商会",
    listed: true,
    ref: false,
    layout: "B",
    scores: scoresTotalling(445, 12),
    story: "qualified, sixth, out of quota",
  },
  {
    name: "四川省医药行业商会",
    type: "行业商会",
    sheet: "医药行业商会",
    listed: false,
    ref: false,
    layout: "A",
    scores: scoresTotalling(430, 13),
    story: "a 自评表 the summary does not list: warning",
  },
];

function selfSheet(c: SampleChamber, i: number): SheetSpec {
  const o: LayoutOptions = { name: c.sheet!, chamber: c.name, scores: c.scores, ...c.layoutOptions };
  if (c.layout === "B") return layoutB({ ...o, contact: CONTACTS[i % CONTACTS.length] });
  return c.layout === "C" ? layoutC(o) : layoutA(o);
}

/** Title rows, header on row 4, the province merged down its rows. */
function summarySheet(): SheetSpec {
  const listed = SIHAO_CHAMBERS.filter((c) => c.listed);
  const values: PlanValue[][] = [
    ["2019—2020年度全国“四好”商会推荐名单汇总表", null, null, null, null, null, null, null],
    ["推荐单位（盖章）：四川省工商业联合会", null, null, null, null, null, null, null],
    ["填报日期：2021年3月15日", null, null, null, null, null, null, null],
    ["序号", "省份", "商会名称", "商会类型", "自评分", "自评表", "联系人", "联系电话"],
  ];
  listed.forEach((c, i) => {
    const stated = c.stated ?? sumOf(c.scores);
    values.push([i + 1, i === 0 ? PROVINCE : null, c.name, c.type, stated, c.ref ? c.sheet : null, `联系人${i + 1}`, `028-8612${String(1000 + i)}`]);
  });
  return {
    name: "推荐名单汇总表",
    values,
    merges: [
      { r0: 0, c0: 0, r1: 0, c1: 7 },
      { r0: 4, c0: 1, r1: 3 + listed.length, c1: 1 },
    ],
    widths: [6, 10, 28, 10, 8, 16, 10, 16],
  };
}

function quotaSheet(): SheetSpec {
  return {
    name: "推荐名额分配表",
    values: [
      ["2019—2020年度全国“四好”商会推荐名额分配表（节选）", null, null],
      ["序号", "省（区、市）", "推荐名额"],
      [1, "北京市", 6],
      [2, "上海市", 6],
      [3, "重庆市", 4],
      [4, PROVINCE, PROVINCE_QUOTA],
      [5, "贵州省", 3],
      [6, "云南省", 3],
    ],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }],
    widths: [6, 16, 10],
  };
}

export function sihaoProvinceSheets(): SheetSpec[] {
  const selves = SIHAO_CHAMBERS.filter((c) => c.sheet !== null).map(selfSheet);
  return [summarySheet(), quotaSheet(), ...selves];
}
