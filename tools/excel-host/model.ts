/**
 * The in-memory workbook behind the local Excel host: sheets of cells (value or formula,
 * number format, fill, hyperlink), merged areas, protection, custom XML parts, settings.
 * Input follows Excel's documented parsing of typed/API-set values (see `enter`).
 */
import { Cell, ERROR_VALUES, Grid } from "../../src/core";
import { Area, MAX_COLS } from "./address";

export interface HostHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface HostCell {
  /** Constant value, or a formula's cached value (never computed here). */
  value: Cell;
  formula?: string;
  /** Entered with a leading apostrophe: literal text. */
  quotePrefix?: boolean;
  numberFormat?: string;
  /** `#RRGGBB`; absent means no fill. */
  fill?: string;
  hyperlink?: HostHyperlink;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

let nextId = 1;

export class HostSheet {
  readonly id = `{00000000-0001-0000-${String(nextId++).padStart(4, "0")}-000000000000}`;
  readonly cells = new Map<number, HostCell>();
  merges: Area[] = [];
  visibility: Visibility = "Visible";
  protected = false;
  /** Column widths in points where set. */
  readonly widths = new Map<number, number>();

  constructor(public name: string) {}

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  cell(row: number, col: number): HostCell | undefined {
    return this.cells.get(HostSheet.key(row, col));
  }

  /** The cell, created empty when absent (for writes). */
  touch(row: number, col: number): HostCell {
    const k = HostSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null };
      this.cells.set(k, c);
    }
    return c;
  }

  /** Drops cells that hold nothing at all, so the used range shrinks as in Excel. */
  tidy(row: number, col: number): void {
    const k = HostSheet.key(row, col);
    const c = this.cells.get(k);
    if (c && c.value === null && !c.formula && !c.fill && !c.hyperlink && !c.numberFormat) this.cells.delete(k);
  }

  /** Excel's used range: cells with a value (valuesOnly) or with a value or any formatting. */
  usedArea(valuesOnly: boolean): Area | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, c] of this.cells) {
      const has = c.value !== null || !!c.formula || (!valuesOnly && (!!c.fill || !!c.numberFormat || !!c.hyperlink));
      if (!has) continue;
      const r = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (col < c0) c0 = col;
      if (col > c1) c1 = col;
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        r0 = Math.min(r0, m.r0);
        c0 = Math.min(c0, m.c0);
        r1 = Math.max(r1, m.r1);
        c1 = Math.max(c1, m.c1);
      }
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
}

export interface HostPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export function namespaceOf(xml: string): string {
  const m = /<(?:[\w.-]+:)?[\w.-]+[^>]*?\sxmlns="([^"]*)"/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ""));
  return m ? m[1] : "";
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** Excel's date serial for a proleptic Gregorian date (1900 system, with its 29 Feb 1900). */
function dateSerial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCMonth() !== m - 1) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * What Excel stores when a string is entered (typed, or set through `values`/`formulas`):
 * a leading apostrophe makes literal text; `=` starts a formula, and so do `+`, `-` and `@`
 * unless the rest is a number; numbers (with thousands separators, percent, full-width
 * digits), ISO-like dates, TRUE/FALSE and error literals are converted; anything else is text.
 */
export function parseInput(s: string): Pick<HostCell, "value" | "formula" | "quotePrefix"> {
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  if (s.length > 1 && s.startsWith("=")) return { value: null, formula: s };
  const t = toHalfWidth(s).trim();
  const plain = t.replace(/,(?=\d{3}(\D|$))/g, "");
  if (NUMBER.test(plain)) return { value: Number(plain) };
  if (/%$/.test(plain) && NUMBER.test(plain.slice(0, -1))) return { value: Number(plain.slice(0, -1)) / 100 };
  if (s.length > 1 && /^[+\-@]/.test(s)) return { value: null, formula: s.startsWith("@") ? `=${s.slice(1)}` : `=${s}` };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  if (ERROR_VALUES.has(t.toUpperCase())) return { value: t.toUpperCase() };
  const d = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(t);
  if (d) {
    const serial = dateSerial(+d[1], +d[2], +d[3]);
    if (serial !== null) return { value: serial };
  }
  return { value: s };
}

/** Applies one entered value to a cell; `null` leaves it unchanged, `""` clears it. */
export function enter(cell: HostCell, raw: unknown): void {
  if (raw === null || raw === undefined) return;
  delete cell.formula;
  delete cell.quotePrefix;
  if (raw === "") {
    cell.value = null;
    return;
  }
  if (typeof raw === "number" || typeof raw === "boolean") {
    cell.value = raw;
    return;
  }
  const s = String(raw);
  // A cell formatted as Text keeps whatever is entered as text.
  if (cell.numberFormat === "@") {
    cell.value = s;
    return;
  }
  Object.assign(cell, parseInput(s));
}

/** A workbook filled from core grids: their values become constants (error text stays an error value). */
export function sheetFromGrid(g: Grid): HostSheet {
  const sheet = new HostSheet(g.name);
  for (const r of g.rows) {
    r.values.forEach((v, i) => {
      if (v === null || v === "") return;
      sheet.touch(r.row, r.cols[i]).value = v;
    });
  }
  sheet.merges = (g.merges ?? []).map((m) => ({ ...m }));
  if (g.hidden) sheet.visibility = "Hidden";
  if (g.protected) sheet.protected = true;
  return sheet;
}
