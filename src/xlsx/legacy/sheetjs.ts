/**
 * The legacy workbook reader: SheetJS Community Edition 0.20.3 (npm `@e965/xlsx`, Apache-2.0)
 * reads an .xls Workbook stream or an .ods content part, checked beforehand (./input.ts), and
 * its workbook becomes sheet specs: values (a formula's cached result, never the formula),
 * merges, sheet names, hidden and protected sheets. A new .xlsx made from them is what the
 * rest of the tool reads and writes (../legacy.ts). This module is the only one that loads
 * SheetJS: the command line requires it for such a file only, the pane fetches it as a chunk.
 */
import * as XLSX from "@e965/xlsx";
import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import { Cell, ERROR_VALUES, MergeArea, PlanValue, SHEET_COLS, SHEET_ROWS, a1 } from "../../core";
import type { NewSpec } from "../create";
import { XlsxError, corrupt, tooLarge } from "../errors";
import { LIMITS } from "../limits";
import { STREAM } from "./biff";
import type { LegacyInput } from "./input";
import { CONTENT } from "./ods";

export type LegacySheet = NewSpec;

/** Values only: no formulas, formats, styles, comments, properties or macros are asked for. */
const OPTIONS: XLSX.ParsingOptions = {
  type: "buffer",
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellNF: false,
  cellStyles: false,
  cellDates: false,
  sheetStubs: false,
  bookVBA: false,
  bookProps: false,
  bookDeps: false,
  bookFiles: false,
};

/** SheetJS's error codes (BErr), as the .xlsx reader gives errors: their text. */
const ERRORS: Record<number, string> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A", 0x2b: "#GETTING_DATA" };

/**
 * The reader prints what it does not understand (`ODS number format may be incorrect`) with
 * console.error: the command line's output and the pane's console stay the tool's own.
 */
function quietly<T>(work: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const mute = () => undefined;
  Object.assign(console, { error: mute, warn: mute, log: mute });
  try {
    return work();
  } finally {
    Object.assign(console, saved);
  }
}

function parse(input: LegacyInput): WorkBook {
  if (input.format !== "ods") return XLSX.read(input.stream, OPTIONS);
  const zip = XLSX.CFB.utils.cfb_new();
  for (const [name, bytes] of Object.entries(input.parts)) XLSX.CFB.utils.cfb_add(zip, name, bytes, { unsafe: true });
  return (XLSX as unknown as { parse_zip(zip: unknown, o: XLSX.ParsingOptions): WorkBook }).parse_zip(zip, { ...OPTIONS });
}

function valueOf(c: CellObject | undefined, where: () => { sheet: string; cell: string }, part: string): Cell {
  if (!c) return null;
  switch (c.t) {
    case "n":
      if (typeof c.v !== "number" || !Number.isFinite(c.v)) throw corrupt({ kind: "number", part, ...where(), detail: String(c.v) });
      return c.v;
    case "s":
      return typeof c.v === "string" && c.v !== "" ? c.v : null;
    case "b":
      return c.v === true;
    case "e": {
      const text = typeof c.v === "number" ? ERRORS[c.v] : undefined;
      return text ?? (typeof c.w === "string" && ERROR_VALUES.has(c.w) ? c.w : "#VALUE!");
    }
    case "d":
      return c.v instanceof Date ? c.v.getTime() / 86400000 + 25569 : null;
    default:
      return null;
  }
}

function sheetSpec(name: string, ws: WorkSheet | undefined, hidden: boolean, part: string): LegacySheet {
  const values: (PlanValue | boolean)[][] = [];
  let count = 0;
  const data = (ws?.["!data"] ?? []) as (CellObject | undefined)[][];
  // forEach skips the holes of the reader's sparse rows: work follows the cells, not the range.
  data.forEach((line, r) =>
    line?.forEach((c, col) => {
      const v = valueOf(c, () => ({ sheet: name, cell: a1(r, col) }), part);
      if (v === null) return;
      if (r >= SHEET_ROWS || col >= SHEET_COLS) throw corrupt({ kind: "ref", part, sheet: name, detail: a1(r, col) });
      if (++count > LIMITS.sheetCells) throw tooLarge({ what: "cells", part, sheet: name, size: count, limit: LIMITS.sheetCells });
      (values[r] ??= [])[col] = v;
    }),
  );
  const merges: MergeArea[] = [];
  for (const m of (ws?.["!merges"] ?? []) as XLSX.Range[]) {
    const area = { r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c };
    const inGrid = area.r0 >= 0 && area.c0 >= 0 && area.r1 < SHEET_ROWS && area.c1 < SHEET_COLS;
    // A one-cell or inverted "merge" means nothing to Excel; outside the grid, no sheet has it.
    if (inGrid && area.r1 >= area.r0 && area.c1 >= area.c0 && (area.r1 > area.r0 || area.c1 > area.c0)) merges.push(area);
  }
  return { name, values, merges, widths: [], protect: !!ws?.["!protect"], hidden };
}

/** The workbook's sheets, in order. Throws XlsxError: what the reader cannot parse is damaged. */
export function readLegacy(input: LegacyInput): LegacySheet[] {
  const part = input.format === "ods" ? CONTENT : STREAM;
  let wb: WorkBook;
  try {
    wb = quietly(() => parse(input));
  } catch (e) {
    // Memory the engine could not get is told as such by the callers; the rest is a damaged file.
    if (e instanceof XlsxError || e instanceof RangeError) throw e;
    const err = corrupt(input.format === "ods" ? { kind: "xml", part } : { kind: "biff", part, detail: e instanceof Error ? e.message : String(e) });
    throw Object.assign(err, { cause: e });
  }
  const states = wb.Workbook?.Sheets ?? [];
  const sheets = wb.SheetNames.map((name, i) => sheetSpec(name, wb.Sheets[name], !!states[i]?.Hidden, part));
  // What the reader leaves out of an .ods, the walk before it found (the same tables, in order).
  if (input.format === "ods" && input.sheets.length === sheets.length) {
    sheets.forEach((s, i) => Object.assign(s, { protect: input.sheets[i].protected, hidden: input.sheets[i].hidden }));
  }
  return sheets;
}

/**
 * Code pages for Excel 5.0/95 files, whose texts are in the writer's code page (GBK for
 * Chinese). The command line's build of the reader has them; the pane's fetches them, a chunk
 * of their own, only for such a file.
 */
export async function loadCodepages(): Promise<void> {
  // The module as a whole: its `utils` decode (the ES module exports the tables apart from them).
  XLSX.set_cptable(await import(/* webpackChunkName: "legacy-codepages" */ "@e965/xlsx/dist/cpexcel"));
}
