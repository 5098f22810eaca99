/**
 * The one fast reader of `<sheetData>`: rows and cells as Excel, LibreOffice, WPS and this tool
 * write them, read without the general scanner (xml.ts). It feeds both the grid (sheetFast.ts,
 * values) and the patch index (sheetIndex.ts, offsets): each pulls events from it and keeps
 * what it needs, so the grammar is read in one place.
 *
 * It accepts only the plain shape: `<row>` and `<c>` whose attributes are `name="value"`, each
 * after white space, values without white space or `=`, none twice, none of those it reads
 * behind a prefix; inside a cell `<v>` and `<f>` holding text only and `<is><t>` (one run).
 * Anything else — a prefix, a comment, CDATA, an entity in a tag, rich text, a reference it
 * cannot place — is BAIL, and the caller reads the part the general way, which gives the
 * exact answer or error with its line. So this path never answers what the general one would
 * not: tests hold the two equal (fastRows, indexFast, sheetRows.property).
 */
import { SHEET_COLS, SHEET_ROWS } from "../core";
import { isSpace } from "./xmlAttr";

/** What `next` found. */
export const BAIL = 0;
export const ROW = 1;
export const ROW_END = 2;
export const CELL = 3;
export const DONE = 4;

/**
 * Where a reader of the rows ended: just past `</sheetData>` (or where it stopped), and the
 * last row and column read, for the general scanner to go on from.
 */
export interface RowsEnd {
  end: number;
  lastRow: number;
  lastCol: number;
}

// Local copies: the core's constants are getter reads in CommonJS, and these are read per cell.
const ROWS = SHEET_ROWS;
const COLS = SHEET_COLS;
const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const EQ = 61;

/** `<row`, `<c` and `<f` end their name with one of these. */
function nameEnds(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13;
}

