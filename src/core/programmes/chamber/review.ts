import { Grid } from "../../kernel/grid";
import { HeaderMatch } from "../../kernel/header";
import { sheetHead } from "../../kernel/headerBlock";
import { Issue, sortIssues } from "../../kernel/issues";
import { makeIssue } from "./codes";
import { ResultTable, Review } from "../../kernel/result";
import type { ChamberEntry } from "./entry";
import type { Sighting } from "../../contract/programme";
import type { ChamberScheme } from "./scheme";
import { countsOf } from "../../kernel/counts";
import { isOurReport } from "../../kernel/reportSheet";
import { preferNamed, resultColumns, resultTable } from "../../kernel/table";
import { SummaryField, chamberIndexes, detectQuotaHeader, detectSelfHeader, detectSummaryHeader } from "./headers";
import { QuotaRow, readQuota } from "./quota";
import { SelfSheet, readSelfSheet, selfReader } from "./self";
import { readSummary } from "./summary";
import { SheetEval, evaluateSheet } from "./sheet";
import { linkEntries, standaloneEntry } from "./linking";
import { ChamberOptions, rankAndQuota, rankOnly } from "./ranking";

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
    if (isOurReport(g)) continue;
    const head = sheetHead(g);
    const self = detectSelfHeader(head, ix);
    if (self) {
      out.selves.push(readSelfSheet(g, self, reader));
      continue;
    }
    const quota = detectQuotaHeader(head, ix);
    if (quota) {
      if (!out.quota) out.quota = { grid: g, rows: readQuota(g, quota) };
      continue;
    }
    const summary = detectSummaryHeader(head, ix);
    if (summary) out.summaries.push({ grid: g, header: summary });
  }
  return out;
}

/** The first sheet that is a 自评表 or 推荐名单汇总表 (headers only; nothing is read), or null. */
export function chamberSighting(grids: Grid[], scheme: ChamberScheme): Sighting | null {
  const ix = chamberIndexes(scheme);
  for (const g of grids) {
    if (isOurReport(g)) continue;
    const head = sheetHead(g);
    if (detectSelfHeader(head, ix) !== null) return { sheet: g.name, sheetKind: "self" };
    if (detectSummaryHeader(head, ix) !== null) return { sheet: g.name, sheetKind: "summary" };
  }
  return null;
}

export function reviewChamber(grids: Grid[], scheme: ChamberScheme, detected: boolean, opts: ChamberOptions = {}): Review {
  return reviewChamberSheets(grids, scheme, detected, opts).review;
}

/** The review, and the 自评表 it read (in sheet order): `consolidate` takes both from one review of a source. */
export function reviewChamberSheets(grids: Grid[], scheme: ChamberScheme, detected: boolean, opts: ChamberOptions = {}): { review: Review; selves: SelfSheet[] } {
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
    const found = resultColumns(chosen.grid, chosen.header, CHAMBER_RESULT_KEYS, scheme.resultColumns);
    const resultCols = new Set(found.map((col) => col.col).filter((x): x is number => x !== null));
    const summary = readSummary(chosen.grid, chosen.header, resultCols);
    table = resultTable(chosen.grid, chosen.header, found, summary.end);
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
  const review: Review = {
    scheme,
    detected,
    entries,
    issues: sorted,
    groups,
    counts: countsOf(entries, sorted),
    table,
    statedFills,
    sheetOrder,
    sheetTitles: Object.fromEntries(c.selves.map((s) => [s.grid.name, s.chamber])),
    blank: (chosen === null || entries.length === 0) && c.selves.every((s) => s.items.every((it) => it.score.kind === "missing")),
  };
  return { review, selves: c.selves };
}
