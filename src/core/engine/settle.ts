/**
 * A write plan meets the workbook as it is now. The same rules for both adapters: which
 * sheets must be unlocked (the result table and the report; a locked 自评表 only loses its
 * highlights, with one note), which report sheet to write (ours, never one the tool did not
 * create, nor one it made that the user has since replaced or written in: `校验报告 (2)` then),
 * and whose result columns these are (ownColumns.ts: a column holding anything of the user's
 * is never written over; ours goes to a new column `核验总分【评审助手】`).
 * Adapters read the state, call settlePlan, and apply what it returns.
 */
import { Cell } from "../kernel/grid";
import { MemoState, OwnedColumns, isTracked } from "./memo";
import { ColumnState, settleColumns } from "./ownColumns";
import { ReportCheck, SheetContent, reportCheck, stillHolds } from "./owned";
import { looksLikeOurReport } from "../kernel/reportSheet";
import { WritePlan } from "./plan";
import { legalSheetName, nthSheetName } from "../kernel/sheetName";
import { Lang, strings } from "../strings";

export interface FillState extends ColumnState {
  /**
   * Every sheet now, in workbook order. `protected` is read only of the sheets the plan
   * writes or marks and of the report's candidates, so an adapter may work it out lazily.
   */
  sheets: { name: string; protected: boolean }[];
  /** Workbook structure protected: no sheet can be added. */
  structureLocked: boolean;
  memo: MemoState;
  /** A1 of an existing sheet, to recognise a report the first release made (untracked workbooks). */
  titleOf(sheet: string): Cell | undefined;
  /** True when an existing sheet holds no value at all: taking it loses nothing. */
  isBlank(sheet: string): boolean;
  /**
   * What an existing sheet holds, asked only of a report sheet the memo records what it wrote
   * on (reportReads); null when it was not read.
   */
  contentOf?(sheet: string): SheetContent | null;
}

export type SettleRefusal = {
  code: "SHEET_PROTECTED" | "SHEET_MISSING" | "STRUCTURE_LOCKED" | "SHEET_CHANGED";
  sheet: string;
};

export type FillNote =
  | { kind: "lockedSkipped"; sheets: string[] }
  | { kind: "reportRenamed"; userSheet: string; sheet: string }
  | { kind: "columnMoved"; sheet: string; label: string; newLabel: string; userColumn: string };

export interface Settled {
  /** The plan to apply: report sheet named, locked sheets' highlights gone, result columns placed. */
  plan: WritePlan;
  /** True when the report sheet exists (ours, rewritten in place). */
  reportExists: boolean;
  notes: FillNote[];
  /** What the memo records as ours after the fill, with what the fill writes there. */
  owned: { reports: string[]; reportChecks: ReportCheck[]; columns: OwnedColumns[] };
}

function finder(sheets: FillState["sheets"]): (name: string) => FillState["sheets"][number] | undefined {
  const m = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  return (name) => m.get(name.toLowerCase());
}

/** The report sheets the memo claims, with what it last wrote on each (when it kept that). */
function claimedReports(memo: MemoState): Map<string, ReportCheck | null> {
  const checks = new Map((memo.reportChecks ?? []).map((c) => [c.sheet.toLowerCase(), c]));
  return new Map(isTracked(memo) ? (memo.reports ?? []).map((r) => [r.toLowerCase(), checks.get(r.toLowerCase()) ?? null]) : []);
}

/** The report sheets whose content an adapter must hand to settlePlan (`contentOf`): those the memo records what it wrote on. */
export function reportReads(memo: MemoState): ReportCheck[] {
  const claims = claimedReports(memo);
  return (memo.reportChecks ?? []).filter((c) => claims.get(c.sheet.toLowerCase()));
}

interface ReportTarget {
  name: string;
  exists: boolean;
  avoided: string | null;
  /** Sheets the memo claims that are not ours any more (the user replaced them or wrote in them). */
  lost: Set<string>;
}

/** The report target: the lowest-numbered candidate that is ours, else the first free name. */
function reportTarget(plan: WritePlan, state: FillState, find: ReturnType<typeof finder>): ReportTarget {
  const base = legalSheetName(plan.report.sheet);
  const tracked = isTracked(state.memo);
  const claims = claimedReports(state.memo);
  const lost = new Set<string>();
  const isOurs = (name: string) => {
    if (state.isBlank(name)) return true;
    if (!tracked) return looksLikeOurReport(state.titleOf(name));
    const key = name.toLowerCase();
    if (!claims.has(key)) return false;
    const check = claims.get(key);
    // Ours only while it holds what we last wrote; a memo from before that record was kept: while it shows our title.
    const holds = check ? stillHolds(check, state.contentOf?.(name)) : looksLikeOurReport(state.titleOf(name));
    if (!holds) lost.add(key);
    return holds;
  };
  const first = find(base);
  // Said on every fill that does not write to `base`: the reason the report is elsewhere.
  const avoided = first && !isOurs(first.name) ? first.name : null;
  for (let n = 1; ; n++) {
    const s = find(nthSheetName(base, n));
    if (!s) return { name: nthSheetName(base, n), exists: false, avoided, lost };
    if (isOurs(s.name)) return { name: s.name, exists: true, avoided, lost };
  }
}

