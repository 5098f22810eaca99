import { Severity } from "../kernel/issues";
import { entryNote, issueMessage } from "../contract/messages";
import { programmeOf } from "../contract/registry";
import { Entry, Review } from "../kernel/result";
import type { PlanValue } from "../kernel/sheetSpec";
import type { Scheme } from "../kernel/schemeBase";
import { Lang, strings } from "../strings";

/** A rectangle of values written in one go. */
export interface ValueBlock {
  sheet: string;
  row: number;
  col: number;
  values: PlanValue[][];
}

export interface Highlight {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  /** `#RRGGBB` */
  color: string;
}

export interface ReportLink {
  row: number;
  col: number;
  sheet: string;
  cell: string;
}

export interface ReportPlan {
  sheet: string;
  values: PlanValue[][];
  links: ReportLink[];
  /** Column widths in characters. */
  widths: number[];
}

/** Where the result columns go, so that an adapter can check whose columns they land on (settle.ts). */
export interface PlanTable {
  sheet: string;
  headerRow: number;
  /** Result columns in scheme order; `appended` when no header of that label was found. */
  columns: { key: string; label: string; col: number; appended: boolean }[];
  /** First column after everything the sheet used. */
  appendAt: number;
}

/** Everything a fill writes, as plain data; the adapters only apply it. */
export interface WritePlan {
  blocks: ValueBlock[];
  highlights: Highlight[];
  report: ReportPlan;
  /** Existing sheets the plan writes to (values or fills), in workbook order. */
  touched: string[];
  /** The result columns' sheet and places; absent in plans made by hand (then every written sheet is required). */
  table?: PlanTable | null;
}

export interface PlanOptions {
  /** Language of the 校验报告 sheet; result columns are always Chinese. */
  lang?: Lang;
  now: Date;
  /** Write computed values into blank 小计/合计 cells. */
  fillStatedTotals?: boolean;
}

export const FILL_COLORS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** A result cell: status, rank and 校验说明 are the engine's; the other columns are the programme's. */
function resultValue(e: Entry, key: string, scheme: Scheme, lang: Lang): PlanValue {
  switch (key) {
    case "status":
      return strings(lang).status[e.status];
    case "rank":
      return e.rank;
    case "note":
      return entryNote(e, lang) || null;
  }
  return programmeOf(scheme).resultValue(e, key, lang);
}

/** Splits sorted numbers into runs of consecutive values. */
function runs(sorted: number[]): number[][] {
  const out: number[][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[last.length - 1] + 1) last.push(n);
    else out.push([n]);
  }
  return out;
}

function resultBlocks(review: Review, lang: Lang): { blocks: ValueBlock[]; table: PlanTable | null } {
  const table = review.table;
  if (!table) return { blocks: [], table: null };
  const blocks: ValueBlock[] = [];
  let next = table.appendAt;
  const cols = table.columns.map((c) => ({ ...c, col: c.col ?? next++, appended: c.col === null }));
  const appended = cols.filter((c) => c.appended);
  if (appended.length) {
    blocks.push({ sheet: table.sheet, row: table.headerRow, col: appended[0].col, values: [appended.map((c) => c.label)] });
  }
  const entries = review.entries.filter((e) => e.sheet === table.sheet).sort((a, b) => a.row - b.row);
  const byRow = new Map(entries.map((e) => [e.row, e]));
  const colRuns = runs(cols.map((c) => c.col).sort((a, b) => a - b));
  const keyAt = new Map(cols.map((c) => [c.col, c.key]));
  for (const rowRun of runs(entries.map((e) => e.row))) {
    for (const colRun of colRuns) {
      blocks.push({
        sheet: table.sheet,
        row: rowRun[0],
        col: colRun[0],
        values: rowRun.map((r) => colRun.map((c) => resultValue(byRow.get(r)!, keyAt.get(c)!, review.scheme, lang))),
      });
    }
  }
  const planTable: PlanTable = {
    sheet: table.sheet,
    headerRow: table.headerRow,
    columns: cols.map((c) => ({ key: c.key, label: c.label, col: c.col, appended: c.appended })),
    appendAt: table.appendAt,
  };
  return { blocks, table: planTable };
}

function highlights(review: Review): Highlight[] {
  const worst = new Map<string, Highlight>();
  for (const i of review.issues) {
    if (!i.at) continue;
    const k = `${i.sheet}\u0000${i.at.row}\u0000${i.at.col}`;
    const had = worst.get(k);
    if (had && had.severity === "error") continue;
    worst.set(k, { sheet: i.sheet, row: i.at.row, col: i.at.col, severity: i.severity, color: FILL_COLORS[i.severity] });
  }
  return [...worst.values()];
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function reportPlan(review: Review, lang: Lang, now: Date): ReportPlan {
  const t = strings(lang);
  const r = t.report;
  const c = review.counts;
  const values: PlanValue[][] = [
    [r.title],
    [r.scheme, `${review.scheme.title[lang]}（${review.scheme.id}）`],
    [r.time, formatTime(now)],
    [r.entries, c.entries],
    [r.qualified, c.qualified],
    [r.disqualified, c.disqualified],
    [r.pending, c.pending],
    [r.errors, c.errors],
    [r.warnings, c.warnings],
    [],
    [...r.columns],
  ];
  const links: ReportLink[] = [];
  for (const i of review.issues) {
    if (i.cell) links.push({ row: values.length, col: 3, sheet: i.sheet, cell: i.cell });
    values.push([t.severity[i.severity], i.code, i.sheet, i.cell, issueMessage(i, lang)]);
  }
  if (!review.issues.length) values.push([r.noIssues]);
  for (const sec of programmeOf(review.scheme).sections?.(review, lang) ?? []) {
    values.push([], [sec.title], [sec.note], sec.columns.map((c) => c.label), ...sec.rows.map((row) => [...row]));
  }
  const width = 5;
  for (const row of values) while (row.length < width) row.push(null);
  return { sheet: review.scheme.reportSheet, values, links, widths: [12, 26, 24, 10, 80] };
}

export function buildWritePlan(review: Review, opts: PlanOptions): WritePlan {
  const lang = opts.lang ?? "zh";
  // The form's own cells are data in the form's language: 资格审查, 名额内 and 校验说明 stay
  // Chinese whatever the pane or CLI speaks, so filters, formulas and the office reading the
  // form see one vocabulary. Only the tool's own 校验报告 sheet follows `lang` (docs/user-guide.md, Language).
  const { blocks, table } = resultBlocks(review, "zh");
  if (opts.fillStatedTotals) {
    for (const f of review.statedFills) blocks.push({ sheet: f.sheet, row: f.row, col: f.col, values: [[f.value]] });
  }
  const hl = highlights(review);
  const touchedSet = new Set<string>([...blocks.map((b) => b.sheet), ...hl.map((h) => h.sheet)]);
  const touched = review.sheetOrder.filter((n) => touchedSet.has(n));
  return { blocks, highlights: hl, report: reportPlan(review, lang, opts.now), touched, table };
}
