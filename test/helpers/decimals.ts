/**
 * A chamber whose one-decimal scores add up to exactly 350.0 — and, added in binary item by
 * item, to 349.99999999999994 (队伍建设好 to 83.19999999999999): the 汇总表 stating 350, the
 * quota sheet, and its 自评表 with blank 小计/合计 rows.
 */
import { PlanValue, SheetSpec } from "../../src/core";
import { selfAssessmentSheet } from "../../src/core/testing";
import { SIHAO, scores } from "./grids";

/** Item number → score: full marks except these, as the chamber typed them. */
export const SCORES_350: Record<number, number> = {
  2: 1.4, 3: 6.6, 5: 1, 6: 7.2, 8: 9.3, 10: 5, 12: 1.5, 13: 6.4, 16: 4.3, 20: 6, 21: 14.1, 22: 8.5,
  23: 9.6, 25: 7.6, 27: 6.2, 28: 4, 29: 7.1, 30: 1.3, 34: 1.3, 35: 7, 39: 5.7, 41: 10, 42: 0.5, 44: 8.4,
};

export function sheets350(): SheetSpec[] {
  return [
    { name: "推荐名单汇总表", values: [["序号", "省份", "商会名称", "自评分"], [1, "四川省", "四川省茶叶商会", 350]], merges: [], widths: [] },
    { name: "推荐名额分配表", values: [["省份", "推荐名额"], ["四川省", 1]], merges: [], widths: [] },
    selfAssessmentSheet(SIHAO, { name: "茶叶商会", chamber: "四川省茶叶商会", scores: scores(SCORES_350) as Map<number, PlanValue>, subtotals: true }),
  ];
}
