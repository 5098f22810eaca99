/** A realistic 四好 workbook for the adapter tests: defects of every kind, awkward names, a merged title. */
import { Grid } from "../../src/core";
import { quotaGrid, scores, scoresTotalling, selfGrid, summaryGrid } from "../helpers/grids";
import { nationalSheets, specsToGrids } from "../../bench/national";

export function provinceWorkbook(): Grid[] {
  const summary = summaryGrid(
    [
      { group: "四川省", name: "四川省科技装备业商会", stated: 430, ref: "科技装备业商会" },
      { group: "四川省", name: "成都市温州商会", ref: "温州商会" },
      { group: "四川省", name: "=1+1商会", ref: "Sheet 'x' 1" },
      { group: "重庆市", name: "重庆市江西商会", ref: "江西商会" },
      { group: "重庆市", name: "重庆市福建商会", ref: "福建商会" },
      { group: "重庆市", name: "没有自评表的商会", ref: "不存在" },
    ],
    "推荐名单汇总表",
    true,
  );
  return [
    summary,
    selfGrid("科技装备业商会", "四川省科技装备业商会", scores({ 3: "１２．５分", 5: "#REF!", 8: null })),
    selfGrid("温州商会", "成都市温州商会", scoresTotalling(420), true),
    selfGrid("Sheet 'x' 1", "=1+1商会", scores({ 1: 0 })),
    { ...selfGrid("江西商会", "重庆市江西商会", scores({ 2: 99, 4: "abc" })), hidden: true },
    selfGrid("福建商会", "重庆市福建商会", scoresTotalling(380)),
    quotaGrid({ 四川省: 2, 重庆市: 1 }),
  ];
}

/** The national-scale generator's workbook with n chambers. */
export function nationalWorkbook(n: number): Grid[] {
  return specsToGrids(nationalSheets(n));
}
