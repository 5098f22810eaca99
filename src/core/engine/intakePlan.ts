/**
 * 导入工作簿: what one chamber's (or expert's) workbook adds to the open workbook — its sheets
 * under unique legal names, a summary row per new chamber, a 来源清单 row — decided here as
 * plain data, so the pane and the tests agree on it. The same gathering as `consolidate`
 * (the programme's consolidation) says what a source holds. A file already imported (same content hash) adds
 * nothing; a chamber already in the workbook is replaced only when the user says so.
 */
import { gatherSource } from "./consolidatedBook";
import { Grid, MergeArea, gridToValues } from "../kernel/grid";
import { IntakeTarget, KnownChamber } from "./intakeTarget";
import { formatTime } from "./plan";
import { PlanValue } from "../kernel/sheetSpec";
import type { IntakeRow } from "../contract/programme";
import { programmeOf } from "../contract/registry";
import { otherProgramme } from "./mismatch";
import { Scheme } from "../kernel/schemeBase";
import { uniqueSheetName } from "../kernel/sheetName";
import { Lang, strings } from "../strings";
import { type SheetSpec } from "../kernel/sheetSpec";
import { cellText, normName } from "../kernel/text";

export interface IntakeFile {
  name: string;
  size: number;
  /** `sha256:` and the hex SHA-256 of the file's bytes. */
  hash: string;
}

/** A source sheet going in: its grid, the name it gets, and the chamber sheet it replaces. */
export interface TakeSheet {
  from: string;
  to: string;
  grid: Grid;
  /** The chamber it holds (四好), or null for an expert sheet. */
  chamber: string | null;
  replaces: string | null;
}

/** One summary row to write: 0-based row, values from column 0, and the column that links to the sheet. */
export interface SummaryLine {
  row: number;
  /** True for a new row below the list; false for a replaced chamber's row (only its stated total is written). */
  append: boolean;
  /** null leaves a cell as it is. */
  values: PlanValue[];
  link: { col: number; sheet: string } | null;
}

export type IntakePlan =
  | { kind: "skip"; file: IntakeFile; reason: string; same: boolean }
  /** Chambers already in the workbook from other content: ask whether to replace, then plan again with `replace`. */
  | { kind: "ask"; file: IntakeFile; names: string[] }
  | { kind: "take"; file: IntakeFile; sheets: TakeSheet[]; summary: { sheet: string; lines: SummaryLine[] } | null; replaced: string[]; notes: string[] };

export type SourceRead = { grids: Grid[] } | { error: string };

export interface IntakeOptions {
  lang: Lang;
  /** Province for chambers whose file does not say (chosen in the pane); null leaves it blank. */
  province: string | null;
  /** The user's answer to `ask`: true replaces, false keeps the old ones, undefined asks. */
  replace?: boolean;
}

/** A sheet as values and merges, for Excel without insertWorksheetsFromBase64 (below ExcelApi 1.13). */
export function sheetCopy(g: Grid, name: string): SheetSpec {
  const values: PlanValue[][] = gridToValues(g).map((row) => row.map((v) => (typeof v === "boolean" ? cellText(v) : v)));
  const merges: MergeArea[] = (g.merges ?? []).map((m) => ({ ...m }));
  return { name, values, merges, widths: [] };
}

function summaryLine(target: IntakeTarget, row: IntakeRow, sheet: string | null, at: number, seq: number, province: string | null): SummaryLine {
  const c = target.summary!.cols;
  const values: PlanValue[] = [];
  const put = (col: number | undefined, v: PlanValue) => {
    if (col === undefined) return;
    while (values.length <= col) values.push(null);
    values[col] = v;
  };
  put(c.seq, seq);
  put(c.group, row.group ?? province);
  put(c.name, row.name);
  put(c.type, row.type);
  put(c.statedTotal, row.stated);
  put(c.sheetRef, sheet);
  return { row: at, append: true, values, link: sheet === null ? null : { col: c.sheetRef ?? c.name, sheet } };
}

function chamberPlan(file: IntakeFile, rows: IntakeRow[], target: IntakeTarget, o: IntakeOptions): IntakePlan {
  const t = strings(o.lang).intake.reason;
  const known = rows.map((r) => target.chambers.get(normName(r.name)) ?? null);
  const clash = rows.filter((_, i) => known[i] !== null).map((r) => r.name);
  if (clash.length && o.replace === undefined) return { kind: "ask", file, names: clash };
  const keep = clash.length > 0 && o.replace === false;
  const taken = new Set(target.taken);
  const sheets: TakeSheet[] = [];
  const lines: SummaryLine[] = [];
  const notes: string[] = [];
  const s = target.summary;
  let next = s ? s.nextRow : 0;
  let seq = s ? s.lastSeq : 0;
  rows.forEach((row, i) => {
    const old: KnownChamber | null = known[i];
    if (old && keep) return;
    let to: string | null = null;
    if (row.sheet) {
      // A replaced chamber keeps its sheet's name, so links and formulas pointing to it still hold.
      to = old?.sheet ?? uniqueSheetName(row.name, taken);
      sheets.push({ from: row.sheet.name, to, grid: row.sheet, chamber: row.name, replaces: old?.sheet ?? null });
    } else notes.push(t.noSheet(row.name));
    if (!s) return;
    if (old && old.row !== null) {
      // The summary row stays the user's; only the stated total follows the new file.
      const col = s.cols.statedTotal;
      if (col !== undefined) lines.push({ row: old.row, append: false, values: [...Array<PlanValue>(col).fill(null), row.stated], link: null });
      return;
    }
    lines.push(summaryLine(target, row, to, next++, ++seq, o.province));
  });
  if (keep && !sheets.length) return { kind: "skip", file, reason: t.declined(clash), same: false };
  if (s && lines.filter((l) => l.append).length > s.freeRows) return { kind: "skip", file, reason: t.noRoom(s.sheet, s.nextRow), same: false };
  return { kind: "take", file, sheets, summary: s && lines.length ? { sheet: s.sheet, lines } : null, replaced: keep ? [] : clash, notes: keep ? [...notes, t.declined(clash)] : notes };
}

