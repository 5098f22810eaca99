/**
 * An index of a worksheet part's text: where each row and cell element starts and ends,
 * with the attributes a write needs. Writers splice new text in at these offsets and copy
 * everything else as it was. Rows in the plain shape come from the one fast reader
 * (sheetRows.ts); the general scanner indexes the rest of the part, and the rows where that
 * reader gives up, with its answer or its error. So the index is the same either way.
 */
import { parseRef, parseRowNumber } from "./read";
import { SHEET_COLS, SHEET_ROWS, a1 } from "../core";
import type { CellNode, FormulaNode, RowNode } from "./sheetNodes";
import { BAIL, CELL, DONE, ROW, ROW_END, RowsEnd, SheetRows } from "./sheetRows";
import { Tok, XmlScanner, insertChild, prefixOf, rawAttr } from "./xml";

// Hot loops compare token kinds with local copies: imported enum members are getter reads in CommonJS.
const OPEN = Tok.Open;
const CLOSE = Tok.Close;
const END = Tok.End;

export type { CellNode, FormulaNode, RowNode } from "./sheetNodes";

export interface ColStyle {
  min: number;
  max: number;
  style: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface SheetIndex {
  text: string;
  /** Element prefix of the part (`x:` or ""). */
  prefix: string;
  rows: RowNode[];
  /** The `<sheetData>` element: start tag end and closing tag start (equal when self-closing). */
  sheetData: { start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean } | null;
  dimension: (Span & { ref: string }) | null;
  cols: ColStyle[];
  protected: boolean;
}

function num(s: string | null): number | null {
  if (s === null) return null;
  const n = Number(s);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** `num` of the text in [a, b), without a slice for plain digits; null when a < 0 (absent). */
function numAt(s: string, a: number, b: number): number | null {
  if (a < 0) return null;
  if (b <= a || b - a > 9) return num(s.slice(a, b));
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return num(s.slice(a, b));
    n = n * 10 + c;
  }
  return n;
}

/** Rows read by the fast reader; `closeStart` and `end` are `</sheetData>`'s offsets. */
export interface FastIndex extends RowsEnd {
  rows: RowNode[];
  closeStart: number;
}

/**
 * The rows of a `<sheetData>` whose start tag ends at `from` by the fast reader; `lastRow` and
 * `lastCol`: where the general scanner would go on from. Null where that reader gives up, and
 * at a formula (its node is the general scanner's to make).
 */
export function fastIndexRows(s: string, from: number, lastRow: number, lastCol = -1): FastIndex | null {
  const rd = new SheetRows(s, from, lastRow, lastCol);
  const rows: RowNode[] = [];
  let row: RowNode | null = null;
  for (;;) {
    const k = rd.next();
    if (k === CELL) {
      if (rd.formula) return null;
      const cell: CellNode = { row: rd.row, col: rd.col, start: rd.start, openEnd: rd.openEnd, end: rd.end, selfClosing: rd.selfClosing, hasRef: rd.hasRef, style: numAt(s, rd.s0, rd.s1), formula: null };
      row!.cells.push(cell);
    } else if (k === ROW) {
      const cf = rd.cf0;
      const custom = cf >= 0 && (rd.cf1 - cf === 1 ? s.charCodeAt(cf) === 49 : rd.cf1 - cf === 4 && s.startsWith("true", cf));
      row = { row: rd.row, start: rd.start, openEnd: rd.openEnd, end: rd.openEnd, selfClosing: rd.selfClosing, hasRef: rd.hasRef, cells: [], style: custom ? numAt(s, rd.s0, rd.s1) : null };
      rows.push(row);
    } else if (k === ROW_END) row!.end = rd.pos;
    else if (k === DONE) return { rows, closeStart: rd.start, end: rd.pos, lastRow: rd.row, lastCol: rd.col };
    else if (k === BAIL) return null;
  }
}

/** CT_Worksheet's children in schema order, for inserting one that is missing. */
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture",
  "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** The index of a worksheet part; a part without `<sheetData>` (legal only in theory) gets an empty one. */
export function indexSheet(text: string, part: string, sheet: string, fast = true): SheetIndex {
  const ix = indexSheetText(text, part, sheet, fast);
  if (ix.sheetData) return ix;
  return indexSheetText(insertChild(text, part, WORKSHEET_ORDER, "sheetData", (p) => `<${p}sheetData/>`), part, sheet, fast);
}

/** `fast`: rows in the plain shape are indexed without the scanner (sheetIndexFast.ts); false only in tests comparing the two. */
function indexSheetText(text: string, part: string, sheet: string, fast: boolean): SheetIndex {
  const sc = new XmlScanner(text, part, sheet);
  const rows: RowNode[] = [];
  const cols: ColStyle[] = [];
  let prefix = "";
  let sheetData: SheetIndex["sheetData"] = null;
  let dimension: SheetIndex["dimension"] = null;
  let prot = false;
  let row: RowNode | null = null;
  let lastRow = -1;
  let lastCol = -1;
  let seenRoot = false;
  while (sc.next() !== END) {
    if (sc.kind === OPEN) {
      const local = sc.local;
      if (!seenRoot) {
        seenRoot = true;
        prefix = prefixOf(sc.name);
        continue;
      }
      if (local === "c" && row) {
        const ref = rawAttr(text, sc.start, sc.end, "r");
        const s = rawAttr(text, sc.start, sc.end, "s");
        const p = ref !== null ? parseRef(ref) : null;
        if (ref !== null && !p) return sc.failWith({ kind: "ref", detail: ref }, sc.start);
        const col = p ? p.col : lastCol + 1;
        if (col >= SHEET_COLS) sc.failWith({ kind: "ref", detail: a1(row.row, col) }, sc.start);
        lastCol = col;
        const cell: CellNode = {
          row: row.row,
          col,
          start: sc.start,
          openEnd: sc.end,
          end: sc.end,
          selfClosing: sc.selfClosing,
          hasRef: ref !== null,
          style: num(s),
          formula: null,
        };
        if (!sc.selfClosing) {
          const d = sc.stack.length;
          for (let k = sc.next(); k !== END && !(k === CLOSE && sc.stack.length === d - 1); k = sc.next()) {
            if (k === OPEN && sc.local === "f" && sc.stack.length === d + (sc.selfClosing ? 0 : 1)) {
              const f: FormulaNode = { type: sc.attr("t"), ref: sc.attr("ref"), si: sc.attr("si"), text: "", start: sc.start, end: sc.end };
              if (!sc.selfClosing) {
                f.text = sc.elementText();
                f.end = sc.end;
              }
              if (f.type === "normal") f.type = null;
              cell.formula = f;
            } else if (k === OPEN) sc.skipElement();
          }
          cell.end = sc.end;
        }
        row.cells.push(cell);
      } else if (local === "row") {
        const r = sc.attr("r");
        const n = r !== null ? parseRowNumber(r) : lastRow + 1 < SHEET_ROWS ? lastRow + 1 : null;
        if (n === null) return sc.failWith({ kind: "row", detail: r ?? String(lastRow + 2) }, sc.start);
        lastRow = n;
        lastCol = -1;
        const cf = sc.attr("customFormat");
        row = {
          row: n,
          start: sc.start,
          openEnd: sc.end,
          end: sc.end,
          selfClosing: sc.selfClosing,
          hasRef: r !== null,
          cells: [],
          style: cf === "1" || cf === "true" ? num(sc.attr("s")) : null,
        };
        rows.push(row);
        if (sc.selfClosing) row = null;
      } else if (local === "sheetData") {
        sheetData = { start: sc.start, openEnd: sc.end, closeStart: sc.end, end: sc.end, selfClosing: sc.selfClosing };
        const plain = fast && !row && !sc.selfClosing && sc.name === "sheetData" ? fastIndexRows(text, sc.end, lastRow, lastCol) : null;
        if (plain) {
          for (const r of plain.rows) rows.push(r);
          sheetData.closeStart = plain.closeStart;
          sheetData.end = plain.end;
          lastRow = plain.lastRow;
          lastCol = plain.lastCol;
          sc.resumeAfter(plain.end);
        }
      } else if (local === "dimension") {
        dimension = { start: sc.start, end: sc.end, ref: sc.attr("ref") ?? "" };
        sc.skipElement();
        dimension.end = sc.end;
      } else if (local === "col") {
        const style = num(sc.attr("style"));
        const min = num(sc.attr("min"));
        const max = num(sc.attr("max"));
        if (style !== null && min !== null && max !== null) cols.push({ min: min - 1, max: max - 1, style });
      } else if (local === "sheetProtection") {
        const v = sc.attr("sheet");
        prot = v === "1" || v === "true";
      } else if (sc.stack.length === 2 && local !== "cols" && local !== "sheetData") {
        sc.skipElement();
      }
    } else if (sc.kind === CLOSE) {
      if (sc.local === "row" && row) {
        row.end = sc.end;
        row = null;
      } else if (sc.local === "sheetData" && sheetData) {
        sheetData.closeStart = sc.start;
        sheetData.end = sc.end;
      }
    }
  }
  return { text, prefix, rows, sheetData, dimension, cols, protected: prot };
}

/** The format an absent cell shows: its row's, else its column's, else the default. */
export function inheritedStyle(ix: SheetIndex, row: RowNode | undefined, col: number): number | null {
  if (row && row.style !== null) return row.style;
  for (const c of ix.cols) if (col >= c.min && col <= c.max) return c.style;
  return null;
}
