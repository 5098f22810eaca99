/**
 * A1 addresses as Excel writes and accepts them: `A1`, `A1:C3`, `A:C`, `2:5`, optionally
 * prefixed by a sheet name, quoted (`'Sheet 1'!A1`) when it is not a plain identifier.
 */
import { colName } from "../../src/core";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle, 0-based and inclusive. */
export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** One side of a range: `$B$7`, `B`, or `7`. */
function part(s: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? colIndex(m[1]) : null;
  const row = m[2] ? parseInt(m[2], 10) - 1 : null;
  if ((col !== null && col >= MAX_COLS) || (row !== null && (row < 0 || row >= MAX_ROWS))) return null;
  return { row, col };
}

/** Sheet-local address to an area; null when Excel would refuse it (InvalidArgument). */
export function parseArea(address: string): Area | null {
  const [a, b, extra] = address.trim().split(":");
  if (extra !== undefined || !a) return null;
  const p = part(a);
  const q = b === undefined ? p : part(b);
  if (!p || !q) return null;
  const wholeCols = p.row === null && q.row === null && p.col !== null && q.col !== null;
  const wholeRows = p.col === null && q.col === null && p.row !== null && q.row !== null;
  if (!wholeCols && !wholeRows && (p.row === null || p.col === null || q.row === null || q.col === null)) return null;
  const r0 = wholeCols ? 0 : Math.min(p.row!, q.row!);
  const r1 = wholeCols ? MAX_ROWS - 1 : Math.max(p.row!, q.row!);
  const c0 = wholeRows ? 0 : Math.min(p.col!, q.col!);
  const c1 = wholeRows ? MAX_COLS - 1 : Math.max(p.col!, q.col!);
  return { r0, c0, r1, c1 };
}

export function areaText(a: Area): string {
  const tl = colName(a.c0) + (a.r0 + 1);
  return a.r0 === a.r1 && a.c0 === a.c1 ? tl : `${tl}:${colName(a.c1)}${a.r1 + 1}`;
}

/** Excel quotes a sheet name in a reference unless it is letters, digits and underscores not starting with a digit. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, a: Area): string {
  return `${sheetRef(sheet)}!${areaText(a)}`;
}

/** `'Sheet 1'!A1:B2` → sheet and area; a bare address gives sheet null. */
export function splitRef(ref: string): { sheet: string | null; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1) };
}

export const SHEET_NAME_MAX = 31;

/** Excel's sheet-name rules: 1–31 characters, none of `: \ / ? * [ ]`, no leading or trailing apostrophe. */
export function validSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= SHEET_NAME_MAX &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}