/** What one source adds, given what the open workbook (`target`, reviewed under `scheme`) already holds. */
export function planSource(file: IntakeFile, read: SourceRead, target: IntakeTarget, scheme: Scheme, o: IntakeOptions): IntakePlan {
  const t = strings(o.lang).intake.reason;
  const earlier = target.imported.get(file.hash);
  if (earlier !== undefined) return { kind: "skip", file, reason: t.same(earlier), same: true };
  if ("error" in read) return { kind: "skip", file, reason: t.unreadable(read.error), same: false };
  const got = gatherSource(read.grids, scheme);
  if (got === null) {
    const other = otherProgramme(read.grids, scheme);
    const words = (kind: string) => programmeOf(kind).words[o.lang];
    return { kind: "skip", file, reason: other ? t.otherProgramme(words(other.programme).workbook(other.sheetKind), words(scheme.kind).current) : t.nothing, same: false };
  }
  const p = programmeOf(scheme);
  const rows = p.intake ? p.intake.rows(got) : null;
  if (rows) return chamberPlan(file, rows, target, o);
  const taken = new Set(target.taken);
  const sheets = (p.intake ? p.intake.sheets(got) : p.consolidation.sheets(got)).map((g) => ({ from: g.name, to: uniqueSheetName(g.name, taken), grid: g, chamber: null, replaces: null }));
  if (!sheets.length) return { kind: "skip", file, reason: t.nothing, same: false };
  return { kind: "take", file, sheets, summary: null, replaced: [], notes: [] };
}

/** The 来源清单 row of one file. */
export function sourcesRow(plan: IntakePlan, now: Date, lang: Lang): PlanValue[] {
  const r = strings(lang).intake.result;
  const f = plan.file;
  if (plan.kind !== "take") return [f.name, f.size, f.hash, formatTime(now), plan.kind === "skip" && plan.same ? r.same : r.skipped, null, null, plan.kind === "skip" ? plan.reason : null];
  const sep = strings(lang).noteSep;
  return [f.name, f.size, f.hash, formatTime(now), plan.replaced.length ? r.replaced : r.taken, plan.sheets.map((s) => s.from).join(sep) || null, plan.sheets.map((s) => s.to).join(sep) || null, plan.notes.join(sep) || null];
}

/** The 来源清单 sheet's header, for the first import into a workbook. */
export function sourcesSheet(name: string, lang: Lang): SheetSpec {
  return { name, values: [strings(lang).intake.sourcesHeader], merges: [], widths: [36, 12, 30, 18, 12, 24, 24, 40] };
}

/**
 * After a file went in: its names are taken, its chambers known, its hash imported, and the
 * summary and 来源清单 move down. Only rows of files that were written are recorded: a skipped
 * file is listed too (so the clerk sees why), but its hash is not, so it can be imported later.
 */
export function commitPlan(target: IntakeTarget, plan: IntakePlan): void {
  if (target.sources) target.sources.nextRow++;
  if (plan.kind !== "take") return;
  target.imported.set(plan.file.hash, plan.file.name);
  for (const s of plan.sheets) target.taken.add(s.to.toLowerCase());
  for (const l of plan.summary?.lines ?? []) {
    if (!l.append) continue;
    const name = cellText(l.values[target.summary!.cols.name] ?? null);
    target.chambers.set(normName(name), { name, sheet: l.link?.sheet ?? null, row: l.row });
  }
  for (const s of plan.sheets) {
    if (s.chamber !== null && !target.chambers.has(normName(s.chamber))) target.chambers.set(normName(s.chamber), { name: s.chamber, sheet: s.to, row: null });
  }
  const n = plan.summary?.lines.filter((l) => l.append).length ?? 0;
  if (target.summary && n) {
    target.summary.nextRow += n;
    target.summary.freeRows -= n;
    target.summary.lastSeq += n;
  }
}

/**
 * A 推荐名单汇总表 for a workbook that has none yet (the first import into an empty workbook):
 * the template's, under a free name; the target then appends to it.
 */
export function newSummary(target: IntakeTarget, scheme: Scheme): SheetSpec | null {
  const made = target.summary ? null : programmeOf(scheme).intake?.newSummary(scheme);
  if (!made) return null;
  const spec = made.spec;
  const name = uniqueSheetName(spec.name, target.taken);
  target.summary = { sheet: name, cols: made.cols, nextRow: spec.values.length, lastSeq: 0, freeRows: Infinity };
  return { ...spec, name };
}
