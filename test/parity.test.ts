/**
 * The add-in and the CLI give the same result on the same workbook: the same verdicts and
 * issues, and after every step the same values, the same fills and the same memo, whether
 * the plan went through the file adapter or through Office.js (Microsoft's runtime,
 * answered by the local Excel host). The steps are what a user does between fills:
 * recolour a marked cell, rename a marked sheet, fill again, clear the marks; and, on a
 * workbook with a 自评表 named 校验报告 and result headers typed by hand, replace the report
 * with a sheet of his own and type his own figures over a result column of ours.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { FillNote, Grid, MEMO_NAMESPACE, MemoState, PlanValue, Review, a1, buildWritePlan, mergeMemos, parseA1, review, toJsonReport } from "../src/core";
import { gridToValues, setCell } from "../src/core/testing";
import { OfficeWorkbook } from "../src/excel";
import { createXlsx, openXlsx } from "../src/xlsx";
import { ExcelHost } from "../tools/excel-host";
import { connect } from "../tools/excel-host/runtime";
import { hostFromXlsx } from "../tools/excel-host/xlsx";
import { cellsOf } from "./excel/helpers";
import { typedResults, userReportNamed } from "./excel/workbook";
import { recolour, renameSheet, replaceSheet, typeValue } from "./excel/xlsxEdit";

const NOW = new Date(2026, 10, 23, 10, 0);
const BLUE = "#0070C0";

/** The memo both adapters should agree on: the file adapter's format indexes are its own business. */
function memoShape(m: MemoState) {
  return {
    version: m.version,
    reports: m.reports ?? [],
    reportChecks: m.reportChecks ?? [],
    columns: m.columns ?? [],
    highlights: m.highlights.map((h) => ({ sheet: h.sheet, cell: h.cell, fill: h.fill })),
  };
}

function hostFills(host: ExcelHost): string[] {
  const out: string[] = [];
  for (const s of host.sheets) for (const [k, c] of s.cells) if (c.fill) out.push(`${s.name}!${a1(Math.floor(k / 16384), k % 16384)}=${c.fill}`);
  return out.sort();
}

/** Values, fills and memo of the file match the host's, sheet by sheet. */
function expectSame(host: ExcelHost, bytes: Uint8Array): void {
  const book = openXlsx(bytes);
  const grids = book.grids();
  expect(host.sheetNames()).toEqual(grids.map((g) => g.name));
  for (const g of grids) expect([g.name, cellsOf(host.grid(g.name))]).toEqual([g.name, cellsOf(g)]);
  expect(hostFills(host)).toEqual(book.cellFills().map((f) => `${f.sheet}!${f.cell}=${f.fill}`).sort());
  expect(memoShape(mergeMemos(host.partsIn(MEMO_NAMESPACE).map((p) => p.xml)))).toEqual(memoShape(book.memo()));
}

describe.each(["sihao-province.xlsx", "chuangxin-cases.xlsx"])("add-in and CLI agree on samples/%s", (file) => {
  const original = new Uint8Array(readFileSync(join(__dirname, "..", "samples", file)));
  let bytes: Uint8Array = original;
  let host: ExcelHost;
  let gw: OfficeWorkbook;

  /** One fill by each adapter, from what each workbook holds now. */
  async function fillBoth(): Promise<{ cli: Review; addin: Review }> {
    const book = openXlsx(bytes);
    const cli = review(book.grids());
    book.apply(buildWritePlan(cli, { now: NOW }));
    bytes = book.toBytes();
    const addin = review(await gw.read());
    await gw.fill(buildWritePlan(addin, { now: NOW }));
    return { cli, addin };
  }

  /** A marked cell outside the result table, on a sheet other than the table's. */
  function markedCell(r: Review): { sheet: string; cell: string } {
    const plan = buildWritePlan(r, { now: NOW });
    const h = plan.highlights.find((x) => x.sheet !== plan.table?.sheet)!;
    return { sheet: h.sheet, cell: a1(h.row, h.col) };
  }

  beforeAll(() => {
    bytes = original;
    host = hostFromXlsx(bytes);
    const { url } = connect(host, { sets: { ExcelApi: "1.20" } });
    gw = new OfficeWorkbook({ session: url });
  });

  test("same verdicts and issues; after a fill, the same values, fills and memo", async () => {
    const { cli, addin } = await fillBoth();
    expect(toJsonReport(addin)).toEqual(toJsonReport(cli));
    expect(cli.entries.length).toBeGreaterThan(5);
    expect(cli.issues.length).toBeGreaterThan(3);
    expectSame(host, bytes);
  });

  test("a marked cell recoloured by the user, then filled again: both remember the user's colour and clear back to it", async () => {
    const target = markedCell(review(openXlsx(bytes).grids()));
    bytes = recolour(bytes, target.sheet, target.cell, BLUE);
    const at = parseA1(target.cell)!;
    host.sheet(target.sheet)!.touch(at.row, at.col).fill = BLUE;
    await fillBoth();
    expectSame(host, bytes);
    expect(openXlsx(bytes).memo().highlights.find((h) => h.sheet === target.sheet && h.cell === target.cell)?.fill).toBe(BLUE);
  });

  test("a marked sheet renamed, then filled again: our own colour is never taken for the user's", async () => {
    const target = markedCell(review(openXlsx(bytes).grids()));
    const renamed = `${target.sheet}（复核）`.slice(0, 31);
    bytes = renameSheet(bytes, target.sheet, renamed);
    host.sheet(target.sheet)!.name = renamed;
    await fillBoth();
    expectSame(host, bytes);
    const memo = openXlsx(bytes).memo();
    expect(memo.highlights.some((h) => h.sheet === target.sheet)).toBe(false);
    expect(memo.highlights.filter((h) => h.sheet === renamed).every((h) => h.fill !== "#FFC7CE" && h.fill !== "#FFEB9C")).toBe(true);
  });

  test("clearing the marks gives the same workbook by either adapter", async () => {
    const book = openXlsx(bytes);
    const cleared = book.clearHighlights();
    bytes = book.toBytes();
    expect(await gw.clearHighlights()).toBe(cleared);
    expect(cleared).toBeGreaterThan(0);
    expectSame(host, bytes);
    // Nothing of ours shows any more; the user's blue is back where it was.
    expect(hostFills(host).filter((f) => f.endsWith("#FFC7CE") || f.endsWith("#FFEB9C"))).toEqual([]);
    expect(hostFills(host).filter((f) => f.endsWith(BLUE))).toHaveLength(1);
  });
});

