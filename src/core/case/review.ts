import { Grid, cellAt } from "../grid";
import { headerCandidates } from "../header";
import { Issue, makeIssue } from "../issues";
import { quotaVerdict, rankScores, tiedWith } from "../rank";
import { CaseEntry, GroupStat, Review, entryBase } from "../result";
import { CaseScheme } from "../scheme/schema";
import { checkScore, validScore } from "../score";
import { countsOf, sortIssues } from "../summary";
import { isReportSheet, preferNamed, resultTable } from "../table";
import { cellText, formatScore, normName, roundTo } from "../text";
import {
  CaseRow,
  CaseSheet,
  ExpertSheet,
  caseIndex,
  detectCaseHeader,
  detectExpertHeader,
  expertIndex,
  readCaseSheet,
  readExpertSheet,
} from "./read";

export const CASE_RESULT_KEYS = ["experts", "score", "rank", "shortlist", "final", "status", "note"] as const;

interface Classified {
  cases: CaseSheet[];
  experts: ExpertSheet[];
}

function classify(grids: Grid[], scheme: CaseScheme): Classified {
  const cix = caseIndex(scheme);
  const eix = expertIndex(scheme);
  const out: Classified = { cases: [], experts: [] };
  for (const g of grids) {
    if (isReportSheet(g, scheme.reportSheet)) continue;
    const rows = headerCandidates(g);
    const ex = detectExpertHeader(rows, eix);
    if (ex) {
      out.experts.push(readExpertSheet(g, ex, scheme));
      continue;
    }
    const cs = detectCaseHeader(rows, cix);
    if (cs) out.cases.push(readCaseSheet(g, cs));
  }
  return out;
}

/** True when the workbook holds an expert score sheet (headers only; nothing is read). */
export function looksLikeCaseWorkbook(grids: Grid[], scheme: CaseScheme): boolean {
  const eix = expertIndex(scheme);
  return grids.some((g) => detectExpertHeader(headerCandidates(g), eix) !== null);
}

/** SPEC §4.1: containment, most specific first (the scheme lists categories in that order). */
export function mapCaseCategory(text: string, scheme: CaseScheme): string | null {
  const t = normName(text);
  if (t === "") return null;
  for (const c of scheme.categories) if (c.match.some((m) => t.includes(normName(m)))) return c.name;
  return null;
}

/** Mean of expert totals; with `trim`, one highest and one lowest are dropped first. */
export function caseScore(totals: number[], scheme: Pick<CaseScheme, "trim" | "trimFrom">): number | null {
  if (!totals.length) return null;
  const drop =
    (scheme.trim === "auto" && totals.length >= scheme.trimFrom) || (scheme.trim === "highlow" && totals.length >= 3);
  const sorted = [...totals].sort((a, b) => a - b);
  const kept = drop ? sorted.slice(1, -1) : sorted;
  return roundTo(kept.reduce((a, b) => a + b, 0) / kept.length, 2);
}

interface Scored {
  total: number | null;
  errors: Issue[];
  expert: ExpertSheet;
  row: ExpertSheet["rows"][number];
}


