import { readFileSync } from "fs";
import { join } from "path";
import { ChamberEntry, SCHEME_SETTING, builtinScheme, gridFromValues, review, templateSheets } from "../../src/core";
import { gridToValues } from "../../src/core/testing";
import { ExcelAdapterError, OfficeWorkbook } from "../../src/excel";
import { openXlsx } from "../../src/xlsx";
import { connect } from "../../tools/excel-host/runtime";
import { hostFromXlsx } from "../../tools/excel-host/xlsx";
import { cellsOf, setup } from "./helpers";
import { provinceWorkbook } from "./workbook";

describe("the rest of the gateway", () => {
  test("select activates the sheet and selects the cell; a missing sheet is said by name", async () => {
    const { host, gw } = setup(provinceWorkbook());
    await gw.select("温州商会", "E12");
    expect(host.activeSheet).toBe("温州商会");
    expect(host.selection).toEqual({ sheet: "温州商会", address: "温州商会!E12" });
    const err = (await gw.select("不存在", "A1").catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("SHEET_MISSING");
  });

  test("insertTemplate adds sheets under unique names and touches no existing sheet", async () => {
    const { host, gw } = setup([gridFromValues("推荐名单汇总表", [["旧"]])]);
    const specs = templateSheets(builtinScheme("sihao-2020")!);
    const names = await gw.insertTemplate(specs);
    expect(names).toEqual(["推荐名单汇总表 (2)", "推荐名额分配表", "自评表（模板）"]);
    expect(host.value("推荐名单汇总表", "A1")).toBe("旧");
    expect(gridToValues(host.grid("自评表（模板）"))[2]).toEqual(specs[2].values[2]);
    expect(host.sheet("自评表（模板）")!.merges).toEqual(specs[2].merges);
    expect(await gw.insertTemplate(specs.slice(0, 1))).toEqual(["推荐名单汇总表 (3)"]);
  });

  test("the scheme is kept in the document settings", async () => {
    const { host, gw } = setup(provinceWorkbook());
    expect(await gw.loadSchemeText()).toBeNull();
    await gw.saveSchemeText('{"base":"sihao-2020"}');
    expect(host.settings.get(SCHEME_SETTING)).toBe('{"base":"sihao-2020"}');
    expect(await gw.loadSchemeText()).toBe('{"base":"sihao-2020"}');
    await gw.saveSchemeText(null);
    expect(host.settings.has(SCHEME_SETTING)).toBe(false);
  });

  test("the samples workbook read through Excel gives what the file adapter gives", async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "../../samples/sihao-province.xlsx")));
    const fileGrids = openXlsx(bytes).grids();
    const host = hostFromXlsx(bytes);
    const { url } = connect(host, { sets: { ExcelApi: "1.20" } });
    const grids = await new OfficeWorkbook({ session: url }).read();
    grids.forEach((g, i) => expect(cellsOf(g)).toEqual(cellsOf(fileGrids[i])));
    // The sample's verdict as README.md and docs/cli.md show it (samples/ is built with its defects on purpose).
    const r = review(grids);
    expect((r.entries as ChamberEntry[]).map((e) => [e.name, e.total, e.status, e.rank, e.withinQuota])).toEqual([
      ["四川省科技装备业商会", 478, "qualified", 1, "yes"],
      ["四川省浙江商会", 465, "qualified", 3, "yes"],
      ["四川省福建商会", 452, "qualified", 4, "tie"],
      ["四川省重庆商会", 452, "qualified", 4, "tie"],
      ["四川省广东商会", 470, "qualified", 2, "yes"],
      ["四川省食品工业商会", 455, "disqualified", null, "no"],
      ["四川省建筑业商会", 440, "disqualified", null, "no"],
      ["四川省家具行业商会", 340, "disqualified", null, "no"],
      ["四川省湖南商会", null, "pending", null, null],
      ["四川省江西商会", 440, "qualified", 7, "no"],
      ["四川省茶叶行业商会", null, "pending", null, null],
      ["四川省陕西商会", 445, "qualified", 6, "no"],
    ]);
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["OVER_QUOTA", "推荐名单汇总表", "B5"],
      ["QUOTA_TIE", "推荐名单汇总表", "C7"],
      ["QUOTA_TIE", "推荐名单汇总表", "C8"],
      ["SUMMARY_TOTAL_MISMATCH", "推荐名单汇总表", "E14"],
      ["SHEET_NOT_FOUND", "推荐名单汇总表", "C15"],
      ["SCORE_MISSING", "湖南商会", "E28"],
      ["ORPHAN_SHEET", "医药行业商会", "B2"],
    ]);
  });
});
