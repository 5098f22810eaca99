/**
 * The panel table as the edges show it (SPEC §4.3): one row per expert in 校验报告, the
 * CLI report and the pane, and `experts` in the JSON. Only 创新中国 reviews have one.
 */
import type { PlanValue } from "../plan";
import type { Review } from "../result";
import type { CaseScheme } from "../scheme/schema";
import { Lang, strings } from "../strings";
import { formatScore } from "../text";
import type { ExpertStat } from "./panel";

/** The panel of a review, or null when it has none (a 四好 review, or no expert sheet). */
export function panelOf(review: Review): ExpertStat[] | null {
  return review.scheme.kind === "case" && review.experts?.length ? review.experts : null;
}

/** Why an expert is flagged, in words; "" when not. */
export function expertNote(s: ExpertStat, scheme: CaseScheme, lang: Lang): string {
  const t = strings(lang).panel;
  const parts: string[] = [];
  if (s.inconsistent && s.correlation !== null && scheme.consistency.minCorrelation !== null) {
    parts.push(t.inconsistent(formatScore(s.correlation), scheme.consistency.minCorrelation));
  }
  if (s.flat) parts.push(t.flat);
  return parts.join(strings(lang).noteSep);
}

/** One row under `strings().panel.columns`: numbers stay numbers (blank when unknown). */
export function expertCells(s: ExpertStat, scheme: CaseScheme, lang: Lang): PlanValue[] {
  return [s.expert, s.sheet, s.cases, s.mean, s.sd, s.shared, s.correlation, s.outliers, s.abstained, s.conflicts, expertNote(s, scheme, lang) || null];
}

/**
 * The 校验报告 section after the issues: a title, what the correlation means, the column
 * labels, one row per expert. No hyperlinks: a report link shows its cell address as its
 * text (both adapters write it so), and these rows show names.
 */
export function panelReportRows(review: Review, lang: Lang): PlanValue[][] {
  const panel = panelOf(review);
  if (!panel) return [];
  const t = strings(lang).panel;
  const scheme = review.scheme as CaseScheme;
  const head: PlanValue[][] = [[], [t.title], [t.note(scheme.consistency.minCorrelation, scheme.consistency.minSharedCases)], [...t.columns]];
  return [...head, ...panel.map((s) => expertCells(s, scheme, lang))];
}

export interface JsonExpert {
  expert: string;
  sheet: string;
  unit: string | null;
  cases: number;
  mean: number | null;
  sd: number | null;
  sharedCases: number;
  correlation: number | null;
  outliers: number;
  abstained: number;
  conflicts: number;
  inconsistent: boolean;
  noSpread: boolean;
}

/** SPEC §5 `experts`: per-expert statistics. */
export function jsonExperts(review: Review): JsonExpert[] | undefined {
  if (review.scheme.kind !== "case" || !review.experts) return undefined;
  return review.experts.map((s) => ({
    expert: s.expert,
    sheet: s.sheet,
    unit: s.unit,
    cases: s.cases,
    mean: s.mean,
    sd: s.sd,
    sharedCases: s.shared,
    correlation: s.correlation,
    outliers: s.outliers,
    abstained: s.abstained,
    conflicts: s.conflicts,
    inconsistent: s.inconsistent,
    noSpread: s.flat,
  }));
}