describe("add-in and CLI agree on what is the user's", () => {
  /** 福建商会's 自评表 named 校验报告, and the seven result headers typed in G3:M3 with the office's own figures. */
  function workbook(): Grid[] {
    const summary = typedResults()[0];
    setCell(summary, 7, 5, "校验报告");
    return [summary, ...userReportNamed().slice(1)];
  }
  const grids = workbook();
  let bytes = createXlsx(grids.map((g) => ({ name: g.name, values: gridToValues(g) as PlanValue[][], merges: g.merges ?? [], widths: [] })));
  const host = hostFromXlsx(bytes);
  const gw = new OfficeWorkbook({ session: connect(host, { sets: { ExcelApi: "1.20" } }).url });

  async function fillBoth(): Promise<{ cli: FillNote[]; addin: FillNote[] }> {
    const book = openXlsx(bytes);
    const stats = book.apply(buildWritePlan(review(book.grids()), { now: NOW }));
    bytes = book.toBytes();
    const out = await gw.fill(buildWritePlan(review(await gw.read()), { now: NOW }));
    return { cli: stats.notes, addin: out.notes ?? [] };
  }

  test("a 自评表 named 校验报告 is read by both; typed headers holding his figures are his in both", async () => {
    const { cli, addin } = await fillBoth();
    expect(addin).toEqual(cli);
    expect(cli.map((n) => (n.kind === "columnMoved" ? n.userColumn : n.kind))).toEqual(["reportRenamed", "G", "J", "K", "L", "M"]);
    expectSame(host, bytes);
    expect(host.value("校验报告", "E5")).toBe(99);
    expect(host.fill("校验报告", "E5")).toBe("#FFC7CE");
  });

  test("our report replaced by a sheet of his under its name, and his figures typed over our 核验总分: both leave them", async () => {
    const mine = [["我的审核意见"], ["第 3 家需补材料"]];
    bytes = replaceSheet(bytes, "校验报告 (2)", mine);
    const at = host.sheets.findIndex((s) => s.name === "校验报告 (2)");
    host.sheets.splice(at, 1);
    const sheet = host.addSheet("校验报告 (2)", at);
    mine.forEach((row, r) => (sheet.touch(r, 0).value = row[0]));
    expect(host.value("推荐名单汇总表", "N3")).toBe("核验总分【评审助手】");
    for (const [cell, v] of [["N5", 401], ["N6", 402]] as const) {
      bytes = typeValue(bytes, "推荐名单汇总表", cell, v);
      const p = parseA1(cell)!;
      host.sheet("推荐名单汇总表")!.touch(p.row, p.col).value = v;
    }
    const { cli, addin } = await fillBoth();
    expect(addin).toEqual(cli);
    expect(cli.filter((n) => n.kind !== "columnMoved" || n.label === "核验总分")).toEqual([
      { kind: "reportRenamed", userSheet: "校验报告", sheet: "校验报告 (3)" },
      { kind: "columnMoved", sheet: "推荐名单汇总表", label: "核验总分", newLabel: "核验总分【评审助手2】", userColumn: "G" },
    ]);
    expectSame(host, bytes);
    expect(gridToValues(host.grid("校验报告 (2)"))).toEqual(mine);
    expect([host.value("推荐名单汇总表", "N5"), host.value("推荐名单汇总表", "N6")]).toEqual([401, 402]);
    expect(mergeMemos(host.partsIn(MEMO_NAMESPACE).map((p) => p.xml)).reports).toEqual(["校验报告 (3)"]);
  });
});
