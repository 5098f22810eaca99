import { Grid, Pos } from "../grid";
import { HeaderMatch, headerCandidates } from "../header";
import { Issue, makeIssue } from "../issues";
import { quotaVerdict, rankScores } from "../rank";
import { ChamberEntry, GroupStat, ResultTable, Review } from "../result";
import { ChamberScheme } from "../scheme/schema";
import { formatScore, normName, shownValue } from "../text";
import { countsOf, sortIssues } from "../summary";
import { isReportSheet, preferNamed, resultTable } from "../table";
import {
  QuotaRow,
  SelfSheet,
  SummaryField,
  SummarySheet,
  chamberIndexes,
  detectQuotaHeader,
  detectSelfHeader,
  detectSummaryHeader,
  groupKey,
  readQuota,
  readSelfSheet,
  readSummary,
  selfReader,
} from "./read";
import { SheetEval, evaluateSheet } from "./sheet";

export interface ChamberOptions {
  /** Every group gets this quota (CLI --quota), overriding the quota sheet. */
  quota?: number;
}

export const CHAMBER_RESULT_KEYS = ["total", "veto", "basic", "status", "rank", "quota", "note"] as const;

interface Classified {
  summaries: { grid: Grid; header: HeaderMatch<SummaryField> }[];
  selves: SelfSheet[];
  quota: { grid: Grid; rows: QuotaRow[] } | null;
}

function classify(grids: Grid[], scheme: ChamberScheme): Classified {
  const ix = chamberIndexes(scheme);
  const reader = selfReader(scheme);
  const out: Classified = { summaries: [], selves: [], quota: null };
  for (const g of grids) {
    if (isReportSheet(g, scheme.reportSheet)) continue;
    const rows = headerCandidates(g);
    const self = detectSelfHeader(rows, ix);
    if (self) {
      out.selves.push(readSelfSheet(g, self, reader));
      continue;
    }
    const quota = detectQuotaHeader(rows, ix);
    if (quota) {
      if (!out.quota) out.quota = { grid: g, rows: readQuota(g, quota) };
      continue;
    }
    const summary = detectSummaryHeader(rows, ix);
    if (summary) out.summaries.push({ grid: g, header: summary });
  }
  return out;
}

/** True when the workbook holds a 自评表 or 推荐名单汇总表 (headers only; nothing is read). */
export function looksLikeChamberWorkbook(grids: Grid[], scheme: ChamberScheme): boolean {
  const ix = chamberIndexes(scheme);
  return grids.some((g) => {
    const rows = headerCandidates(g);
    return detectSelfHeader(rows, ix) !== null || detectSummaryHeader(rows, ix) !== null;
  });
}


export function reviewChamber(grids: Grid[], scheme: ChamberScheme, detected: boolean, opts: ChamberOptions = {}): Review {
  const c = classify(grids, scheme);
  const issues: Issue[] = [];
  const evals = new Map<SelfSheet, SheetEval>();
  for (const s of c.selves) {
    const ev = evaluateSheet(s, scheme);
    evals.set(s, ev);
    issues.push(...ev.issues);
  }
  const statedFills = c.selves.flatMap((s) => evals.get(s)!.blankStated.map((b) => ({ sheet: s.grid.name, ...b })));
  const sheetOrder = grids.map((g) => g.name);

  const chosen = preferNamed(c.summaries, scheme.summarySheetHint);

  let entries: ChamberEntry[];
  let table: ResultTable | null = null;
  let summaryName: string | null = null;
  if (chosen) {
    table = resultTable(chosen.grid, chosen.header.row, CHAMBER_RESULT_KEYS, scheme.resultColumns);
    const resultCols = new Set(table.columns.map((col) => col.col).filter((x): x is number => x !== null));
    const summary = readSummary(chosen.grid, chosen.header, resultCols);
    summaryName = chosen.grid.name;
    entries = linkEntries(summary, c.selves, evals, issues, grids);
  } else {
    entries = c.selves.map((s) => standaloneEntry(s, evals.get(s)!));
  }

  if (!chosen && c.selves.length === 0 && grids.length > 0) {
    issues.push(makeIssue("NO_KNOWN_SHEET", grids[0].name, null));
  }

  const groups = summaryName !== null ? rankAndQuota(entries, scheme, c.quota, opts, summaryName, chosen!.header, issues) : rankOnly(entries, scheme);

  const sorted = sortIssues(issues, sheetOrder);
  return {
    scheme,
    detected,
    entries,
    issues: sorted,
    groups,
    counts: countsOf(entries, sorted),
    table,
    statedFills,
    sheetOrder,
  };
}

