/** Reading and changing grids (the types are in gridTypes.ts). */
import { holds } from "./gridBuild";
import type { Cell, Grid, GridRow } from "./gridTypes";

export type { Cell, Grid, GridRow, MergeArea, Pos } from "./gridTypes";

/** Excel's sheet size: rows 1 to 1,048,576, columns A to XFD. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLS = 16_384;

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

interface RowIndex {
  n: number;
  byRow: Map<number, GridRow>;
  /** The row asked for last: readers ask for several cells of one row in turn. */
  last: GridRow | undefined;
}

/** Sheet row → its row, built on first use. Keyed by the rows array so copies of a grid share it. */
const INDEX = new WeakMap<GridRow[], RowIndex>();

function index(g: Grid): RowIndex {
  const hit = INDEX.get(g.rows);
  // A length change means a row was added or removed since: rebuild.
  if (hit && hit.n === g.rows.length) return hit;
  const byRow = new Map<number, GridRow>();
  for (const r of g.rows) byRow.set(r.row, r);
  const ix = { n: g.rows.length, byRow, last: undefined };
  INDEX.set(g.rows, ix);
  return ix;
}

/** The stored row at a sheet row (0-based), or undefined when it holds nothing. */
export function rowAt(g: Grid, row: number): GridRow | undefined {
  const ix = index(g);
  const last = ix.last;
  if (last !== undefined && last.row === row) return last;
  const r = ix.byRow.get(row);
  if (r !== undefined) ix.last = r;
  return r;
}

/** Position of `col` in a row's columns, or -1. Rows are usually contiguous: try that first. */
function colIndex(r: GridRow, col: number): number {
  const cols = r.cols;
  const guess = col - cols[0];
  if (guess >= 0 && guess < cols.length && cols[guess] === col) return guess;
  let lo = 0;
  let hi = cols.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cols[mid];
    if (c === col) return mid;
    if (c < col) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Value at sheet coordinates (0-based). */
export function cellAt(g: Grid, row: number, col: number): Cell {
  const r = rowAt(g, row);
  if (!r) return null;
  const i = colIndex(r, col);
  return i < 0 ? null : r.values[i];
}

/** The first sheet row holding a value (0 for an empty grid). */
export function rowStart(g: Grid): number {
  return g.rows.length ? g.rows[0].row : 0;
}

/** One past the last sheet row holding a value (0 for an empty grid). */
export function rowEnd(g: Grid): number {
  return g.rows.length ? g.rows[g.rows.length - 1].row + 1 : 0;
}

/** The stored rows with `from <= row < to`, ascending. */
export function rowsIn(g: Grid, from: number, to: number): GridRow[] {
  const rows = g.rows;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < rows.length && rows[end].row < to) end++;
  return rows.slice(lo, end);
}

/** One past the last sheet column that holds a value or is covered by a merge. */
export function usedColEnd(g: Grid): number {
  let end = 0;
  for (const r of g.rows) {
    for (let i = r.cols.length - 1; i >= 0; i--) {
      if (!isEmpty(r.values[i])) {
        if (r.cols[i] + 1 > end) end = r.cols[i] + 1;
        break;
      }
    }
  }
  for (const m of g.merges ?? []) if (m.c1 + 1 > end) end = m.c1 + 1;
  return end;
}

export function isRowEmpty(g: Grid, row: number): boolean {
  const r = rowAt(g, row);
  if (!r) return true;
  for (const v of r.values) if (!isEmpty(v)) return false;
  return true;
}

/** Sets (or, with null or "", clears) one cell in place: for adapters and tests that edit a grid. */
export function setCell(g: Grid, row: number, col: number, v: Cell): void {
  let r = rowAt(g, row);
  if (!r) {
    if (!holds(v)) return;
    r = { row, cols: [], values: [] };
    g.rows.splice(rowsBefore(g.rows, row), 0, r);
  }
  const i = colIndex(r, col);
  if (i >= 0) {
    if (holds(v)) r.values[i] = v;
    else {
      r.cols.splice(i, 1);
      r.values.splice(i, 1);
      if (!r.cols.length) g.rows.splice(g.rows.indexOf(r), 1);
    }
    return;
  }
  if (!holds(v)) return;
  let at = r.cols.length;
  while (at > 0 && r.cols[at - 1] > col) at--;
  r.cols.splice(at, 0, col);
  r.values.splice(at, 0, v);
}

function rowsBefore(rows: GridRow[], row: number): number {
  let at = rows.length;
  while (at > 0 && rows[at - 1].row > row) at--;
  return at;
}

/** A deep copy, so a caller can edit it without changing the original. */
export function copyGrid(g: Grid): Grid {
  return {
    ...g,
    rows: g.rows.map((r) => ({ row: r.row, cols: r.cols.slice(), values: r.values.slice() })),
    ...(g.merges ? { merges: g.merges.map((m) => ({ ...m })) } : {}),
  };
}

/**
 * The values from A1 to the last stored cell, each row as long as its last value: for small
 * sheets only (tests, copying a sheet the reader has already accepted).
 */
export function gridToValues(g: Grid): Cell[][] {
  const out: Cell[][] = [];
  for (let i = 0; i < rowEnd(g); i++) out.push([]);
  for (const r of g.rows) {
    const line = out[r.row];
    r.cols.forEach((c, i) => {
      while (line.length < c) line.push(null);
      line[c] = r.values[i];
    });
  }
  return out;
}

// Building grids and cell addresses live in their own files; re-exported here, where readers look for them.
export { GridBuilder, gridFromCells, gridFromValues } from "./gridBuild";
export type { GridOptions } from "./gridBuild";
export { a1, colName, colOf, parseA1, parseRangeRef, quoteSheet } from "./a1";
