/**
 * A national 推荐名单汇总表 as the provincial offices send it upward: a three-row header with
 * group labels (推荐商会基本情况 / 自评情况) and a sub-group label (得分（分）) over 自评分 and
 * 其中：加分项, labels merged down; or the same labels merged down two rows under a group row.
 * With four chambers' 自评表 and a quota sheet, as sheet specs, so that the same workbook can
 * be read as grids (with or without its merged areas) and written by either writer.
 */
import { MergeArea, PlanValue, SheetSpec } from "../../src/core";
import { selfAssessmentSheet } from "../../src/core/testing";
import { SIHAO, scoresTotalling } from "./grids";

const area = (r0: number, c0: number, r1: number, c1: number): MergeArea => ({ r0, c0, r1, c1 });
const down = (r0: number, r1: number, ...cols: number[]) => cols.map((c) => area(r0, c, r1, c));

export type NationalLayout =
  /** Row 2: 序号 · 省（区、市） · 商会名称 · 备注 merged down to row 4, group labels merged across; row 3: 得分（分）; row 4: 自评分 · 其中：加分项. */
  | "three-row"
  /** Row 2: group labels (备注 merged down to row 4); rows 3–4: every label merged down two rows. */
  | "group-row";

/** A chamber: its row on the summary, its 自评表 and the total the scores there add up to. */
const CHAMBERS: { group: string; name: string; type: string; members: number; stated: number; bonus: number; sheet: string; total: number }[] = [
  { group: "四川省", name: "四川省科技装备业商会", type: "行业商会", members: 120, stated: 480, bonus: 50, sheet: "科技装备业商会", total: 480 },
  { group: "四川省", name: "四川省茶叶商会", type: "行业商会", members: 86, stated: 455, bonus: 40, sheet: "茶叶商会", total: 445 },
  { group: "广西壮族自治区", name: "广西壮族自治区浙江商会", type: "异地商会", members: 210, stated: 470, bonus: 45, sheet: "浙江商会", total: 470 },
  { group: "内蒙古自治区", name: "内蒙古自治区乳业商会", type: "行业商会", members: 64, stated: 460, bonus: 30, sheet: "乳业商会", total: 460 },
];

const TITLE = "2019—2020年度全国“四好”商会推荐名单汇总表";

/** Columns: A 序号, B 省（区、市）, C 商会名称, D 商会类型, E 会员数（个）, F 自评分, G 其中：加分项, H 备注. */
function header(layout: NationalLayout): { rows: PlanValue[][]; merges: MergeArea[] } {
  if (layout === "three-row") {
    return {
      rows: [
        ["序号", "省（区、市）", "商会名称", "推荐商会基本情况", null, "自评情况", null, "备注"],
        [null, null, null, "商会类型", "会员数（个）", "得分（分）", null, null],
        [null, null, null, null, null, "自评分", "其中：加分项", null],
      ],
      merges: [...down(1, 3, 0, 1, 2, 7), area(1, 3, 1, 4), area(1, 5, 1, 6), ...down(2, 3, 3, 4), area(2, 5, 2, 6)],
    };
  }
  return {
    rows: [
      ["推荐商会基本情况", null, null, null, null, "自评情况", null, "备注"],
      ["序号", "省（区、市）", "商会名称", "商会类型", "会员数（个）", "自评分", "其中：加分项", null],
      [null, null, null, null, null, null, null, null],
    ],
    merges: [area(1, 0, 1, 4), area(1, 5, 1, 6), ...down(1, 3, 7), ...down(2, 3, 0, 1, 2, 3, 4, 5, 6)],
  };
}

/** The summary (title on row 1, header on rows 2–4, chambers from row 5), the quota sheet and the 自评表. */
export function nationalSheets(layout: NationalLayout): SheetSpec[] {
  const head = header(layout);
  const summary: SheetSpec = {
    name: "推荐名单汇总表",
    values: [
      [TITLE, null, null, null, null, null, null, null],
      ...head.rows,
      ...CHAMBERS.map((c, i) => [i + 1, c.group, c.name, c.type, c.members, c.stated, c.bonus, null]),
    ],
    merges: [area(0, 0, 0, 7), ...head.merges],
    widths: [6, 14, 30, 10, 10, 8, 10, 12],
  };
  const quota: SheetSpec = {
    name: "推荐名额分配表",
    values: [
      ["省（区、市）", "推荐名额"],
      ["四川省", 2],
      ["广西壮族自治区", 1],
      ["内蒙古自治区", 1],
    ],
    merges: [],
    widths: [16, 10],
  };
  const selves = CHAMBERS.map((c) =>
    selfAssessmentSheet(SIHAO, { name: c.sheet, chamber: c.name, scores: scoresTotalling(c.total) as Map<number, PlanValue> }),
  );
  return [summary, quota, ...selves];
}
