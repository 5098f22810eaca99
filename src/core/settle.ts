/**
 * A write plan meets the workbook as it is now. The same rules for both adapters: which
 * sheets must be unlocked (the result table and the report; a locked 自评表 only loses its
 * highlights, with one note), which report sheet to write (ours, never one the tool did not
 * create: `校验报告 (2)` then), and whose result columns these are (a user's column holding
 * data is never written over: ours goes to a new column `核验总分【评审助手】`).
 * Adapters read the state, call settlePlan, and apply what it returns.
 */
import { Cell, colName, isEmpty } from "./grid";
import { MemoState, OwnedColumns, isTracked } from "./memo";
import { PlanTable, ValueBlock, WritePlan } from "./plan";
import { legalSheetName, nthSheetName } from "./sheetName";
import { Lang, strings } from "./strings";
import { normHeader } from "./text";

export interface FillState {
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
  /** The result table's header row now: non-empty cells. */
  header: { col: number; text: string }[];
  /** What a cell the plan writes holds now. */
  valueAt(sheet: string, row: number, col: number): Cell;
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
  /** What the memo records as ours after the fill. */
  owned: { reports: string[]; columns: OwnedColumns[] };
}

/** A report sheet the first release made: its A1 is the report title. */
export function looksLikeOurReport(a1: Cell | undefined): boolean {
  return typeof a1 === "string" && (a1 === strings("zh").report.title || a1 === strings("en").report.title);
}

/** The label of our result column when the user already has a column of that name. */
export function ourColumnLabel(label: string): string {
  return strings("zh").trust.ourColumn(label);
}

function finder(sheets: FillState["sheets"]): (name: string) => FillState["sheets"][number] | undefined {
  const m = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  return (name) => m.get(name.toLowerCase());
}

/** The report target: the lowest-numbered candidate that is ours, else the first free name. */
function reportTarget(plan: WritePlan, state: FillState, find: ReturnType<typeof finder>): { name: string; exists: boolean; avoided: string | null } {
  const base = legalSheetName(plan.report.sheet);
  const tracked = isTracked(state.memo);
  const ours = new Set((state.memo.reports ?? []).map((r) => r.toLowerCase()));
  const isOurs = (name: string) => state.isBlank(name) || (tracked ? ours.has(name.toLowerCase()) : looksLikeOurReport(state.titleOf(name)));
  const first = find(base);
  // Said on every fill that does not write to `base`: the reason the report is elsewhere.
  const avoided = first && !isOurs(first.name) ? first.name : null;
  for (let n = 1; ; n++) {
    const s = find(nthSheetName(base, n));
    if (!s) return { name: nthSheetName(base, n), exists: false, avoided };
    if (isOurs(s.name)) return { name: s.name, exists: true, avoided };
  }
}

/** Blocks with some columns of one sheet moved elsewhere (each moved column becomes its own block). */
export function moveColumns(blocks: ValueBlock[], sheet: string, moves: Map<number, number>): ValueBlock[] {
  if (!moves.size) return blocks;
  const out: ValueBlock[] = [];
  for (const b of blocks) {
    const width = b.values[0]?.length ?? 0;
    if (b.sheet !== sheet || !Array.from({ length: width }, (_, j) => moves.has(b.col + j)).some(Boolean)) {
      out.push(b);
      continue;
    }
    let run: number[] = [];
    const flush = () => {
      if (run.length) out.push({ sheet, row: b.row, col: b.col + run[0], values: b.values.map((r) => run.map((j) => r[j])) });
      run = [];
    };
    for (let j = 0; j < width; j++) {
      const to = moves.get(b.col + j);
      if (to === undefined) run.push(j);
      else {
        flush();
        out.push({ sheet, row: b.row, col: to, values: b.values.map((r) => [r[j]]) });
      }
    }
    flush();
  }
  return out;
}

interface Columns {
  blocks: ValueBlock[];
  labels: string[];
  notes: FillNote[];
}

/** Whose result columns these are; moves ours off a user's column that holds data. */
function settleColumns(t: PlanTable, blocks: ValueBlock[], state: FillState): Columns | SettleRefusal {
  const at = new Map(state.header.map((h) => [h.col, normHeader(h.text)]));
  // A column is found when its label stands there now; one the plan appends must still be free.
  const found = new Set<number>();
  for (const c of t.columns) {
    const now = at.get(c.col) ?? "";
    if (now === normHeader(c.label)) found.add(c.col);
    else if (!(c.appended && now === "")) return { code: "SHEET_CHANGED", sheet: t.sheet };
  }
  const tracked = isTracked(state.memo);
  const owned = new Set((state.memo.columns ?? []).filter((c) => c.sheet.toLowerCase() === t.sheet.toLowerCase()).flatMap((c) => c.labels.map(normHeader)));
  const cols = t.columns.map((c) => c.col);
  // The first release appended every result column, in order, side by side.
  const legacy = !tracked && found.size === cols.length && cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  const written = new Map<number, boolean>();
  for (const b of blocks) {
    if (b.sheet !== t.sheet) continue;
    b.values.forEach((row, i) =>
      row.forEach((_, j) => {
        const col = b.col + j;
        if (b.row + i > t.headerRow && !isEmpty(state.valueAt(t.sheet, b.row + i, col))) written.set(col, true);
      }),
    );
  }
  let next = Math.max(t.appendAt, ...t.columns.map((c) => c.col + 1), ...state.header.map((h) => h.col + 1));
  const moves = new Map<number, number>();
  const headerBlocks: ValueBlock[] = [];
  const labels: string[] = [];
  const notes: FillNote[] = [];
  for (const c of t.columns) {
    if (!found.has(c.col) || owned.has(normHeader(c.label)) || legacy || !written.get(c.col)) {
      labels.push(c.label);
      continue;
    }
    const label = ourColumnLabel(c.label);
    const existing = state.header.find((h) => normHeader(h.text) === normHeader(label));
    const to = existing ? existing.col : next++;
    moves.set(c.col, to);
    if (!existing) headerBlocks.push({ sheet: t.sheet, row: t.headerRow, col: to, values: [[label]] });
    labels.push(label);
    notes.push({ kind: "columnMoved", sheet: t.sheet, label: c.label, newLabel: label, userColumn: colName(c.col) });
  }
  return { blocks: [...moveColumns(blocks, t.sheet, moves), ...headerBlocks], labels, notes };
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
  const columns: OwnedColumns[] = (isTracked(state.memo) ? state.memo.columns ?? [] : []).map((c) => ({ sheet: c.sheet, labels: [...c.labels] }));
  if (table) {
    const c = settleColumns(table, blocks, state);
    if ("code" in c) return { ok: false, refusal: c };
    blocks = c.blocks;
    notes.push(...c.notes);
    const mine = columns.find((x) => x.sheet.toLowerCase() === table.sheet.toLowerCase());
    if (mine) mine.labels = [...new Set([...mine.labels, ...c.labels])];
    else columns.push({ sheet: table.sheet, labels: c.labels });
  }
  const reports = [...new Set([...(isTracked(state.memo) ? state.memo.reports ?? [] : []), report.name])];
  const touchedSet = new Set([...blocks.map((b) => b.sheet), ...highlights.map((h) => h.sheet)]);
  return {
    ok: true,
    settled: {
      plan: { ...plan, blocks, highlights, report: { ...plan.report, sheet: report.name }, touched: plan.touched.filter((n) => touchedSet.has(n)) },
      reportExists: report.exists,
      notes,
      owned: { reports, columns },
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