function baseEntry(sheet: string, row: number, name: string, nameAt: Pos | null): ChamberEntry {
  return {
    kind: "chamber",
    sheet,
    row,
    name,
    nameAt,
    status: "pending",
    reasons: [],
    rank: null,
    errors: [],
    notes: [],
    group: null,
    type: null,
    selfAssessmentSheet: null,
    total: null,
    statedTotal: null,
    categories: {},
    vetoFailed: [],
    vetoUnknown: true,
    basicShortfall: null,
    withinQuota: null,
  };
}

/** Applies a sheet's verdict to an entry: 不合格 beats 待核 beats 合格. */
function applySheet(e: ChamberEntry, ev: SheetEval | null) {
  if (ev) {
    e.selfAssessmentSheet = ev.sheet.grid.name;
    e.total = ev.total;
    e.categories = ev.categories;
    e.vetoFailed = ev.vetoFailed;
    e.vetoUnknown = ev.vetoUnknown;
    e.basicShortfall = ev.basicShortfall;
    e.reasons = ev.reasons;
    e.errors = [...ev.errors, ...e.errors];
  }
  e.status = e.reasons.length ? "disqualified" : e.errors.length ? "pending" : "qualified";
}

function standaloneEntry(s: SelfSheet, ev: SheetEval): ChamberEntry {
  const row = s.chamberAt ? s.chamberAt.row : s.header.row;
  const e = baseEntry(s.grid.name, row, s.chamber, s.chamberAt);
  applySheet(e, ev);
  return e;
}

function linkEntries(
  summary: SummarySheet,
  selves: SelfSheet[],
  evals: Map<SelfSheet, SheetEval>,
  issues: Issue[],
  grids: Grid[],
): ChamberEntry[] {
  const sheetName = summary.grid.name;
  const byKey = new Map<string, SelfSheet[]>();
  for (const s of selves) {
    const list = byKey.get(s.key);
    if (list) list.push(s);
    else byKey.set(s.key, [s]);
  }
  const bySheetName = new Map(selves.map((s) => [normName(s.grid.name), s]));
  const gridNames = new Set(grids.map((g) => normName(g.name)));
  const referenced = new Set<SelfSheet>();

  const rowsByKey = new Map<string, number[]>();
  for (const r of summary.rows) {
    const list = rowsByKey.get(r.key);
    if (list) list.push(r.row);
    else rowsByKey.set(r.key, [r.row]);
  }

  const entries: ChamberEntry[] = [];
  const linked = new Map<ChamberEntry, SheetEval | null>();
  const unlinked: { entry: ChamberEntry; key: string }[] = [];
  for (const r of summary.rows) {
    const e = baseEntry(sheetName, r.row, r.name, r.nameAt);
    e.group = r.group;
    e.type = r.type;
    e.statedTotal = r.stated.kind === "number" ? r.stated.value : null;
    const dupRows = rowsByKey.get(r.key)!;
    if (dupRows.length > 1) {
      const di = makeIssue("DUPLICATE_ENTRY", sheetName, r.nameAt, {
        name: r.name,
        rows: dupRows.map((x) => x + 1).join("、"),
      });
      issues.push(di);
      e.errors.push(di);
    }
    let sheet: SelfSheet | null = null;
    if (r.sheetRef !== null) {
      const refKey = normName(r.sheetRef);
      sheet = bySheetName.get(refKey) ?? null;
      if (!sheet) {
        const at = { row: r.row, col: summary.header.cols.sheetRef as number };
        const nf = makeIssue("SHEET_NOT_FOUND", sheetName, at, { name: r.name, ref: r.sheetRef, exists: gridNames.has(refKey) ? 1 : 0 });
        issues.push(nf);
        e.errors.push(nf);
      }
    } else {
      const found = byKey.get(r.key) ?? [];
      if (found.length === 1) sheet = found[0];
      else if (found.length > 1) {
        const amb = makeIssue("AMBIGUOUS_SHEET", sheetName, r.nameAt, {
          name: r.name,
          sheets: found.map((s) => s.grid.name).join("、"),
        });
        issues.push(amb);
        e.errors.push(amb);
        found.forEach((s) => referenced.add(s));
      } else {
        unlinked.push({ entry: e, key: r.key });
      }
    }
    if (sheet) referenced.add(sheet);
    const ev = sheet ? evals.get(sheet)! : null;
    linked.set(e, ev);
    entries.push(e);
    if (ev && ev.total !== null && r.statedAt && r.stated.kind !== "missing") {
      const same = r.stated.kind === "number" && Math.abs(r.stated.value - ev.total) < 1e-6;
      if (!same) {
        const w = makeIssue("SUMMARY_TOTAL_MISMATCH", sheetName, r.statedAt, {
          stated: shownValue(r.stated),
          computed: formatScore(ev.total),
        });
        issues.push(w);
        e.notes.push(w);
      }
    }
  }

  for (const row of summary.nameless) {
    const e = baseEntry(sheetName, row, "", { row, col: summary.header.cols.name as number });
    const ni = makeIssue("NAME_MISSING", sheetName, e.nameAt, { row: row + 1 });
    issues.push(ni);
    e.errors.push(ni);
    linked.set(e, null);
    entries.push(e);
  }
  entries.sort((a, b) => a.row - b.row);

  const orphans = selves.filter((s) => !referenced.has(s));
  for (const { entry, key } of unlinked) {
    const hint = orphans.find((s) => key.includes(s.key) || s.key.includes(key) || key.includes(normName(s.grid.name)));
    const nf = makeIssue("SHEET_NOT_FOUND", sheetName, entry.nameAt, hint ? { name: entry.name, hint: hint.grid.name } : { name: entry.name });
    issues.push(nf);
    entry.errors.push(nf);
  }
  for (const s of orphans) {
    issues.push(makeIssue("ORPHAN_SHEET", s.grid.name, s.chamberAt, { sheet: s.grid.name, name: s.chamber }));
  }
  for (const e of entries) applySheet(e, linked.get(e) ?? null);
  return entries;
}

