/** A cell value as both adapters deliver it. Excel error values arrive as their text (`#REF!`). */
export type Cell = string | number | boolean | null;

/** A 0-based sheet position. */
export interface Pos {
  row: number;
  col: number;
}

/** A merged area, 0-based and inclusive, in sheet coordinates. */
export interface MergeArea {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * One worksheet as the core sees it: its name and the values of its used range.
 * `origin` is the sheet position of `values[0][0]` (Excel's used range need not start at A1).
 */
export interface Grid {
  name: string;
  values: Cell[][];
  origin?: { row: number; col: number };
  merges?: MergeArea[];
  hidden?: boolean;
  protected?: boolean;
}

export const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

export function isErrorValue(v: Cell): v is string {
  return typeof v === "string" && v.length > 1 && v.charCodeAt(0) === 35 && ERROR_VALUES.has(v);
}

/** Office.js reports empty cells as "", the file reader as null: both mean empty. */
export function isEmpty(v: Cell | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xa0 && c !== 0x200b && c !== 0xfeff && c !== 0x2028 && c !== 0x2029) return false;
  }
  return true;
}

export function rowOffset(g: Grid): number {
  return g.origin ? g.origin.row : 0;
}

export function colOffset(g: Grid): number {
  return g.origin ? g.origin.col : 0;
}

/** Value at sheet coordinates (0-based). */
export function cellAt(g: Grid, row: number, col: number): Cell {
  const r = g.values[row - rowOffset(g)];
  if (!r) return null;
  const v = r[col - colOffset(g)];
  return v === undefined ? null : v;
}

/** One past the last sheet row the grid covers. */
export function rowEnd(g: Grid): number {
  return rowOffset(g) + g.values.length;
}

/** One past the last sheet column that holds a value or is covered by a merge. */
export function usedColEnd(g: Grid): number {
  let end = 0;
  const c0 = colOffset(g);
  for (const r of g.values) {
    for (let c = r.length - 1; c >= 0; c--) {
      if (!isEmpty(r[c])) {
        if (c0 + c + 1 > end) end = c0 + c + 1;
        break;
      }
    }
  }
  for (const m of g.merges ?? []) if (m.c1 + 1 > end) end = m.c1 + 1;
  return end;
}

export function isRowEmpty(g: Grid, row: number): boolean {
  const r = g.values[row - rowOffset(g)];
  if (!r) return true;
  for (const v of r) if (!isEmpty(v)) return false;
  return true;
}

export function colName(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `F12` for 0-based row 11, column 5. */
export function a1(row: number, col: number): string {
  return colName(col) + (row + 1);
}

export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = parseInt(m[2], 10);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** `A1:C3` (or a single cell) to 0-based inclusive bounds. */
export function parseRangeRef(ref: string): MergeArea | null {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = bare.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) return null;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

/** Sheet name quoted for use in a reference, as Excel writes it. */
export function quoteSheet(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'";
}
