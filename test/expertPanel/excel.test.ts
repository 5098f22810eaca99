/**
 * Scoring sheets inserted into the open workbook (the pane's 插入空白模板) through Microsoft's
 * runtime and the local Excel host: the same sheets as the CLI writes, validations from
 * ExcelApi 1.8 and a plain degrade on 1.7, protection that lets experts type only scores.
 */
import { CaseScheme, builtinScheme, review, type CaseEntry } from "../../src/core";
import { caseListing, expertSheets, gridToValues } from "../../src/core/testing";
import { OfficeWorkbook } from "../../src/excel";
import { createXlsx, openXlsx } from "../../src/xlsx";
import { ExcelHost } from "../../tools/excel-host";
import { connect } from "../../tools/excel-host/runtime";
import { EXPERTS, caseBook, typed } from "./books";

const CX = builtinScheme("chuangxin-2021") as CaseScheme;

function open(excelApi: string) {
  const cases = openXlsx(caseBook()).grids();
  const host = ExcelHost.fromGrids(cases, { apiVersion: excelApi });
  const { url } = connect(host, { sets: { ExcelApi: excelApi } });
  return { host, url, gw: new OfficeWorkbook({ session: url }) };
}

/** What an expert types, as Excel takes it from the keyboard (values into the unlocked cells). */
async function type(url: string, sheet: string, cells: Record<string, number | string>) {
  await Excel.run(new Excel.RequestContext(url), async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const [ref, v] of Object.entries(cells)) ws.getRange(ref).values = [[v]];
    await context.sync();
  });
}

describe("scoring sheets in the open workbook", () => {
  test("read from the workbook's case list; one protected sheet per expert, as the file adapter writes it", async () => {
    const { host, gw } = open("1.20");
    const grids = await gw.read();
    const specs = expertSheets(CX, caseListing(grids, CX)!, EXPERTS);
    expect(await gw.insertTemplate(specs)).toEqual(EXPERTS);
    // Values match the file written by the CLI, cell for cell.
    const fromFile = openXlsx(createXlsx(specs)).grids();
    for (const g of fromFile) expect(gridToValues(host.grid(g.name))).toEqual(gridToValues(g));
    const s = host.sheet("赵六")!;
    expect(s.protected).toBe(true);
    expect(s.protectionOptions).toEqual({ allowFormatColumns: true, allowFormatRows: true });
    expect(host.formula("赵六", "G7")).toBe('=IF(COUNTIF(D7:F7,"回避")>0,"回避",IF(COUNT(D7:F7)=0,"",SUM(D7:F7)))');
    expect(host.formula("赵六", "G11")).toBe('=IF(COUNTIF(D11:F11,"回避")>0,"回避",IF(COUNT(D11:F11)=0,"",SUM(D11:F11)))');
    expect(s.validations.map((v) => [v.area, v.type, v.rule, v.errorAlert.style, v.prompt.showPrompt])).toEqual([
      [{ r0: 6, c0: 3, r1: 10, c1: 3 }, "Custom", { custom: { formula: '=IF(ISNUMBER(D7),AND(D7>=0,D7<=40,ROUND(D7,1)=D7),TRIM(D7)="回避")' } }, "Stop", true],
      [{ r0: 6, c0: 4, r1: 10, c1: 4 }, "Custom", { custom: { formula: '=IF(ISNUMBER(E7),AND(E7>=0,E7<=30,ROUND(E7,1)=E7),TRIM(E7)="回避")' } }, "Stop", true],
      [{ r0: 6, c0: 5, r1: 10, c1: 5 }, "Custom", { custom: { formula: '=IF(ISNUMBER(F7),AND(F7>=0,F7<=30,ROUND(F7,1)=F7),TRIM(F7)="回避")' } }, "Stop", true],
    ]);
    expect(s.cell(6, 3)).toMatchObject({ locked: false, fill: "#E2EFDA" });
    expect(s.cell(1, 3)).toMatchObject({ locked: false });
    expect(s.cell(6, 1)?.locked).toBeUndefined();
  });

  test("experts can type scores and 回避, nothing else; the review reads them back", async () => {
    const { host, gw, url } = open("1.20");
    await gw.insertTemplate(expertSheets(CX, caseListing(await gw.read(), CX)!, EXPERTS));
    for (const x of EXPERTS) await type(url, x, typed(x));
    const err = await type(url, "张三", { B7: "改名" }).catch((e: { code?: string }) => e.code);
    expect(err).toBe("AccessDenied");
    expect(host.value("张三", "B7")).toBe("案例一：商会调解中心");
    const r = review(await gw.read(), { scheme: CX });
    expect(r.entries.map((e) => (e.kind === "case" ? [(e as CaseEntry).experts, (e as CaseEntry).abstained, (e as CaseEntry).score] : null))).toEqual([
      [3, 1, 88],
      [4, 0, 79.75],
      [4, 0, 69.75],
      [4, 0, 84.5],
      [4, 0, 75.5],
    ]);
    expect(r.experts!.find((x) => x.expert === "赵六")).toMatchObject({ unit: "甲市工商联", abstained: 1, cases: 4 });
  });

  test("ExcelApi 1.7: no validation (never called), the rest as on 1.20", async () => {
    const { host, gw } = open("1.7");
    expect(gw.capabilities().dataValidation).toBe(false);
    await gw.insertTemplate(expertSheets(CX, caseListing(await gw.read(), CX)!, ["张三"]));
    expect(host.calls("DataValidation.set Rule")).toBe(0);
    const s = host.sheet("张三")!;
    expect(s.validations).toEqual([]);
    expect(s.protected).toBe(true);
    expect(s.cell(6, 3)?.locked).toBe(false);
    expect(host.formula("张三", "G7")).toMatch(/^=IF\(COUNTIF/);
  });

  test("everything goes in two requests, far under the 5 MB limit, even for 1,800 cases × 7 experts", async () => {
    const { host, gw } = open("1.20");
    const listing = { sheet: "推介汇总表", bySeq: true, cases: Array.from({ length: 1800 }, (_, i) => ({ seq: i + 1, name: `案例${i + 1}：一个相当长的案例名称`, category: "商会" })) };
    host.resetStats();
    await gw.insertTemplate(expertSheets(CX, listing, ["一", "二", "三", "四", "五", "六", "七"]));
    expect(host.stats.syncs).toBeLessThanOrEqual(3);
    expect(host.stats.requestBytes.max).toBeLessThan(5 * 1024 * 1024);
    expect(host.sheet("七")!.validations).toHaveLength(3);
  });
});
