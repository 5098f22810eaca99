/**
 * The rows of a worksheet as Excel, LibreOffice, WPS and this tool write them, read without
 * the general scanner: `<row>`, `<c>` with `<v>`, `<f>` or `<is><t>`, attributes read in
 * place (no attribute objects, no slices for references), numbers kept as numbers.
 *
 * It accepts only that plain shape. Anything else — a prefix, a comment, an entity in a
 * reference, rich text, a reference it cannot place — makes it give up (`null`), and the
 * caller reads the part again with the general scanner, which gives the exact answer or
 * error with its line. So this path never accepts what the general one would refuse.
 */
import { Cell, GridBuilder, SHEET_COLS, SHEET_ROWS } from "../core";
import { XlsxError, tooLarge } from "./errors";
import { LIMITS } from "./limits";
import { decodeText, decodeXstring, intern } from "./xml";

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

/** Where the rows ended: just after `</sheetData>`, or at the first row not wanted (`stopped`). */
export interface FastRows {
  end: number;
  stopped: boolean;
}

const LT = 60;
/** `attrAt`: no such attribute, or one the plain path does not read alone. */
const NONE = -1;
const BAIL = -2;
/** End of the value `attrAt` last found (its start is what it returns: no pair is made per cell). */
let attrEnd = 0;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The known cell types, as constants: no string is made for them. */
function typeAt(s: string, a: number, b: number): string | null {
  const n = b - a;
  const c = s.charCodeAt(a);
  if (n === 1) return c === 115 ? "s" : c === 110 ? "n" : c === 98 ? "b" : c === 101 ? "e" : c === 100 ? "d" : s.slice(a, b);
  if (n === 3 && s.startsWith("str", a)) return "str";
  if (n === 9 && s.startsWith("inlineStr", a)) return "inlineStr";
  return s.slice(a, b);
}