/**
 * Sheets a plan cannot do without: the result table's (or, in a plan made by hand, every
 * sheet it writes values to). Others — a 自评表 only marked or given a blank 小计 — may be
 * skipped when locked.
 */
export function requiredSheets(plan: WritePlan): Set<string> {
  return new Set(plan.table ? [plan.table.sheet] : plan.blocks.map((b) => b.sheet));
}

/** The first sheet the plan needs that is protected, or null (what a pane can say before asking Excel). */
export function lockedRequired(plan: WritePlan, sheets: readonly { name: string; protected?: boolean }[]): string | null {
  const need = requiredSheets(plan);
  return sheets.find((s) => s.protected && need.has(s.name))?.name ?? null;
}

export function settlePlan(plan: WritePlan, state: FillState): { ok: true; settled: Settled } | { ok: false; refusal: SettleRefusal } {
  const find = finder(state.sheets);
  const table = plan.table ?? null;
  const required = requiredSheets(plan);
  const optional = new Set([...plan.blocks.map((b) => b.sheet), ...plan.highlights.map((h) => h.sheet)].filter((s) => !required.has(s)));
  const locked: string[] = [];
  for (const name of [...required, ...optional]) {
    const s = find(name);
    if (!s) return { ok: false, refusal: { code: "SHEET_MISSING", sheet: name } };
    if (!s.protected) continue;
    if (required.has(name)) return { ok: false, refusal: { code: "SHEET_PROTECTED", sheet: s.name } };
    locked.push(name);
  }
  const report = reportTarget(plan, state, find);
  if (report.exists && find(report.name)!.protected) return { ok: false, refusal: { code: "SHEET_PROTECTED", sheet: report.name } };
  if (!report.exists && state.structureLocked) return { ok: false, refusal: { code: "STRUCTURE_LOCKED", sheet: report.name } };

  const skip = new Set(locked);
  let blocks = plan.blocks.filter((b) => !skip.has(b.sheet));
  const highlights = plan.highlights.filter((h) => !skip.has(h.sheet));
  const notes: FillNote[] = [];
  if (locked.length) notes.push({ kind: "lockedSkipped", sheets: locked });
  if (report.avoided) notes.push({ kind: "reportRenamed", userSheet: report.avoided, sheet: report.name });
  let columns: OwnedColumns[] = isTracked(state.memo) ? state.memo.columns ?? [] : [];
  if (table) {
    const c = settleColumns(table, blocks, state);
    if (c === "changed") return { ok: false, refusal: { code: "SHEET_CHANGED", sheet: table.sheet } };
    blocks = c.blocks;
    notes.push(...c.notes);
    columns = [...columns.filter((x) => x.sheet.toLowerCase() !== table.sheet.toLowerCase()), c.owned];
  }
  const kept = (isTracked(state.memo) ? state.memo.reports ?? [] : []).filter((r) => !report.lost.has(r.toLowerCase()));
  const reports = [...new Set([...kept, report.name])];
  const written = reportCheck(report.name, plan.report.values);
  const reportChecks = [...(state.memo.reportChecks ?? []).filter((c) => c.sheet.toLowerCase() !== report.name.toLowerCase() && reports.includes(c.sheet)), written];
  const touchedSet = new Set([...blocks.map((b) => b.sheet), ...highlights.map((h) => h.sheet)]);
  return {
    ok: true,
    settled: {
      plan: { ...plan, blocks, highlights, report: { ...plan.report, sheet: report.name }, touched: plan.touched.filter((n) => touchedSet.has(n)) },
      reportExists: report.exists,
      notes,
      owned: { reports, reportChecks, columns },
    },
  };
}

/** A note in words, for the pane and the CLI alike. */
export function fillNoteText(n: FillNote, lang: Lang): string {
  const t = strings(lang).trust.notes;
  if (n.kind === "lockedSkipped") return t.lockedSkipped(n.sheets);
  if (n.kind === "reportRenamed") return t.reportRenamed(n.userSheet, n.sheet);
  return t.columnMoved(n.sheet, n.label, n.newLabel, n.userColumn);
}
