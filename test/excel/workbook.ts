/** A realistic 四好 workbook for the adapter tests: defects of every kind, awkward names, a merged title. */
import { Cell, Grid } from "../../src/core";
import { setCell } from "../../src/core/testing";
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

const RESULT_LABELS = ["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"];

/** The province workbook with 重庆市福建商会's 自评表 named 校验报告 (one score out of range). */
export function userReportNamed(): Grid[] {
  const grids = provinceWorkbook().map((g) => (g.name === "福建商会" ? selfGrid("校验报告", "重庆市福建商会", scores({ 2: 99 })) : g));
  setCell(grids[0], 7, 5, "校验报告");
  return grids;
}

/** The seven result headers typed in G3:M3 with the office's own reckoning below (rows 4–9). */
export function typedResults(): Grid[] {
  const grids = provinceWorkbook();
  const rows: Cell[][] = [
    [430, "无", null, "合格", 1, "是", "自评分与汇总一致"],
    [420, "无", null, "合格", 2, "是", null],
    [485, "1", null, "不合格", null, "否", null],
    [410, "无", null, "合格", null, "否", "材料待补"],
    [380, "无", null, "合格", 1, "是", null],
    [null, null, null, "待核", null, null, null],
  ];
  RESULT_LABELS.forEach((l, i) => setCell(grids[0], 2, 6 + i, l));
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && setCell(grids[0], 3 + r, 6 + c, v)));
  return grids;
}
