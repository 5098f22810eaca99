/** A case's score from the expert totals that count (SPEC §4.3): trimming, the mean, outliers. */
import { meanScores } from "../../kernel/decimal";
import { Issue } from "../../kernel/issues";
import { makeIssue } from "./codes";
import type { CaseEntry } from "./entry";
import type { CaseScheme } from "./scheme";
import { formatScore, roundTo } from "../../kernel/text";
import type { ExpertSheet } from "./caseSheets";
import { Tally, tallyOf } from "./recusal";
import type { Scored } from "./rows";

type Trim = Pick<CaseScheme, "trim" | "trimFrom">;

/**
 * Which totals the mean uses: all, or without one highest and one lowest (`trim: "auto"` from
 * `trimFrom` experts, `"highlow"` from 3). Of equal totals, the one listed first is dropped,
 * so that normalisation drops the same expert's score as the mean does.
 */
export function keptIndices(totals: readonly number[], scheme: Trim): number[] {
  const all = totals.map((_, i) => i);
  const drop = (scheme.trim === "auto" && totals.length >= scheme.trimFrom) || (scheme.trim === "highlow" && totals.length >= 3);
  if (!drop) return all;
  const order = [...all].sort((a, b) => totals[a] - totals[b] || a - b);
  const low = order[0];
  const high = order.slice(1).reduce((h, i) => (totals[i] > totals[h] ? i : h), order[1]);
  return all.filter((i) => i !== low && i !== high);
}

/** Mean of expert totals; with `trim`, one highest and one lowest are dropped first. */
export function caseScore(totals: number[], scheme: Trim): number | null {
  if (!totals.length) return null;
  return roundTo(meanScores(keptIndices(totals, scheme).map((i) => totals[i]))!, 2);
}

/**
 * Scores a case from the rows that count: TOO_FEW_EXPERTS (回避 and conflicts told), the
 * rows' errors, the mean when every total is valid, and SCORE_OUTLIER per expert total.
 */
export function scoreEntry(
  e: CaseEntry,
  list: readonly Scored[],
  scheme: CaseScheme,
  issues: Issue[],
  at: CaseEntry["nameAt"],
  sheet: string,
  tallies: Map<ExpertSheet, Tally>,
): void {
  e.experts = list.length;
  if (list.length < scheme.minExperts) {
    const left = e.abstained + e.notes.filter((n) => n.code === "CONFLICT_OF_INTEREST").length;
    const few = makeIssue("TOO_FEW_EXPERTS", sheet, at, { count: list.length, min: scheme.minExperts, ...(left ? { left } : {}) });
    issues.push(few);
    e.errors.push(few);
  }
  for (const s of list) e.errors.push(...s.errors);
  const totals = list.map((s) => s.total);
  // SPEC §4.3: only a score error leaves the case without its score; a case 待核 for any other
  // reason (its category, too few experts, the recommender's count, the reason's length) keeps it.
  if (!totals.every((t): t is number => t !== null) || list.some((s) => s.errors.length)) return;
  e.score = caseScore(totals, scheme);
  const ratio = scheme.outlierRatio;
  if (ratio === null || totals.length < 3) return;
  list.forEach((s, i) => {
    const mean = meanScores(totals.filter((_, j) => j !== i))!;
    if (mean > 0 && Math.abs(totals[i] - mean) > ratio * mean + 1e-9) {
      tallyOf(tallies, s.expert).outliers++;
      issues.push(
        makeIssue("SCORE_OUTLIER", s.expert.grid.name, s.row.keyAt, {
          expert: s.expert.expert,
          score: formatScore(totals[i]),
          mean: formatScore(roundTo(mean, 2)),
          ratio: Math.round(ratio * 100),
        }),
      );
    }
  });
}
