/**
 * The undo record of a fill: what each written cell held before and what the fill wrote, the
 * fills it painted, the report sheet it replaced, the memo before. It is kept in the workbook
 * (custom XML parts, namespace UNDO_NAMESPACE), so undo works after the pane is reopened.
 * Undo (undoDecision) puts back only what still holds exactly what the fill wrote.
 */
import { fnv1a, utf8Length } from "../kernel/hash";
import { MemoState, PART_BYTES, memoFromJson, memoToJson } from "./memo";

export const UNDO_NAMESPACE = "urn:review-assistant:undo:1";

/**
 * Beyond this the record is not written and the fill is refused (an old report of some
 * 200,000 rows): the workbook would carry it and every undo would read it back.
 */
export const MAX_UNDO_BYTES = 24_000_000;

/** A value as Excel input: text that could be read as something else carries a leading apostrophe. */
export type Input = string | number | boolean;

/**
 * A rectangle the fill wrote: null in `after` marks a cell it left alone; null in `before`
 * (beside a value in `after`) a cell it wrote with what the cell already held. Records made
 * before that was kept leave such cells out (null in both).
 */
export interface BlockChange {
  sheet: string;
  row: number;
  col: number;
  before: (Input | null)[][];
  after: (Input | null)[][];
}

/** Cells of one sheet whose fill went from `before` to `after` (null: no fill); the same on both sides for a mark painted again. */
export interface FillChange {
  sheet: string;
  cells: string[];
  before: string | null;
  after: string | null;
}

export interface ReportChange {
  sheet: string;
  /** True when the fill added the sheet (undo removes it); false when it rewrote ours. */
  created: boolean;
  /** A check of each row the fill wrote (rowCheck): `hash.mask`. */
  rows: string[];
  width: number;
  /** The report it replaced, from A1, as inputs; with its column widths in points. */
  before: { inputs: Input[][]; widths: { col: number; width: number }[] } | null;
}

export interface UndoRecord {
  version: 1;
  id: string;
  /** When the fill ran (ISO); the latest complete record is the one undo takes. */
  time: string;
  /** Every sheet the fill wrote to: undo refuses when one of them is gone or renamed. */
  sheets: string[];
  /** The result table's header row, whose labels stay while a column keeps a cell of the user's. */
  table: { sheet: string; headerRow: number } | null;
  blocks: BlockChange[];
  fills: FillChange[];
  report: ReportChange | null;
  /** The memo before the fill; null when the workbook had none. */
  memoBefore: MemoState | null;
}

const blank = (v: Input | null | undefined) => v === null || v === undefined || v === "";

function trimRow(row: readonly (Input | null)[]): (Input | null)[] {
  let n = row.length;
  while (n > 0 && blank(row[n - 1])) n--;
  return row.slice(0, n).map((v) => (blank(v) ? "" : v));
}

/** The check of one report row: a hash of its inputs and a mask of its non-empty cells (base 36). */
export function rowCheck(row: readonly (Input | null)[]): string {
  const t = trimRow(row);
  const mask = t.reduce<number>((m, v, i) => (blank(v) ? m : m | (1 << i)), 0);
  return `${fnv1a(JSON.stringify(t))}.${mask.toString(36)}`;
}

/** Fills grouped as few entries: consecutive cells sharing sheet and both fills. */
export function groupFills(list: { sheet: string; cell: string; before: string | null; after: string | null }[]): FillChange[] {
  const out: FillChange[] = [];
  for (const f of list) {
    const last = out[out.length - 1];
    if (last && last.sheet === f.sheet && last.before === f.before && last.after === f.after) last.cells.push(f.cell);
    else out.push({ sheet: f.sheet, cells: [f.cell], before: f.before, after: f.after });
  }
  return out;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unesc(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Cuts text into pieces whose escaped UTF-8 size stays under `max`, never inside a surrogate pair. */
function slices(text: string, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    // Escaped and UTF-8 size of the character, counted inline: this runs over megabytes.
    const n = c === 0x26 ? 5 : c === 0x3c || c === 0x3e ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (size + n > max && i > start) {
      out.push(text.slice(start, i));
      start = i;
      size = 0;
    }
    size += n;
    if (pair) i++;
  }
  out.push(text.slice(start));
  return out;
}

const OPEN = /<reviewAssistantUndo\b([^>]*)>([\s\S]*)<\/reviewAssistantUndo>/;

/** The record as custom XML part texts, each under PART_BYTES. */
export function undoParts(record: UndoRecord): string[] {
  const { memoBefore, ...rest } = record;
  const json = JSON.stringify({ ...rest, memoBefore: memoBefore ? memoToJson(memoBefore) : null });
  const pieces = slices(json, PART_BYTES - 400);
  return pieces.map(
    (p, i) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<reviewAssistantUndo xmlns="${UNDO_NAMESPACE}" id="${record.id}" time="${record.time}" part="${i + 1}" of="${pieces.length}">${esc(p)}</reviewAssistantUndo>`,
  );
}

/** Total size of the parts, as written. */
export function partsBytes(parts: readonly string[]): number {
  return parts.reduce((n, p) => n + utf8Length(p), 0);
}

function attr(head: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(head);
  return m ? m[1] : null;
}

/** The latest complete record among the parts (parts of older or broken records are ignored). */
export function undoFromParts(xmls: readonly string[]): UndoRecord | null {
  const byId = new Map<string, { time: string; of: number; pieces: Map<number, string> }>();
  for (const xml of xmls) {
    const m = OPEN.exec(xml);
    if (!m) continue;
    const id = attr(m[1], "id");
    const part = Number(attr(m[1], "part"));
    const of = Number(attr(m[1], "of"));
    if (!id || !Number.isInteger(part) || !Number.isInteger(of) || part < 1 || part > of) continue;
    const g = byId.get(id) ?? { time: attr(m[1], "time") ?? "", of, pieces: new Map<number, string>() };
    g.pieces.set(part, unesc(m[2]));
    byId.set(id, g);
  }
  const complete = [...byId.values()].filter((g) => g.pieces.size === g.of).sort((a, b) => (a.time < b.time ? 1 : -1));
  for (const g of complete) {
    try {
      const text = Array.from({ length: g.of }, (_, i) => g.pieces.get(i + 1)!).join("");
      const v = JSON.parse(text) as Omit<UndoRecord, "memoBefore"> & { memoBefore: unknown };
      if (v.version !== 1 || !Array.isArray(v.blocks) || !Array.isArray(v.fills) || !Array.isArray(v.sheets)) continue;
      return { ...v, memoBefore: v.memoBefore ? memoFromJson(v.memoBefore) : null };
    } catch {
      // A damaged record is no record: undo then says there is nothing to undo.
    }
  }
  return null;
}