/** Whole digits in [a, b) as a number, -1 when there are none or anything else (or too many). */
function digitsAt(s: string, a: number, b: number): number {
  if (b <= a || b - a > 15) return -1;
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `F12` in [a, b) → row * 16384 + col (0-based), or -1 unless a plain reference inside Excel's grid. */
export function refAt(s: string, a: number, b: number): number {
  let i = a;
  let col = 0;
  for (; i < b && i - a < 4; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (i === a || i - a > 3) return -1;
  const row = digitsAt(s, i, b);
  if (row < 1 || row > SHEET_ROWS || col > SHEET_COLS) return -1;
  return (row - 1) * 16384 + (col - 1);
}

/**
 * The end of a start tag from `p` (offset just past `>`), or -1 when it is not plain: an
 * apostrophe, a `<`, an `&` or an odd number of quotes inside.
 */
export function plainTagEnd(s: string, p: number): number {
  let quotes = 0;
  for (let i = p + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === GT) return quotes % 2 === 0 ? i + 1 : -1;
    if (c === QUOTE) quotes++;
    else if (c === LT || c === 39 || c === 38) return -1;
  }
  return -1;
}

/** Element text between `<x>` ending at `open` and its `</x>`; -1 when something else is inside. */
function textEnd(s: string, open: number, close: string): number {
  const e = s.indexOf(close, open);
  if (e < 0) return -1;
  const lt = s.indexOf("<", open);
  return lt === e ? e : -1;
}

export function nameEnds(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13;
}

/**
 * Reads the rows of `<sheetData>` from `from` (just past its start tag) into `cells`, rows
 * at or past `limit` left out. Null: not the plain shape; read the part the general way.
 */
export function fastRows(s: string, from: number, ctx: FastCtx, cells: GridBuilder, limit: number, valueOf: CellValueOf): FastRows | null {
  let p = from;
  let rowIdx = -1;
  let colIdx = -1;
  let inRow = false;
  const n = s.length;
  for (;;) {
    while (p < n && isSpace(s.charCodeAt(p))) p++;
    if (p >= n || s.charCodeAt(p) !== LT) return null;
    const c1 = s.charCodeAt(p + 1);
    if (c1 === SLASH) {
      if (inRow && s.startsWith("</row>", p)) {
        inRow = false;
        p += 6;
        continue;
      }
      if (!inRow && s.startsWith("</sheetData>", p)) return { end: p + 12, stopped: false };
      return null;
    }
    if (c1 === 114 && s.startsWith("<row", p) && nameEnds(s.charCodeAt(p + 4)) && !inRow) {
      const q = plainTagEnd(s, p);
      if (q < 0) return null;
      const r = attrAt(s, p + 4, q, 114);
      if (r === BAIL) return null;
      let row: number;
      if (r === NONE) row = rowIdx + 1 < SHEET_ROWS ? rowIdx + 1 : -1;
      else {
        const v = digitsAt(s, r, attrEnd);
        row = v >= 1 && v <= SHEET_ROWS ? v - 1 : -1;
      }
      if (row < 0) return null;
      rowIdx = row;
      colIdx = -1;
      if (rowIdx >= limit) return { end: p, stopped: true };
      inRow = s.charCodeAt(q - 2) !== SLASH;
      p = q;
      continue;
    }
    if (c1 !== 99 || !inRow || !nameEnds(s.charCodeAt(p + 2))) return null;
    // A cell.
    const q = plainTagEnd(s, p);
    if (q < 0) return null;
    const r = attrAt(s, p + 2, q, 114);
    const rEnd = attrEnd;
    const t = attrAt(s, p + 2, q, 116);
    if (r === BAIL || t === BAIL) return null;
    let row = rowIdx;
    let col = colIdx + 1;
    if (r !== NONE) {
      const at = refAt(s, r, rEnd);
      if (at < 0) return null;
      row = Math.floor(at / 16384);
      col = at % 16384;
    } else if (col >= SHEET_COLS) return null;
    if (row < 0) row = 0;
    if (row >= limit) return { end: p, stopped: true };
    colIdx = col;
    p = q;
    if (s.charCodeAt(q - 2) === SLASH) continue;
    const type = t === NONE ? null : typeAt(s, t, attrEnd);
    // Spans of the last <v> (as the general reader, the last one counts) and the inline text.
    let vs = -1;
    let ve = -1;
    let inline: string | null = null;
    for (;;) {
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (s.startsWith("</c>", p)) {
        p += 4;
        break;
      }
      if (s.startsWith("<v>", p)) {
        const e = textEnd(s, p + 3, "</v>");
        if (e < 0) return null;
        vs = p + 3;
        ve = e;
        p = e + 4;
      } else if (s.startsWith("<f", p) && nameEnds(s.charCodeAt(p + 2))) {
        const fq = plainTagEnd(s, p);
        if (fq < 0) return null;
        if (s.charCodeAt(fq - 2) === SLASH) p = fq;
        else {
          const e = textEnd(s, fq, "</f>");
          if (e < 0) return null;
          p = e + 4;
        }
      } else if (s.startsWith("<is><t", p) && nameEnds(s.charCodeAt(p + 6))) {
        const tq = plainTagEnd(s, p + 4);
        if (tq < 0 || s.charCodeAt(tq - 2) === SLASH) return null;
        const e = textEnd(s, tq, "</t>");
        if (e < 0 || !s.startsWith("</t></is>", e)) return null;
        inline = intern(ctx.pool, decodeXstring(decodeText(s, tq, e)));
        p = e + 9;
      } else return null;
    }
    // Plain digits (the usual score, or a string's index) are read where they stand; every
    // other value, and an index that misses, goes through the one rule.
    const d = vs >= 0 && (type === null || type === "n" || type === "s") ? digitsAt(s, vs, ve) : -1;
    let v: Cell;
    if (d >= 0 && type !== "s") v = d;
    else if (d >= 0 && d < ctx.sst.length) v = ctx.sst[d] === "" ? null : ctx.sst[d];
    else v = valueOf(type, vs >= 0 ? decodeText(s, vs, ve) : null, inline, row, col);
    if (v !== null) {
      if (cells.count >= (ctx.maxCells ?? LIMITS.sheetCells)) throw tooManyCells(ctx, cells.count);
      cells.add(row, col, v);
    }
  }
}

/**
 * Where the value of the one-letter attribute `name` (a char code) starts in a plain start tag
 * whose name ends at `from` (its end in `attrEnd`); NONE when it has none, BAIL when unsure.
 */
function attrAt(s: string, from: number, end: number, name: number): number {
  let i = from;
  for (;;) {
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const ns = i;
    while (i < end && s.charCodeAt(i) !== 61 && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== GT && s.charCodeAt(i) !== SLASH) i++;
    if (i === ns) return NONE;
    const ne = i;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 61) return NONE;
    i++;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== QUOTE) return NONE;
    const vs = i + 1;
    const ve = s.indexOf('"', vs);
    if (ve < 0 || ve >= end) return NONE;
    if (ne - ns === 1 && s.charCodeAt(ns) === name) {
      attrEnd = ve;
      return vs;
    }
    // `x:r`: the general reader may take it for `r`; leave such a tag to it.
    if (s.charCodeAt(ne - 1) === name && s.charCodeAt(ne - 2) === 58) return BAIL;
    i = ve + 1;
  }
}