export function reviewCase(grids: Grid[], scheme: CaseScheme, detected: boolean): Review {
  const c = classify(grids, scheme);
  const issues: Issue[] = [];
  const sheetOrder = grids.map((g) => g.name);
  const caseSheet = preferNamed(c.cases, scheme.summarySheetHint);
  if (!caseSheet && c.experts.length === 0 && grids.length) issues.push(makeIssue("NO_KNOWN_SHEET", grids[0].name, null));

  // Every expert row, checked once.
  const scored = new Map<string, Scored[]>();
  for (const ex of c.experts) {
    const seen = new Set<string>();
    for (const r of ex.rows) {
      if (seen.has(r.key)) {
        issues.push(makeIssue("DUPLICATE_ENTRY", ex.grid.name, r.keyAt, { name: r.label, rows: String(r.row + 1) }));
        continue;
      }
      seen.add(r.key);
      let total: number | null = 0;
      const errors: Issue[] = [];
      for (const s of r.scores) {
        const iss = checkScore(s.value, s.max, ex.grid.name, s.at, { criterion: s.criterion });
        if (iss) issues.push(iss);
        if (iss && iss.severity === "error") errors.push(iss);
        const v = validScore(s.value, s.max);
        total = v === null || total === null ? null : total + v;
      }
      const list = scored.get(r.key);
      const item = { total, errors, expert: ex, row: r };
      if (list) list.push(item);
      else scored.set(r.key, [item]);
    }
  }

  const table = caseSheet ? resultTable(caseSheet.grid, caseSheet.header.row, CASE_RESULT_KEYS, scheme.resultColumns) : null;
  const entries: CaseEntry[] = [];
  const used = new Set<string>();
  const bySeq = c.experts.some((e) => e.bySeq);
  if (caseSheet) {
    const dupes = new Map<string, number[]>();
    for (const r of caseSheet.rows) dupes.set(r.nameKey, [...(dupes.get(r.nameKey) ?? []), r.row]);
    for (const r of caseSheet.rows) {
      const key = bySeq && r.seqKey !== null ? r.seqKey : r.nameKey;
      used.add(key);
      const e = caseEntry(caseSheet, r, scored.get(key) ?? [], scheme, issues);
      const rows = dupes.get(r.nameKey)!;
      if (rows.length > 1) {
        const d = makeIssue("DUPLICATE_ENTRY", caseSheet.grid.name, r.nameAt, { name: r.name, rows: rows.map((x) => x + 1).join("、") });
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
      for (const s of list) issues.push(makeIssue("UNKNOWN_CASE", s.expert.grid.name, s.row.keyAt, { key: s.row.label }));
    }
    checkRecommenders(entries, caseSheet, scheme, issues);
  } else {
    // Expert sheets alone: one entry per case key, ranked together.
    for (const [, list] of scored) {
      const first = list[0];
      const e = blankEntry(first.expert.grid.name, first.row.row, first.row.label, first.row.keyAt);
      scoreEntry(e, list, scheme, issues, first.row.keyAt, first.expert.grid.name);
      entries.push(e);
    }
  }
  for (const e of entries) e.status = e.reasons.length ? "disqualified" : e.errors.length ? "pending" : "qualified";
  const groups = rankCases(entries, scheme, caseSheet !== null, issues);
  const sorted = sortIssues(issues, sheetOrder);
  const sheetTitles = Object.fromEntries(c.experts.map((ex) => [ex.grid.name, ex.expert]));
  const blank = (caseSheet === null || caseSheet.rows.length === 0) && c.experts.every((ex) => ex.rows.every((r) => r.scores.every((x) => x.value.kind === "missing")));
  return { scheme, detected, entries, issues: sorted, groups, counts: countsOf(entries, sorted), table, statedFills: [], sheetOrder, sheetTitles, blank };
}

function blankEntry(sheet: string, row: number, name: string, nameAt: CaseEntry["nameAt"]): CaseEntry {
  return {
    kind: "case",
    ...entryBase(sheet, row, name, nameAt),
    category: null,
    unit: null,
    recommender: null,
    experts: 0,
    score: null,
    shortlisted: null,
    final: null,
  };
}

function scoreEntry(e: CaseEntry, list: Scored[], scheme: CaseScheme, issues: Issue[], at: CaseEntry["nameAt"], sheet: string) {
  e.experts = list.length;
  if (list.length < scheme.minExperts) {
    const few = makeIssue("TOO_FEW_EXPERTS", sheet, at, { count: list.length, min: scheme.minExperts });
    issues.push(few);
    e.errors.push(few);
  }
  for (const s of list) e.errors.push(...s.errors);
  const totals = list.map((s) => s.total);
  if (totals.every((t): t is number => t !== null)) {
    e.score = e.errors.length ? null : caseScore(totals, scheme);
    if (scheme.outlierRatio !== null && totals.length >= 3) {
      list.forEach((s, i) => {
        const others = totals.filter((_, j) => j !== i);
        const mean = others.reduce((a, b) => a + b, 0) / others.length;
        if (mean > 0 && Math.abs(totals[i] - mean) > scheme.outlierRatio! * mean + 1e-9) {
          issues.push(
            makeIssue("SCORE_OUTLIER", s.expert.grid.name, s.row.keyAt, {
              expert: s.expert.expert,
              score: formatScore(totals[i]),
              mean: formatScore(roundTo(mean, 2)),
              ratio: Math.round(scheme.outlierRatio! * 100),
            }),
          );
        }
      });
    }
  }
}

function caseEntry(sheet: CaseSheet, r: CaseRow, list: Scored[], scheme: CaseScheme, issues: Issue[]): CaseEntry {
  const name = sheet.grid.name;
  const e = blankEntry(name, r.row, r.name, r.nameAt);
  e.unit = r.unit;
  e.recommender = r.recommender;
  e.category = mapCaseCategory(r.categoryText, scheme);
  if (e.category === null) {
    const u = makeIssue("UNKNOWN_CATEGORY", name, r.categoryAt, {
      category: r.categoryText,
      expected: scheme.categories.map((c) => c.name).join("、"),
    });
    issues.push(u);
    e.errors.push(u);
  }
  scoreEntry(e, list, scheme, issues, r.nameAt, name);
  if (scheme.minSubscriptions !== null && r.subscriptions && r.subscriptionsAt) {
    const field = findHeaderText(sheet, r.subscriptionsAt.col);
    const p = r.subscriptions;
    if (p.kind === "number") {
      if (p.value < scheme.minSubscriptions) {
        e.reasons.push({ code: "NOT_SUBSCRIBED", params: { count: formatScore(p.value), min: scheme.minSubscriptions } });
      }
    } else {
      const iss = checkScore(p, Number.MAX_SAFE_INTEGER, name, r.subscriptionsAt, { field });
      if (iss) {
        issues.push(iss);
        e.errors.push(iss);
      }
    }
  }
  if (scheme.reasonMaxChars !== null && r.reasonLength !== null && r.reasonLength > scheme.reasonMaxChars) {
    const iss = makeIssue("REASON_TOO_LONG", name, r.reasonAt, { length: r.reasonLength, max: scheme.reasonMaxChars });
    issues.push(iss);
    e.errors.push(iss);
  }
  if (scheme.caseMaxChars !== null && r.caseLength !== null && r.caseLength > scheme.caseMaxChars) {
    const iss = makeIssue("CASE_TOO_LONG", name, r.caseAt, { length: r.caseLength, max: scheme.caseMaxChars });
    issues.push(iss);
    e.notes.push(iss);
  }
  return e;
}

function findHeaderText(sheet: CaseSheet, col: number): string {
  return cellText(cellAt(sheet.grid, sheet.header.row, col)).trim();
}

/** SPEC §4.3: at most `raised.limit` cases when one of them is in `raised.category`, else `default`. */
function checkRecommenders(entries: CaseEntry[], sheet: CaseSheet, scheme: CaseScheme, issues: Issue[]) {
  const byRec = new Map<string, CaseEntry[]>();
  for (const e of entries) {
    if (!e.recommender) continue;
    const k = normName(e.recommender);
    byRec.set(k, [...(byRec.get(k) ?? []), e]);
  }
  const lim = scheme.recommenderLimit;
  for (const list of byRec.values()) {
    const limit = lim.raised && list.some((e) => e.category === lim.raised!.category) ? lim.raised.limit : lim.default;
    if (list.length <= limit) continue;
    for (const e of list) {
      const rowInfo = sheet.rows.find((r) => r.row === e.row);
      const iss = makeIssue("OVER_RECOMMENDED", sheet.grid.name, rowInfo?.recommenderAt ?? e.nameAt, {
        recommender: e.recommender as string,
        count: list.length,
        limit,
      });
      issues.push(iss);
      e.errors.push(iss);
    }
  }
}

function rankCases(entries: CaseEntry[], scheme: CaseScheme, byCategory: boolean, issues: Issue[]): GroupStat[] {
  const stats: GroupStat[] = [];
  const groups: { name: string | null; shortlist: number | null; final: number | null }[] = byCategory
    ? scheme.categories.map((c) => ({ name: c.name, shortlist: c.shortlist, final: c.final }))
    : [{ name: null, shortlist: null, final: null }];
  for (const g of groups) {
    const list = byCategory ? entries.filter((e) => e.category === g.name) : entries;
    const q = list.filter((e) => e.status === "qualified" && e.score !== null);
    const placed = rankScores(q.map((e) => e.score as number), scheme.rankMethod);
    q.forEach((e, i) => {
      e.rank = placed[i].rank;
      if (g.shortlist !== null) e.shortlisted = quotaVerdict(placed[i], g.shortlist);
      if (g.final !== null) e.final = quotaVerdict(placed[i], g.final);
      for (const [verdict, size, line] of [
        [e.shortlisted, g.shortlist, "shortlist"],
        [e.final, g.final, "final"],
      ] as const) {
        if (verdict !== "tie" || size === null) continue;
        const w = makeIssue("QUOTA_TIE", e.sheet, e.nameAt, {
          rank: placed[i].rank,
          others: placed[i].tieSize - 1,
          other: tiedWith(q, placed, i),
          quota: size,
          line,
        });
        issues.push(w);
        e.notes.push(w);
      }
    });
    if (g.shortlist !== null) {
      for (const e of list) {
        if (e.status === "disqualified") {
          e.shortlisted = "no";
          e.final = "no";
        }
      }
    }
    if (!list.length && byCategory) continue;
    stats.push({
      name: g.name,
      listed: list.length,
      qualified: list.filter((e) => e.status === "qualified").length,
      disqualified: list.filter((e) => e.status === "disqualified").length,
      pending: list.filter((e) => e.status === "pending").length,
      quota: g.final,
      yes: list.filter((e) => e.final === "yes").length,
      tie: list.filter((e) => e.final === "tie").length,
      key: g.name,
      shortlist: g.shortlist,
      shortlistYes: list.filter((e) => e.shortlisted === "yes").length,
      shortlistTie: list.filter((e) => e.shortlisted === "tie").length,
    });
  }
  return stats;
}
