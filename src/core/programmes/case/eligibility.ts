/** The case list's own rules (SPEC §4.3): category, subscriptions, text lengths, recommenders. */
import { blockLabelText } from "../../kernel/headerBlock";
import { Issue } from "../../kernel/issues";
import { makeIssue } from "./codes";
import { entryBase } from "../../kernel/result";
import type { CaseEntry } from "./entry";
import type { CaseScheme } from "./scheme";
import { checkScore } from "../../kernel/score";
import { formatScore, normName } from "../../kernel/text";
import { mapCaseCategory } from "./classify";
import type { CaseRow, CaseSheet } from "./caseSheets";

export function blankEntry(sheet: string, row: number, name: string, nameAt: CaseEntry["nameAt"]): CaseEntry {
  return {
    kind: "case",
    ...entryBase(sheet, row, name, nameAt),
    category: null,
    unit: null,
    recommender: null,
    experts: 0,
    abstained: 0,
    score: null,
    normalizedScore: null,
    shortlisted: null,
    final: null,
  };
}

/** A case-list row as an entry with its eligibility checked; `score` runs after the category, as 校验说明 tells them. */
export function caseEntry(sheet: CaseSheet, r: CaseRow, scheme: CaseScheme, issues: Issue[], score: (e: CaseEntry) => void): CaseEntry {
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
  score(e);
  if (scheme.minSubscriptions !== null && r.subscriptions && r.subscriptionsAt) {
    const field = blockLabelText(sheet.grid, sheet.header, r.subscriptionsAt.col);
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

/** SPEC §4.3: at most `raised.limit` cases when one of them is in `raised.category`, else `default`. */
export function checkRecommenders(entries: CaseEntry[], sheet: CaseSheet, scheme: CaseScheme, issues: Issue[]) {
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
