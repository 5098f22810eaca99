import { utf8Length } from "../kernel/hash";
import type { ReportCheck } from "./owned";
import { XML_ILLEGAL } from "../kernel/text";

/**
 * The original fill of a highlighted cell, kept in the workbook so that highlights can be
 * cleared (by either adapter) long after the fill. `fill` is `#RRGGBB` or null for none;
 * `style` is the file adapter's original cell style index when it made the highlight.
 */
export interface FillMemo {
  sheet: string;
  cell: string;
  fill: string | null;
  style?: number;
}

/** Result-column headers on one sheet that this tool created (or found empty and took). */
export interface OwnedColumns {
  sheet: string;
  labels: string[];
  /** Per label, the values the last fill wrote there (owned.ts `tallyOf`); a column without one is taken on the memo's word. */
  tallies?: Record<string, string>;
}

/** Namespace of the custom XML part(s) that hold the memo in a workbook. */
export const MEMO_NAMESPACE = "urn:review-assistant:state:1";

/** The Office document setting (Office.context.document.settings) that holds a custom scheme's JSON. */
export const SCHEME_SETTING = "reviewAssistant.scheme";

/**
 * Version 1 (the first release) kept highlights only. Version 2 also tracks what the tool
 * created: report sheets and result columns, and (since the record of what was written was
 * added, still version 2: older readers skip it) what it last wrote there. A workbook without
 * a version 2 memo is "untracked": ownership is then recognised from what the sheets hold.
 */
export interface MemoState {
  version: 1 | 2;
  highlights: FillMemo[];
  reports?: string[];
  /** What the tool last wrote on each of its report sheets (absent in memos written before it was kept). */
  reportChecks?: ReportCheck[];
  columns?: OwnedColumns[];
}

export function emptyMemo(): MemoState {
  return { version: 1, highlights: [] };
}

/** True when the memo says what the tool created (so nothing is guessed from content). */
export function isTracked(m: MemoState): boolean {
  return m.version === 2;
}

/**
 * One part's XML text stays under this many bytes: Excel on the web refuses requests and
 * responses above 5 MB, and writing a part sends it whole (escaped once more as JSON).
 */
