/**
 * The add-in and the CLI give the same result on the same workbook: the same verdicts and
 * issues, and after every step the same values, the same fills and the same memo, whether
 * the plan went through the file adapter or through Office.js (Microsoft's runtime,
 * answered by the local Excel host). The steps are what a user does between fills:
 * recolour a marked cell, rename a marked sheet, fill again, clear the marks.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { MEMO_NAMESPACE, MemoState, Review, a1, buildWritePlan, mergeMemos, parseA1, review, toJsonReport } from "../src/core";
import { OfficeWorkbook } from "../src/excel";
import { openXlsx } from "../src/xlsx";
import { ExcelHost } from "../tools/excel-host";
import { connect } from "../tools/excel-host/runtime";
import { hostFromXlsx } from "../tools/excel-host/xlsx";
import { cellsOf } from "./excel/helpers";
import { recolour, renameSheet } from "./excel/xlsxEdit";

const NOW = new Date(2026, 10, 23, 10, 0);
const BLUE = "#0070C0";

/** The memo both adapters should agree on: the file adapter's format indexes are its own business. */
function memoShape(m: MemoState) {
  return {
    version: m.version,
    reports: m.reports ?? [],
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
