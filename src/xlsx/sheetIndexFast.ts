/**
 * The rows and cells of `<sheetData>` for a sheet index (sheetIndex.ts), read without the
 * general scanner when they have the plain shape Excel, LibreOffice, WPS and this tool write:
 * `<row>` and `<c>` with `r`/`s`/`t`/`customFormat` in double quotes, `<v>` and `<is><t>`
 * holding text only. Anything else — a formula, a prefix, a comment, an entity or space in
 * a tag, rich text, a reference it cannot place — makes it give up (`null`), and the general
 * scanner indexes the part, with its answer or its error. So the index is the same either way.
 */
import { SHEET_COLS } from "../core";
import { nameEnds, plainTagEnd, refAt } from "./sheetFast";
import { isSpace } from "./xmlAttr";
import type { CellNode, RowNode } from "./sheetNodes";

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;

export interface FastIndex {
  rows: RowNode[];
  /** Start of `</sheetData>` and the offset just past it. */
  closeStart: number;
  end: number;
  lastRow: number;
  lastCol: number;
}

/** Value spans of the attributes an index reads, found in one walk of a plain start tag. */
class Attrs {
  r0 = -1;
  r1 = -1;
  s0 = -1;
  s1 = -1;
  cf0 = -1;
  cf1 = -1;

  /**
   * Reads the tag whose name ends at `from`; false when it is not plain enough to be sure the
   * general reader sees the same: a value with a space or `=`, an attribute read twice, or one
   * of these names behind a prefix (the general reader may match it by its local name).
   */
  read(s: string, from: number, end: number): boolean {
    this.r0 = this.s0 = this.cf0 = -1;
    let i = from;
    for (;;) {
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const ns = i;
      while (i < end && s.charCodeAt(i) !== 61 && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== GT && s.charCodeAt(i) !== SLASH) i++;
      if (i === ns) return true;
      const ne = i;
      if (s.charCodeAt(i) !== 61 || s.charCodeAt(i + 1) !== QUOTE) return false;
      const vs = i + 2;
      const ve = s.indexOf('"', vs);
      if (ve < 0 || ve >= end) return false;
      for (let k = vs; k < ve; k++) {
        const c = s.charCodeAt(k);
        if (c === 61 || isSpace(c)) return false;
      }
      const len = ne - ns;
      if (len === 1 && s.charCodeAt(ns) === 114) {
        if (this.r0 >= 0) return false;
        this.r0 = vs;
        this.r1 = ve;
      } else if (len === 1 && s.charCodeAt(ns) === 115) {
        if (this.s0 >= 0) return false;
        this.s0 = vs;
        this.s1 = ve;
      } else if (len === 12 && s.startsWith("customFormat", ns)) {
        if (this.cf0 >= 0) return false;
        this.cf0 = vs;
        this.cf1 = ve;
      } else {
        let colon = -1;
        for (let k = ns; k < ne; k++) if (s.charCodeAt(k) === 58) colon = k;
        if (colon >= 0) {
          const local = s.slice(colon + 1, ne);
          if (local === "r" || local === "s" || local === "customFormat") return false;
        }
      }
      i = ve + 1;
    }
  }
}

/** A format index as sheetIndex's `num` reads it: a whole number ≥ 0, else null. */
function styleAt(s: string, a: number, b: number): number | null {
  if (a < 0) return null;
  let n = 0;
  if (b > a && b - a <= 9) {
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return numOf(s.slice(a, b));
      n = n * 10 + c;
    }
    return n;
  }
  return numOf(s.slice(a, b));
}

function numOf(v: string): number | null {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** A `<row r>` value: 1 to 7 digits inside Excel's grid, 0-based; -1 otherwise (left to the general reader). */
function rowAt(s: string, a: number, b: number): number {
  if (b <= a || b - a > 7) return -1;
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n >= 1 && n <= 1048576 ? n - 1 : -1;
}

/** Just past `</x>` when only text (no `<`) stands between `from` and it; -1 otherwise. */
function textThen(s: string, from: number, close: string): number {
  const lt = s.indexOf("<", from);
  return lt >= 0 && s.startsWith(close, lt) ? lt + close.length : -1;
}

/**
 * Indexes the rows of a `<sheetData>` whose start tag ends at `from`; `lastRow` is the row
 * number the general reader would continue from. Null: not the plain shape.
 */
export function fastIndexRows(s: string, from: number, lastRow: number): FastIndex | null {
  const rows: RowNode[] = [];
  const a = new Attrs();
  let row: RowNode | null = null;
  let lastCol = -1;
  let p = from;
  const n = s.length;
  for (;;) {
    while (p < n && isSpace(s.charCodeAt(p))) p++;
    if (p >= n || s.charCodeAt(p) !== LT) return null;
    const c1 = s.charCodeAt(p + 1);
    if (c1 === SLASH) {
      if (row && s.startsWith("</row>", p)) {
        row.end = p + 6;
        row = null;
        p += 6;
        continue;
      }
      if (!row && s.startsWith("</sheetData>", p)) return { rows, closeStart: p, end: p + 12, lastRow, lastCol };
      return null;
    }
    if (c1 === 114 && !row && s.startsWith("<row", p) && nameEnds(s.charCodeAt(p + 4))) {
      const q = plainTagEnd(s, p);
      if (q < 0 || !a.read(s, p + 4, q)) return null;
      const num = a.r0 >= 0 ? rowAt(s, a.r0, a.r1) : lastRow + 1 < 1048576 ? lastRow + 1 : -1;
      if (num < 0) return null;
      lastRow = num;
      lastCol = -1;
      const custom = a.cf0 >= 0 && (s.startsWith("1", a.cf0) ? a.cf1 - a.cf0 === 1 : a.cf1 - a.cf0 === 4 && s.startsWith("true", a.cf0));
      const selfClosing = s.charCodeAt(q - 2) === SLASH;
      const node: RowNode = { row: num, start: p, openEnd: q, end: q, selfClosing, hasRef: a.r0 >= 0, cells: [], style: custom ? styleAt(s, a.s0, a.s1) : null };
      rows.push(node);
      if (!selfClosing) row = node;
      p = q;
      continue;
    }
    if (c1 !== 99 || !row || !nameEnds(s.charCodeAt(p + 2))) return null;
    const q = plainTagEnd(s, p);
    if (q < 0 || !a.read(s, p + 2, q)) return null;
    let col = lastCol + 1;
    if (a.r0 >= 0) {
      const at = refAt(s, a.r0, a.r1);
      if (at < 0) return null;
      col = at % 16384;
    } else if (col >= SHEET_COLS) return null;
    lastCol = col;
    const selfClosing = s.charCodeAt(q - 2) === SLASH;
    const cell: CellNode = { row: row.row, col, start: p, openEnd: q, end: q, selfClosing, hasRef: a.r0 >= 0, style: styleAt(s, a.s0, a.s1), formula: null };
    p = q;
    if (!selfClosing) {
      for (;;) {
        while (p < n && isSpace(s.charCodeAt(p))) p++;
        if (s.startsWith("</c>", p)) {
          p += 4;
          break;
        }
        if (s.startsWith("<v>", p)) p = textThen(s, p + 3, "</v>");
        else if (s.startsWith("<is><t", p) && nameEnds(s.charCodeAt(p + 6))) {
          const tq = plainTagEnd(s, p + 4);
          if (tq < 0 || s.charCodeAt(tq - 2) === SLASH) return null;
          p = textThen(s, tq, "</t></is>");
        } else return null;
        if (p < 0) return null;
      }
      cell.end = p;
    }
    row.cells.push(cell);
  }
}
