/** Reading worksheet parts and the shared-string table into the core's grids. */
import { Cell, Grid, GridBuilder, MergeArea, SHEET_COLS, SHEET_ROWS, a1, parseRangeRef } from "../core";
import { corrupt, tooLarge } from "./errors";
import { LIMITS } from "./limits";
import { FastCtx, fastRows, tooManyCells } from "./sheetFast";
import { Tok, XmlScanner, decodeXstring, intern, own, rawAttr } from "./xml";

// Hot loops compare token kinds with local copies: imported enum members are getter reads in CommonJS.
const OPEN = Tok.Open;
const CLOSE = Tok.Close;
const TEXT = Tok.Text;
const END = Tok.End;

/**
 * The shared-string table. Rich-text runs are concatenated; phonetic runs (`<rPh>`, the
 * furigana of Japanese files) are not part of the cell's text.
 */
export function readSharedStrings(text: string, part: string): string[] {
  const sc = new XmlScanner(text, part);
  const out: string[] = [];
  let cur: string | null = null;
  let inT = 0;
  let inPh = 0;
  while (sc.next() !== END) {
    if (sc.kind === OPEN) {
      if (sc.local === "si") {
        if (out.length >= LIMITS.sharedStrings) throw tooLarge({ what: "strings", part, size: out.length + 1, limit: LIMITS.sharedStrings });
        if (sc.selfClosing) out.push("");
        else cur = "";
      } else if (sc.local === "rPh") {
        if (!sc.selfClosing) inPh++;
      } else if (sc.local === "t" && !sc.selfClosing) inT++;
    } else if (sc.kind === CLOSE) {
      if (sc.local === "si") {
        out.push(own(decodeXstring(cur ?? "")));
        cur = null;
      } else if (sc.local === "rPh") inPh--;
      else if (sc.local === "t") inT--;
    } else if (sc.kind === TEXT && inT > 0 && inPh === 0 && cur !== null) {
      cur += sc.text();
    }
  }
  return out;
}

/** `F12` → 0-based row and column, fast; null when it is not a cell reference inside Excel's grid. */
export function parseRef(s: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  if (s.charCodeAt(0) === 36) i++;
  const c0 = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === c0 || i - c0 > 3) return null;
  if (s.charCodeAt(i) === 36) i++;
  let row = 0;
  const r0 = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (i === r0 || row < 1 || row > SHEET_ROWS || col > SHEET_COLS) return null;
  return { row: row - 1, col: col - 1 };
}

/** A `<row r="…">` number, 0-based; null unless it is a whole number inside Excel's grid. */
export function parseRowNumber(r: string): number | null {
  const t = r.trim();
  if (t.length === 0 || t.length > 7) return null;
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    n = n * 10 + (c - 48);
  }
  return n >= 1 && n <= SHEET_ROWS ? n - 1 : null;
}

/** Days since 1899-12-30, Excel's serial date, for an ISO 8601 date (`t="d"` cells). */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) {
    const t = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(iso.trim());
    return t ? (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) / 86400 : null;
  }
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 + 25569;
  const secs = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  return day + secs / 86400;
}

export interface SheetContent {
  grid: Grid;
  /** `<sheetProtection sheet="1">`: the cells are locked. */
  protected: boolean;
}

/** Read only rows above `rows`; `partial`: the text is only the start of the part. */
export interface HeadOptions {
  rows: number;
  partial: boolean;
}

/** The sheet being read: its part and name, the shared strings, the pool of texts (see `intern`) and the cell budget. */
type Ctx = FastCtx;

/** A number as Excel writes it (xsd:double): finite, and not JavaScript's 0x/0o/0b forms. */
function decimal(t: string): number {
  const n = Number(t);
  if (!Number.isFinite(n)) return NaN;
  const c = t.length > 1 && t.charCodeAt(0) === 48 ? t.charCodeAt(1) | 32 : 0;
  return c === 120 || c === 111 || c === 98 ? NaN : n;
}

/** A cell's value from its type and texts; strings are the grid's own (see `own`). */
function cellValue(ctx: Ctx, type: string | null, v: string | null, inline: string | null, row: number, col: number): Cell {
  const c = typedValue(ctx, type, v, inline, row, col);
  return typeof c === "string" && type !== "s" ? intern(ctx.pool, c) : c;
}

function typedValue(ctx: Ctx, type: string | null, v: string | null, inline: string | null, row: number, col: number): Cell {
  switch (type) {
    case "s": {
      if (v === null || v === "") return null;
      const i = Number(v);
      const s = ctx.sst[i];
      if (s === undefined) throw corrupt({ kind: "shared-string", part: ctx.part, sheet: ctx.sheet, cell: a1(row, col), detail: v });
      return s === "" ? null : s;
    }
    case "inlineStr":
      return inline === null || inline === "" ? (v === null || v === "" ? null : decodeXstring(v)) : inline;
    case "str":
      return v === null || v === "" ? null : decodeXstring(v);
    case "b":
      return v === null || v === "" ? null : v === "1" || v === "true";
    case "e":
      return v === null || v === "" ? null : v.trim();
    case "d":
      return v === null || v === "" ? null : isoToSerial(v) ?? v;
    default: {
      if (v === null) return null;
      const t = v.trim();
      if (t === "") return null;
      const n = decimal(t);
      if (Number.isNaN(n)) throw corrupt({ kind: "number", part: ctx.part, sheet: ctx.sheet, cell: a1(row, col), detail: t });
      return n;
    }
  }
}