function rankOnly(entries: ChamberEntry[], scheme: ChamberScheme): GroupStat[] {
  const q = entries.filter((e) => e.status === "qualified" && e.total !== null);
  const placed = rankScores(q.map((e) => e.total as number), scheme.rankMethod);
  q.forEach((e, i) => (e.rank = placed[i].rank));
  return entries.length ? [groupStat(null, entries, null)] : [];
}

function groupStat(name: string | null, list: ChamberEntry[], quota: number | null): GroupStat {
  return {
    name,
    listed: list.length,
    qualified: list.filter((e) => e.status === "qualified").length,
    disqualified: list.filter((e) => e.status === "disqualified").length,
    pending: list.filter((e) => e.status === "pending").length,
    quota,
    yes: list.filter((e) => e.withinQuota === "yes").length,
    tie: list.filter((e) => e.withinQuota === "tie").length,
  };
}

function rankAndQuota(
  entries: ChamberEntry[],
  scheme: ChamberScheme,
  quotaSheet: Classified["quota"],
  opts: ChamberOptions,
  summaryName: string,
  header: HeaderMatch<SummaryField>,
  issues: Issue[],
): GroupStat[] {
  const sheetQuota = new Map<string, number>();
  if (quotaSheet) {
    for (const q of quotaSheet.rows) {
      const v = q.quota;
      if (v.kind === "number" && Number.isInteger(v.value) && v.value >= 0) sheetQuota.set(q.key, v.value);
      else {
        issues.push(makeIssue("QUOTA_INVALID", quotaSheet.grid.name, q.at, { value: shownValue(v), group: q.group }));
      }
    }
  }
  const schemeQuota = new Map(Object.entries(scheme.quotas.groups).map(([k, v]) => [groupKey(k), v]));
  const quotaOf = (group: string | null): number | null => {
    if (opts.quota !== undefined) return opts.quota;
    const key = group === null ? null : groupKey(group);
    if (key !== null && sheetQuota.has(key)) return sheetQuota.get(key)!;
    if (key !== null && schemeQuota.has(key)) return schemeQuota.get(key)!;
    return scheme.quotas.default;
  };

  const groups = new Map<string, { name: string | null; list: ChamberEntry[] }>();
  for (const e of entries) {
    const key = e.group === null ? "" : groupKey(e.group);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name: e.group, list: [] }));
    g.list.push(e);
  }

  const stats: GroupStat[] = [];
  for (const { name, list } of groups.values()) {
    const quota = quotaOf(name);
    const q = list.filter((e) => e.status === "qualified" && e.total !== null);
    const placed = rankScores(q.map((e) => e.total as number), scheme.rankMethod);
    const firstGroupCell = header.cols.group !== undefined ? { row: list[0].row, col: header.cols.group } : null;
    q.forEach((e, i) => {
      e.rank = placed[i].rank;
      if (quota === null) return;
      e.withinQuota = quotaVerdict(placed[i], quota);
      if (e.withinQuota === "tie") {
        const w = makeIssue("QUOTA_TIE", summaryName, e.nameAt, {
          rank: placed[i].rank,
          others: placed[i].tieSize - 1,
          quota,
        });
        issues.push(w);
        e.notes.push(w);
      }
    });
    if (quota === null) {
      issues.push(makeIssue("QUOTA_MISSING", summaryName, firstGroupCell, name ? { group: name } : {}));
    } else {
      for (const e of list) if (e.status === "disqualified") e.withinQuota = "no";
      if (list.length > quota) {
        issues.push(
          makeIssue("OVER_QUOTA", summaryName, firstGroupCell, { ...(name ? { group: name } : {}), count: list.length, quota }),
        );
      }
    }
    stats.push(groupStat(name, list, quota));
  }
  return stats;
}
