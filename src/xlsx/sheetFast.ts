/**
 * A sheet's values from the one fast reader (sheetRows.ts): numbers kept as numbers, known
 * types as constants, no slices for references. Where that reader gives up (`null` here), the
 * caller reads the part again with the general scanner, which gives the exact answer or error
 * with its line.
 */
import { Cell, GridBuilder } from "../core";
import { XlsxError, tooLarge } from "./errors";
import { LIMITS } from "./limits";
import { decodeText, decodeXstring, intern } from "./xml";
import { BAIL, CELL, DONE, ROW, RowsEnd, SheetRows, wholeAt } from "./sheetRows";

export interface FastCtx {
  part: string;
  sheet: string;
  sst: readonly string[];
  pool?: Map<string, string>;
  /** Cells this sheet may hold: fewer than a sheet's cap when the workbook's budget is nearly spent. */
  maxCells?: number;
  /** The refusal when `maxCells` is the workbook's budget, not the sheet's cap. */
  overBudget?: () => XlsxError;
}

/** The refusal for one cell more than `ctx` allows: the sheet's cap, or the workbook's budget. */
export function tooManyCells(ctx: FastCtx, count: number): XlsxError {
  if (ctx.overBudget && ctx.maxCells !== undefined && ctx.maxCells < LIMITS.sheetCells) return ctx.overBudget();
  return tooLarge({ what: "cells", part: ctx.part, sheet: ctx.sheet, size: count + 1, limit: LIMITS.sheetCells });
}

/** How one cell's value is made from its type and texts (read.ts's rule, shared). */
export type CellValueOf = (type: string | null, v: string | null, inline: string | null, row: number, col: number) => Cell;

/** Where the rows ended: just past `</sheetData>`, or at the first row not wanted (`stopped`). */
export interface FastRows extends RowsEnd {
  stopped: boolean;
}

/** The known cell types, as constants: no string is made for them. */
function typeAt(s: string, a: number, b: number): string | null {
  if (a < 0) return null;
  const n = b - a;
  const c = s.charCodeAt(a);
  if (n === 1) return c === 115 ? "s" : c === 110 ? "n" : c === 98 ? "b" : c === 101 ? "e" : c === 100 ? "d" : s.slice(a, b);
  if (n === 3 && s.startsWith("str", a)) return "str";
  if (n === 9 && s.startsWith("inlineStr", a)) return "inlineStr";
  return s.slice(a, b);
}

/**
 * Reads the rows of `<sheetData>` from `from` (just past its start tag) into `cells`, rows
 * at or past `limit` left out; `last`: the row and column a general reader would go on from.
 * Null: not the plain shape; read the part the general way.
 */
export function fastRows(s: string, from: number, ctx: FastCtx, cells: GridBuilder, limit: number, last: [number, number], valueOf: CellValueOf): FastRows | null {
  const rd = new SheetRows(s, from, last[0], last[1]);
  for (;;) {
    const k = rd.next();
    if (k === CELL) {
      const row = rd.cellRow;
      const col = rd.col;
      if (row >= limit) return { end: rd.start, stopped: true, lastRow: rd.row, lastCol: rd.col };
      if (rd.selfClosing) continue;
      const type = typeAt(s, rd.t0, rd.t1);
      const vs = rd.v0;
      const inline = rd.is0 >= 0 ? intern(ctx.pool, decodeXstring(decodeText(s, rd.is0, rd.is1))) : null;
      // Plain digits (the usual score, or a string's index) are read where they stand; every
      // other value, and an index that misses, goes through the one rule.
      const d = vs >= 0 && (type === null || type === "n" || type === "s") ? wholeAt(s, vs, rd.v1) : -1;
      let v: Cell;
      if (d >= 0 && type !== "s") v = d;
      else if (d >= 0 && d < ctx.sst.length) v = ctx.sst[d] === "" ? null : ctx.sst[d];
      else v = valueOf(type, vs >= 0 ? decodeText(s, vs, rd.v1) : null, inline, row, col);
      if (v !== null) {
        if (cells.count >= (ctx.maxCells ?? LIMITS.sheetCells)) throw tooManyCells(ctx, cells.count);
        cells.add(row, col, v);
      }
    } else if (k === ROW) {
      if (rd.row >= limit) return { end: rd.start, stopped: true, lastRow: rd.row, lastCol: rd.col };
    } else if (k === DONE) return { end: rd.pos, stopped: false, lastRow: rd.row, lastCol: rd.col };
    else if (k === BAIL) return null;
  }
}