/**
 * One worksheet part to a grid: values, merges, protection. With `head`, only the first rows
 * (no merges or protection): `complete` says whether they were all in the text.
 */
export function readSheet(text: string, ctx: Ctx, head?: HeadOptions): SheetContent & { complete: boolean } {
  return scanSheet(text, ctx, head, true) ?? scanSheet(text, ctx, head, false)!;
}

/** readSheet by the general scanner alone: what the plain path must agree with (tests hold it to that). */
export function readSheetGeneral(text: string, ctx: Ctx, head?: HeadOptions): SheetContent & { complete: boolean } {
  return scanSheet(text, ctx, head, false)!;
}

/** readSheet, its rows by the plain path when `fast` (null when that path gives up), else all by the scanner. */
function scanSheet(text: string, ctx: Ctx, head: HeadOptions | undefined, fast: boolean): (SheetContent & { complete: boolean }) | null {
  const sc = new XmlScanner(text, ctx.part, ctx.sheet, head?.partial);
  const limit = head ? head.rows : Infinity;
  let complete = !head?.partial;
  const cells = new GridBuilder();
  const merges: MergeArea[] = [];
  let prot = false;
  let rowIdx = -1;
  let colIdx = -1;
  const src = text;
  while (sc.next() !== END) {
    if (sc.kind !== OPEN) {
      // Every row has been read.
      if (head && sc.kind === CLOSE && sc.local === "sheetData") {
        complete = true;
        break;
      }
      continue;
    }
    const local = sc.local;
    if (local === "c") {
      const ref = rawAttr(src, sc.start, sc.end, "r");
      const type = rawAttr(src, sc.start, sc.end, "t");
      let row = rowIdx;
      let col = colIdx + 1;
      if (ref !== null) {
        const p = parseRef(ref) ?? sc.failWith({ kind: "ref", detail: ref }, sc.start);
        row = p.row;
        col = p.col;
      } else if (col >= SHEET_COLS) sc.failWith({ kind: "ref", detail: a1(row < 0 ? 0 : row, col) }, sc.start);
      if (row < 0) row = 0;
      if (row >= limit) {
        complete = true;
        break;
      }
      colIdx = col;
      if (sc.selfClosing) continue;
      // Children: <f>, <v>, <is>, <extLst>.
      const d = sc.stack.length;
      let v: string | null = null;
      let inline: string | null = null;
      for (let k = sc.next(); k !== END && !(k === CLOSE && sc.stack.length === d - 1); k = sc.next()) {
        if (k !== OPEN || sc.stack.length !== d + (sc.selfClosing ? 0 : 1)) continue;
        if (sc.local === "v") v = sc.elementText();
        else if (sc.local === "is") inline = inlineText(sc);
        else sc.skipElement();
      }
      const value = cellValue(ctx, type, v, inline, row, col);
      if (value !== null) {
        if (cells.count >= (ctx.maxCells ?? LIMITS.sheetCells)) throw tooManyCells(ctx, cells.count);
        cells.add(row, col, value);
      }
    } else if (local === "row") {
      const r = sc.attr("r");
      const n = r !== null ? parseRowNumber(r) : rowIdx + 1 < SHEET_ROWS ? rowIdx + 1 : null;
      rowIdx = n ?? sc.failWith({ kind: "row", detail: r ?? String(rowIdx + 2) }, sc.start);
      colIdx = -1;
      if (rowIdx >= limit) {
        complete = true;
        break;
      }

    } else if (local === "mergeCell") {
      const ref = sc.attr("ref");
      const m = ref ? parseRangeRef(ref) : null;
      if (m) merges.push(m);
    } else if (local === "sheetProtection") {
      const v = sc.attr("sheet");
      prot = v === "1" || v === "true";
    } else if (fast && local === "sheetData" && sc.name === "sheetData" && !sc.selfClosing && sc.depth === 2) {
      const rows = fastRows(src, sc.end, ctx, cells, limit, [rowIdx, colIdx], (type, v, inline, row, col) => cellValue(ctx, type, v, inline, row, col));
      if (rows === null) return null;
      if (rows.stopped || head) {
        complete = true;
        break;
      }
      rowIdx = rows.lastRow;
      colIdx = rows.lastCol;
      sc.resumeAfter(rows.end);
    } else if (local === "sheetData" || local === "mergeCells") {
      // Containers of what we read: descend.
    } else if (sc.stack.length === 2) {
      // Other top-level elements (conditional formats, drawings, extensions): nothing to read inside.
      sc.skipElement();
    }
  }
  return { grid: cells.build(ctx.sheet, { merges }), protected: prot, complete };
}

/** Text of an `<is>` element: its `<t>` and rich-text runs, without phonetic runs. */
function inlineText(sc: XmlScanner): string {
  if (sc.selfClosing) return "";
  const d = sc.stack.length;
  let out = "";
  let inT = 0;
  let inPh = 0;
  for (let k = sc.next(); k !== END; k = sc.next()) {
    if (k === CLOSE && sc.stack.length === d - 1) break;
    if (k === OPEN) {
      if (sc.local === "rPh" && !sc.selfClosing) inPh++;
      else if (sc.local === "t" && !sc.selfClosing) inT++;
    } else if (k === CLOSE) {
      if (sc.local === "rPh") inPh--;
      else if (sc.local === "t") inT--;
    } else if (k === TEXT && inT > 0 && inPh === 0) out += sc.text();
  }
  return decodeXstring(out);
}
