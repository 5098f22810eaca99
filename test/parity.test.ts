/**
 * The add-in and the CLI give the same result on the same workbook: the same verdicts and
 * issues, and after a fill the same cells, whether the plan went through the file adapter or
 * through Office.js (Microsoft's runtime, answered by the local Excel host).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { buildWritePlan, review, toJsonReport } from "../src/core";
import { OfficeWorkbook } from "../src/excel";
import { openXlsx } from "../src/xlsx";
import { connect } from "../tools/excel-host/runtime";
import { hostFromXlsx } from "../tools/excel-host/xlsx";
import { cellsOf } from "./excel/helpers";

const NOW = new Date(2026, 10, 23, 10, 0);

describe.each(["sihao-province.xlsx", "chuangxin-cases.xlsx"])("add-in and CLI agree on samples/%s", (file) => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "samples", file)));

  test("same verdicts, same issues, same cells after a fill", async () => {
    // The CLI's path: file adapter.
    const book = openXlsx(bytes);
    const cliReview = review(book.grids());
    book.apply(buildWritePlan(cliReview, { now: NOW }));
    const cliFilled = openXlsx(book.toBytes()).grids();

    // The add-in's path: Office.js through the real runtime.
    const host = hostFromXlsx(bytes);
    const { url } = connect(host, { sets: { ExcelApi: "1.20" } });
    const gw = new OfficeWorkbook({ session: url });
    const addinReview = review(await gw.read());
    await gw.fill(buildWritePlan(addinReview, { now: NOW }));

    expect(toJsonReport(addinReview)).toEqual(toJsonReport(cliReview));
    expect(cliReview.entries.length).toBeGreaterThan(5);
    expect(cliReview.issues.length).toBeGreaterThan(3);

    expect(host.sheetNames()).toEqual(cliFilled.map((g) => g.name));
    for (const g of cliFilled) expect([g.name, cellsOf(host.grid(g.name))]).toEqual([g.name, cellsOf(g)]);
  });
});
