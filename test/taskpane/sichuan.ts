/** The pane tests' workbook, shared by the FakeGateway tests and the Office.js adapter tests. */
import type { Grid } from "../../src/core";
import { quotaGrid, scores, selfGrid, summaryGrid } from "../helpers/grids";

/**
 * Two 四川 chambers for one place: 科技装备业 with full marks (500); 餐饮 with item 3 scored 99
 * over its maximum of 15 (cell E6), so it is 待核 and the province is over its quota.
 */
export function workbook(): Grid[] {
  return [
    summaryGrid([
      { name: "四川省科技装备业商会", stated: 500 },
      { name: "四川省餐饮商会", stated: 480 },
    ]),
    quotaGrid({ 四川省: 1 }),
    selfGrid("科技装备业商会", "四川省科技装备业商会"),
    selfGrid("餐饮商会", "四川省餐饮商会", scores({ 3: 99 })),
  ];
}

/** The error of that workbook, as the pane words it. */
export const OUT_OF_RANGE = { zh: "自评分超过分值上限：99 > 15", en: "Score is above the item maximum: 99 > 15" };
