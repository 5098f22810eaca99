import { readFileSync } from "fs";
import { join } from "path";
import { SCHEME_SETTING, builtinScheme, gridFromValues, gridToValues, review, templateSheets } from "../../src/core";
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
    const a = review(grids);
    const b = review(fileGrids);
    expect({ entries: a.entries, issues: a.issues }).toEqual({ entries: b.entries, issues: b.issues });
  });
});
