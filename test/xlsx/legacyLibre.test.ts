/**
 * .xls and .ods as LibreOffice writes them, read into the grids the .xlsx reader makes of
 * LibreOffice's .xlsx of the same workbook: formula results (never the formulas), an error
 * value, merges, a protected sheet, a hidden one, and a workbook whose structure is locked.
 * (TRUE is left out: LibreOffice has no boolean cells, and its .ods stores one as the number 1
 * shown as TRUE; an .xls's TRUE is read as TRUE, legacy.test.ts.)
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { Grid, SheetSpec } from "../../src/core";
import { createXlsx, legacyInput, openLegacy, openXlsx } from "../../src/xlsx";
import * as reader from "../../src/xlsx/legacy/sheetjs";
import { protectSheet } from "../cli/helpers";
import { libreConvert } from "../helpers/libre";
import { describeWithTool } from "../helpers/tools";

const SPECS: SheetSpec[] = [
  {
    name: "甲",
    values: [["合计", 10, 20, null, null], ["标题跨两列"]],
    merges: [{ r0: 1, c0: 0, r1: 1, c1: 1 }],
    widths: [],
    formulas: [
      { row: 0, col: 3, formula: "B1+C1" },
      { row: 0, col: 4, formula: "1/0" },
    ],
  },
  { name: "乙", values: [["受保护"]], merges: [], widths: [] },
  { name: "丙", values: [["隐藏"]], merges: [], widths: [] },
];

/** The workbook with 乙 protected, 丙 hidden and the structure locked, as Excel saves them. */
function source(): Uint8Array {
  const files = unzipSync(protectSheet(createXlsx(SPECS), "乙"));
  files["xl/workbook.xml"] = strToU8(
    strFromU8(files["xl/workbook.xml"]).replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>').replace('<sheet name="丙" sheetId="3"', '<sheet name="丙" sheetId="3" state="hidden"'),
  );
  return zipSync(files);
}

const shown = (grids: Grid[]) => grids.map((g) => [g.name, g.protected ?? false, g.hidden ?? false, g.rows.map((r) => r.values), g.merges]);

describeWithTool("soffice", "the LibreOffice .xls/.ods reading tests")("LibreOffice's .xls and .ods", () => {
  let dir = "";
  let lo: ReturnType<typeof libreConvert>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ra-legacy-lo-"));
    lo = libreConvert(dir, { book: source() }, ["xlsx", "xls", "ods"]);
  }, 300_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("LibreOffice's .xlsx, as the .xlsx reader gives it", () => {
    expect(shown(openXlsx(lo.xlsx.book).grids())).toEqual([
      ["甲", false, false, [["合计", 10, 20, 30, "#DIV/0!"], ["标题跨两列"]], [{ r0: 1, c0: 0, r1: 1, c1: 1 }]],
      ["乙", true, false, [["受保护"]], []],
      ["丙", false, true, [["隐藏"]], []],
    ]);
  });

  it.each(["xls", "ods"] as const)("its .%s gives the same grids", (format) => {
    const input = legacyInput(lo[format].book)!;
    expect(input.format).toBe(format);
    expect(openLegacy(input, reader).grids()).toEqual(openXlsx(lo.xlsx.book).grids());
  });
});
