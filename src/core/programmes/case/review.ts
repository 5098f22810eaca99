/**
 * The 创新中国 review (SPEC §4): expert rows checked, matched to the case list, 回避 and
 * conflicts left out, scores, eligibility, the panel statistics and normalisation, ranking.
 */
import { Grid } from "../../kernel/grid";
import { Issue, sortIssues } from "../../kernel/issues";
import { makeIssue } from "./codes";
import { Review } from "../../kernel/result";
import type { CaseEntry } from "./entry";
import type { CaseScheme } from "./scheme";
import { countsOf } from "../../kernel/counts";
import { preferNamed, resultColumns, resultTable } from "../../kernel/table";
import { classify } from "./classify";
import { blankEntry, caseEntry, checkRecommenders } from "./eligibility";
import { reviewPanel } from "./panel";
import { rankCases } from "./ranking";
import { Tally, countedRows } from "./recusal";
import { Scored, checkRows, nameMatch, seqMatch } from "./rows";
import { scoreEntry } from "./caseScore";

export { mapCaseCategory } from "./classify";
export { caseScore } from "./caseScore";

export const CASE_RESULT_KEYS = ["experts", "score", "rank", "shortlist", "final", "status", "note"] as const;

/** Result columns in order; 标准化分 follows 平均分 only when the scheme normalises. */
export function caseResultKeys(scheme: CaseScheme): readonly (keyof CaseScheme["resultColumns"])[] {
  return scheme.normalize === "zscore" ? ["experts", "score", "normalized", "rank", "shortlist", "final", "status", "note"] : CASE_RESULT_KEYS;
}

export function reviewCase(grids: Grid[], scheme: CaseScheme, detected: boolean): Review {
  const c = classify(grids, scheme);
  const issues: Issue[] = [];
  const sheetOrder = grids.map((g) => g.name);
  const caseSheet = preferNamed(c.cases, scheme.summarySheetHint);
  if (!caseSheet && c.experts.length === 0 && grids.length) issues.push(makeIssue("NO_KNOWN_SHEET", grids[0].name, null));

  const scored = checkRows(c.experts, issues, caseSheet ? caseSheet.header.cols.seq !== undefined : true);
  const tallies = new Map<(typeof c.experts)[number], Tally>();
  const counted = new Map<CaseEntry, Scored[]>();
  /** The rows of `e` that count, scored: 回避 and conflicted rows are left out first. */
  const score = (e: CaseEntry, list: Scored[], sheet: string) => {
    const rows = countedRows(e, list, issues, tallies);
    counted.set(e, rows);
    scoreEntry(e, rows, scheme, issues, e.nameAt, sheet, tallies);
  };

  const table = caseSheet
    ? resultTable(caseSheet.grid, caseSheet.header, resultColumns(caseSheet.grid, caseSheet.header, caseResultKeys(scheme), scheme.resultColumns), caseSheet.end)
    : null;
  const entries: CaseEntry[] = [];
  if (caseSheet) {
    const used = new Set<string>();
    const order = new Map(c.experts.map((ex, i) => [ex, i]));
    const dupes = new Map<string, number[]>();
    for (const r of caseSheet.rows) dupes.set(r.nameKey, [...(dupes.get(r.nameKey) ?? []), r.row]);
    for (const r of caseSheet.rows) {
      // Sheets keyed by 序号 and sheets keyed by name, back in sheet order (trimming drops the first of equals).
      const keys = [...(r.seqKey !== null ? [seqMatch(r.seqKey)] : []), nameMatch(r.nameKey)];
      keys.forEach((k) => used.add(k));
      const rows = keys.flatMap((k) => scored.get(k) ?? []).sort((a, b) => order.get(a.expert)! - order.get(b.expert)!);
      const e = caseEntry(caseSheet, r, scheme, issues, (x) => score(x, rows, caseSheet.grid.name));
      const same = dupes.get(r.nameKey)!;
      if (same.length > 1) {
        const d = makeIssue("DUPLICATE_ENTRY", caseSheet.grid.name, r.nameAt, { name: r.name, rows: same.map((x) => x + 1).join("、") });
        issues.push(d);
        e.errors.push(d);
      }
      entries.push(e);
    }
    for (const row of caseSheet.nameless) {
      const at = { row, col: caseSheet.header.cols.name as number };
      const e = blankEntry(caseSheet.grid.name, row, "", at);
      const ni = makeIssue("NAME_MISSING", caseSheet.grid.name, at, { row: row + 1 });
      issues.push(ni);
      e.errors.push(ni);
      entries.push(e);
    }
    entries.sort((a, b) => a.row - b.row);
    for (const [key, list] of scored) {
      if (used.has(key)) continue;
      for (const s of list) {
        issues.push(makeIssue("UNKNOWN_CASE", s.expert.grid.name, s.row.keyAt, { key: s.row.label }));
        if (!s.row.abstainedAt) issues.push(...s.issues);
      }
    }
    checkRecommenders(entries, caseSheet, scheme, issues);
  } else {
    // Expert sheets alone: one entry per case key, ranked together.
    for (const [, list] of scored) {
      const first = list[0];
      const e = blankEntry(first.expert.grid.name, first.row.row, first.row.label, first.row.keyAt);
      score(e, list, first.expert.grid.name);
      entries.push(e);
    }
  }
  for (const e of entries) e.status = e.reasons.length ? "disqualified" : e.errors.length ? "pending" : "qualified";
  const experts = reviewPanel({ entries, counted, experts: c.experts, tallies, scheme, issues });
  const groups = rankCases(entries, scheme, caseSheet !== null, issues);
  const sorted = sortIssues(issues, sheetOrder);
  const sheetTitles = Object.fromEntries(c.experts.map((ex) => [ex.grid.name, ex.expert]));
  const blank = (caseSheet === null || caseSheet.rows.length === 0) && c.experts.every((ex) => ex.rows.every((r) => r.scores.every((x) => x.value.kind === "missing")));
  return { scheme, detected, entries, issues: sorted, groups, counts: countsOf(entries, sorted), table, statedFills: [], sheetOrder, experts, sheetTitles, blank };
}