/** Whole digits in [a, b) as a number, -1 when there are none or anything else (or too many). */
function digitsAt(s: string, a: number, b: number, most: number): number {
  if (b <= a || b - a > most) return -1;
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Plain digits in [a, b), the usual score or a string's index; -1 otherwise. */
export function wholeAt(s: string, a: number, b: number): number {
  return digitsAt(s, a, b, 15);
}

/** `F12` in [a, b) → row * 16384 + col (0-based), or -1 unless a plain reference inside Excel's grid. */
function refAt(s: string, a: number, b: number): number {
  let i = a;
  let col = 0;
  for (; i < b && i - a < 4; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  if (i === a || i - a > 3) return -1;
  const row = digitsAt(s, i, b, 15);
  if (row < 1 || row > ROWS || col > COLS) return -1;
  return (row - 1) * 16384 + (col - 1);
}

/**
 * The end of a start tag from `p` (offset just past `>`), or -1 when it is not plain: an
 * apostrophe, a `<`, an `&` or an odd number of quotes inside.
 */
function plainTagEnd(s: string, p: number): number {
  let quotes = 0;
  for (let i = p + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === GT) return quotes % 2 === 0 ? i + 1 : -1;
    if (c === QUOTE) quotes++;
    else if (c === LT || c === 39 || c === 38) return -1;
  }
  return -1;
}

/** Where `close` starts when only text (no `<`) stands between `from` and it; -1 otherwise. */
function textTo(s: string, from: number, close: string): number {
  const lt = s.indexOf("<", from);
  return lt >= 0 && s.startsWith(close, lt) ? lt : -1;
}

export class SheetRows {
  /** Where reading goes on; after DONE, just past `</sheetData>`; after ROW_END, just past `</row>`. */
  pos: number;
  /** The current row, 0-based (the last one once done). */
  row: number;
  /** The current cell's column in its row; -1 at the start of a row. */
  col: number;
  /** The row a cell's value goes to: its reference's, else its row's. */
  cellRow = 0;
  /** The row or cell just read: its start tag (`start` is `</sheetData>`'s after DONE). */
  start = 0;
  openEnd = 0;
  /** A cell's end, just past `</c>` or its self-closing tag. */
  end = 0;
  selfClosing = false;
  hasRef = false;
  /** Spans of the values of `s`, `t` and `customFormat` (-1: absent). */
  s0 = -1;
  s1 = -1;
  t0 = -1;
  t1 = -1;
  cf0 = -1;
  cf1 = -1;
  /** The cell's last `<v>` text and its inline `<t>` text (-1: absent); whether it has an `<f>`. */
  v0 = -1;
  v1 = -1;
  is0 = -1;
  is1 = -1;
  formula = false;
  /** Span of `r` (-1: absent), as the attribute walk found it. */
  private r0 = -1;
  private r1 = -1;
  private inRow = false;

  /** `from`: just past `<sheetData>`; `row` and `col`: where a general reader would go on from. */
  constructor(
    private readonly s: string,
    from: number,
    row: number,
    col: number,
  ) {
    this.pos = from;
    this.row = row;
    this.col = col;
  }

  next(): number {
    const s = this.s;
    const n = s.length;
    let p = this.pos;
    while (p < n && isSpace(s.charCodeAt(p))) p++;
    if (p >= n || s.charCodeAt(p) !== LT) return BAIL;
    const c1 = s.charCodeAt(p + 1);
    if (c1 === SLASH) {
      if (this.inRow && s.startsWith("</row>", p)) {
        this.inRow = false;
        this.pos = p + 6;
        return ROW_END;
      }
      if (this.inRow || !s.startsWith("</sheetData>", p)) return BAIL;
      this.start = p;
      this.pos = p + 12;
      return DONE;
    }
    if (c1 === 114 && !this.inRow && s.startsWith("<row", p) && nameEnds(s.charCodeAt(p + 4))) {
      const q = plainTagEnd(s, p);
      if (q < 0 || !this.attrs(p + 4, q)) return BAIL;
      let row = this.row + 1 < ROWS ? this.row + 1 : -1;
      if (this.r0 >= 0) {
        const v = digitsAt(s, this.r0, this.r1, 7);
        row = v >= 1 && v <= ROWS ? v - 1 : -1;
      }
      if (row < 0) return BAIL;
      this.row = row;
      this.col = -1;
      this.open(p, q);
      this.inRow = !this.selfClosing;
      return ROW;
    }
    if (c1 !== 99 || !this.inRow || !nameEnds(s.charCodeAt(p + 2))) return BAIL;
    const q = plainTagEnd(s, p);
    if (q < 0 || !this.attrs(p + 2, q)) return BAIL;
    let col = this.col + 1;
    this.cellRow = this.row;
    if (this.r0 >= 0) {
      const at = refAt(s, this.r0, this.r1);
      if (at < 0) return BAIL;
      this.cellRow = Math.floor(at / 16384);
      col = at % 16384;
    } else if (col >= COLS) return BAIL;
    this.col = col;
    this.open(p, q);
    this.end = q;
    this.v0 = this.is0 = -1;
    this.formula = false;
    if (!this.selfClosing && (this.end = this.children(q)) < 0) return BAIL;
    this.pos = this.end;
    return CELL;
  }

  private open(p: number, q: number): void {
    this.start = p;
    this.openEnd = this.pos = q;
    this.selfClosing = this.s.charCodeAt(q - 2) === SLASH;
    this.hasRef = this.r0 >= 0;
  }

  /** A cell's children from `p` to just past `</c>`: `<v>`, `<f>`, `<is><t>`; -1 for anything else. */
  private children(p: number): number {
    const s = this.s;
    const n = s.length;
    for (;;) {
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (s.startsWith("</c>", p)) return p + 4;
      if (s.startsWith("<v>", p)) {
        // As the general reader, the last <v> counts.
        const e = textTo(s, p + 3, "</v>");
        if (e < 0) return -1;
        this.v0 = p + 3;
        this.v1 = e;
        p = e + 4;
      } else if (s.startsWith("<f", p) && nameEnds(s.charCodeAt(p + 2))) {
        const fq = plainTagEnd(s, p);
        if (fq < 0) return -1;
        this.formula = true;
        if (s.charCodeAt(fq - 2) === SLASH) p = fq;
        else {
          const e = textTo(s, fq, "</f>");
          if (e < 0) return -1;
          p = e + 4;
        }
      } else if (s.startsWith("<is><t", p) && nameEnds(s.charCodeAt(p + 6))) {
        const tq = plainTagEnd(s, p + 4);
        if (tq < 0 || s.charCodeAt(tq - 2) === SLASH) return -1;
        const e = textTo(s, tq, "</t></is>");
        if (e < 0) return -1;
        this.is0 = tq;
        this.is1 = e;
        p = e + 9;
      } else return -1;
    }
  }

  /**
   * Walks the attributes of a plain start tag whose name ends at `i` and which ends just before
   * `end`, keeping the spans of `r`, `s`, `t` and `customFormat`. False when it is not plain
   * enough to be sure the general reader sees the same: it finds `r`, `s` and `t` of a cell by
   * searching for ` r=` in the tag (xmlAttr.ts `rawAttr`), and attributes of rows by their
   * local name, prefixed or not.
   */
  private attrs(i: number, end: number): boolean {
    const s = this.s;
    this.r0 = this.s0 = this.t0 = this.cf0 = -1;
    for (;;) {
      const before = i;
      while (isSpace(s.charCodeAt(i))) i++;
      const c = s.charCodeAt(i);
      if (c === GT) return true;
      if (c === SLASH) return i === end - 2;
      if (i === before) return false;
      const ns = i;
      let colon = -1;
      for (let k = s.charCodeAt(i); k !== EQ && k !== GT && k !== SLASH && !isSpace(k); k = s.charCodeAt(++i)) if (k === 58) colon = i;
      const ne = i;
      if (s.charCodeAt(i) !== EQ || s.charCodeAt(i + 1) !== QUOTE || ne === ns) return false;
      const vs = i + 2;
      const ve = s.indexOf('"', vs);
      if (ve < 0 || ve >= end) return false;
      for (let k = vs; k < ve; k++) {
        const v = s.charCodeAt(k);
        if (v === EQ || isSpace(v)) return false;
      }
      const len = ne - ns;
      if (len === 1) {
        const a = s.charCodeAt(ns);
        if (a === 114) {
          if (this.r0 >= 0) return false;
          this.r0 = vs;
          this.r1 = ve;
        } else if (a === 115) {
          if (this.s0 >= 0) return false;
          this.s0 = vs;
          this.s1 = ve;
        } else if (a === 116) {
          if (this.t0 >= 0) return false;
          this.t0 = vs;
          this.t1 = ve;
        }
      } else if (len === 12 && s.startsWith("customFormat", ns)) {
        if (this.cf0 >= 0) return false;
        this.cf0 = vs;
        this.cf1 = ve;
      } else if (colon >= 0) {
        const local = ne - colon - 1;
        const a = s.charCodeAt(ne - 1);
        if (local === 1 ? a === 114 || a === 115 || a === 116 : local === 12 && s.startsWith("customFormat", colon + 1)) return false;
      }
      i = ve + 1;
    }
  }
}