export const PART_BYTES = 1_000_000;

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unesc(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Highlights as runs of consecutive entries sharing sheet, fill and style: `[sheet, fill, style, "B2 B3 C7"]`. */
type Run = [string, string | null, number | null, string];

function runsOf(list: FillMemo[]): Run[] {
  const out: Run[] = [];
  for (const h of list) {
    const last = out[out.length - 1];
    const style = h.style ?? null;
    if (last && last[0] === h.sheet && last[1] === h.fill && last[2] === style) last[3] += ` ${h.cell}`;
    else out.push([h.sheet, h.fill, style, h.cell]);
  }
  return out;
}

/** The memo as compact JSON (runs of highlights), for keeping it inside another record. */
export function memoToJson(state: MemoState): unknown {
  if (state.version === 1) return { version: 1, highlights: state.highlights };
  return { version: 2, ...ownedOf(state), highlights: runsOf(state.highlights) };
}

/**
 * What the tool owns, as stored: the first part carries it whole. The records of what was
 * written stay within a part with room for highlights; beyond that (a summary of some 50,000
 * entries) the columns' tallies are left out and the memo's word is taken for them, as before.
 */
function ownedOf(state: MemoState): Record<string, unknown> {
  const owned = { reports: state.reports ?? [], reportChecks: state.reportChecks ?? [], columns: state.columns ?? [] };
  if (utf8Length(esc(json(owned))) <= PART_BYTES / 2) return owned;
  return { ...owned, columns: owned.columns.map((c) => ({ sheet: c.sheet, labels: c.labels })) };
}

/**
 * JSON that XML 1.0 can carry: characters it cannot (U+FFFE, U+FFFF, controls, lone
 * surrogates, e.g. in a sheet name another tool wrote) become `\uXXXX` escapes, meaning kept.
 */

function json(v: unknown): string {
  return JSON.stringify(v).replace(XML_ILLEGAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function partXml(body: unknown): string {
  return `${HEAD}<reviewAssistant xmlns="${MEMO_NAMESPACE}">${esc(json(body))}</reviewAssistant>`;
}

/**
 * The memo as custom XML part texts, each under PART_BYTES (JSON inside one element keeps
 * both adapters' parsers trivial). The first part carries what the tool owns.
 */
export function memoParts(state: MemoState): string[] {
  // A first-release memo stays one: its workbook keeps being recognised as the first release left it.
  if (state.version === 1) return [partXml({ version: 1, highlights: state.highlights })];
  const owned = ownedOf(state);
  const runs = runsOf(state.highlights);
  const parts: string[] = [];
  let cur: Run[] = [];
  let size = utf8Length(partXml({ version: 2, ...owned }));
  const flush = () => {
    parts.push(partXml(parts.length ? { version: 2, highlights: cur } : { version: 2, ...owned, highlights: cur }));
    cur = [];
    size = utf8Length(partXml({ version: 2 }));
  };
  // Room for the wrapper of a part and its `"highlights":[…]`.
  const room = PART_BYTES - 256;
  for (const r of runs) {
    const bytes = utf8Length(esc(json(r))) + 1;
    if (cur.length && size + bytes > room) flush();
    cur.push(r);
    size += bytes;
  }
  flush();
  return parts;
}

/** The memo's text for one part (small memos; tests and the first release's callers). */
export function memoToXml(state: MemoState): string {
  return memoParts(state)[0];
}

/** A cell address as the adapters write it (`E12`). */
const CELL = /^[A-Z]{1,3}[1-9]\d*$/;

function cellsOfRun(r: unknown): FillMemo[] {
  if (!Array.isArray(r) || typeof r[0] !== "string" || typeof r[3] !== "string") return [];
  const fill = typeof r[1] === "string" ? r[1] : null;
  const style = typeof r[2] === "number" ? r[2] : undefined;
  return r[3]
    .split(" ")
    .filter((c) => CELL.test(c))
    .map((cell) => (style === undefined ? { sheet: r[0], cell, fill } : { sheet: r[0], cell, fill, style }));
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function checks(v: unknown): ReportCheck[] {
  if (!Array.isArray(v)) return [];
  return (v as Partial<ReportCheck>[]).filter(
    (c): c is ReportCheck => !!c && typeof c.sheet === "string" && Number.isInteger(c.rows) && Number.isInteger(c.cols) && typeof c.hash === "string",
  ).map((c) => ({ sheet: c.sheet, rows: c.rows, cols: c.cols, hash: c.hash }));
}

function tallies(v: unknown): Record<string, string> | undefined {
  if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, t] of Object.entries(v as Record<string, unknown>)) if (typeof t === "string") out[k] = t;
  return out;
}

function column(c: Partial<OwnedColumns>): OwnedColumns {
  const t = tallies(c.tallies);
  return t ? { sheet: c.sheet!, labels: strings(c.labels), tallies: t } : { sheet: c.sheet!, labels: strings(c.labels) };
}

export function memoFromXml(xml: string): MemoState {
  const m = /<reviewAssistant[^>]*>([\s\S]*)<\/reviewAssistant>/.exec(xml);
  if (!m) return emptyMemo();
  try {
    return memoFromJson(JSON.parse(unesc(m[1])));
  } catch {
    // A damaged memo only means old highlights cannot be undone; never fail a fill for it.
  }
  return emptyMemo();
}

/** The memo from its JSON (either version); anything unreadable is an empty memo. */
export function memoFromJson(json: unknown): MemoState {
  const v = (json ?? {}) as Record<string, unknown>;
  if (v.version === 1 && Array.isArray(v.highlights)) {
    const list = v.highlights as Partial<FillMemo>[];
    return {
      version: 1,
      highlights: list.filter((h): h is FillMemo => !!h && typeof h.sheet === "string" && typeof h.cell === "string" && CELL.test(h.cell)),
    };
  }
  if (v.version === 2) {
    const columns = Array.isArray(v.columns) ? (v.columns as Partial<OwnedColumns>[]).filter((c) => c && typeof c.sheet === "string").map(column) : [];
    return { version: 2, highlights: Array.isArray(v.highlights) ? v.highlights.flatMap(cellsOfRun) : [], reports: strings(v.reports), reportChecks: checks(v.reportChecks), columns };
  }
  return emptyMemo();
}

export function memoKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/**
 * Every memo part merged (a long memo spans several; a copy-pasted workbook may carry two).
 * The first entry for a cell wins; a version 2 part makes the whole memo tracked.
 */
export function mergeMemos(xmls: string[]): MemoState {
  const out: MemoState = emptyMemo();
  const seen = new Set<string>();
  const reports = new Set<string>();
  const reportChecks = new Map<string, ReportCheck>();
  const columns = new Map<string, { labels: Set<string>; tallies: Map<string, string> }>();
  for (const xml of xmls) {
    const m = memoFromXml(xml);
    if (m.version === 2) out.version = 2;
    for (const h of m.highlights) {
      const k = memoKey(h.sheet, h.cell);
      if (seen.has(k)) continue;
      seen.add(k);
      out.highlights.push(h);
    }
    for (const r of m.reports ?? []) reports.add(r);
    for (const c of m.reportChecks ?? []) if (!reportChecks.has(c.sheet)) reportChecks.set(c.sheet, c);
    for (const c of m.columns ?? []) {
      const got = columns.get(c.sheet) ?? { labels: new Set<string>(), tallies: new Map<string, string>() };
      c.labels.forEach((l) => got.labels.add(l));
      for (const [l, t] of Object.entries(c.tallies ?? {})) if (!got.tallies.has(l)) got.tallies.set(l, t);
      columns.set(c.sheet, got);
    }
  }
  if (out.version === 2) {
    out.reports = [...reports];
    out.reportChecks = [...reportChecks.values()];
    out.columns = [...columns].map(([sheet, c]) => (c.tallies.size ? { sheet, labels: [...c.labels], tallies: Object.fromEntries(c.tallies) } : { sheet, labels: [...c.labels] }));
  }
  return out;
}

/** True when a cell still shows one of our highlight colours (so restoring loses nothing of the user's). */
export function isOurColor(fill: string | null | undefined, colors: readonly string[]): boolean {
  if (!fill) return false;
  const f = fill.toUpperCase();
  return colors.some((c) => c.toUpperCase() === f);
}
