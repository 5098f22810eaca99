/**
 * The panel table as the edges show it (SPEC §4.3): one row per expert in 校验报告, the
 * CLI report and the pane, and `experts` in the JSON. Only 创新中国 reviews have one.
 */
import type { PlanValue } from "../../kernel/sheetSpec";
import type { TableSection } from "../../contract/programme";
import type { Review } from "../../kernel/result";
import type { CaseScheme } from "./scheme";
import { Lang, strings } from "../../strings";
import { formatScore } from "../../kernel/text";
import type { ExpertStat } from "./panel";
import { PANEL_WORDS } from "./panelWords";

/** The panel of a review, or null when it has none (no expert sheet). */
export function panelOf(review: Review): ExpertStat[] | null {
  return review.experts?.length ? review.experts : null;
}

/** Why an expert is flagged, in words; "" when not. */
export function expertNote(s: ExpertStat, scheme: CaseScheme, lang: Lang): string {
  const t = PANEL_WORDS[lang];
  const parts: string[] = [];
  if (s.inconsistent && s.correlation !== null && scheme.consistency.minCorrelation !== null) {
    parts.push(t.inconsistent(formatScore(s.correlation), scheme.consistency.minCorrelation));
  }
  if (s.flat) parts.push(t.flat);
  return parts.join(strings(lang).noteSep);
}

/** One row under `PANEL_WORDS[lang].columns`: numbers stay numbers (blank when unknown). */
export function expertCells(s: ExpertStat, scheme: CaseScheme, lang: Lang): PlanValue[] {
  return [s.expert, s.sheet, s.cases, s.mean, s.sd, s.shared, s.correlation, s.outliers, s.abstained, s.conflicts, expertNote(s, scheme, lang) || null];
}

/**
 * The experts table: after the issues in 校验报告 (title, what the correlation means, the
 * column labels, one row per expert), after the entries in the CLI report, compact in the
 * pane. No hyperlinks in 校验报告: a report link shows its cell address as its text (both
 * adapters write it so), and these rows show names.
 */
export function panelSection(review: Review, lang: Lang): TableSection[] {
  const panel = panelOf(review);
  if (!panel) return [];
  const t = PANEL_WORDS[lang];
  const scheme = review.scheme as CaseScheme;
  const last = t.columns.length - 1;
  const notes = panel.map((s) => expertNote(s, scheme, lang));
  const compact = [t.short.expert, null, t.short.cases, t.short.mean, t.short.sd, null, t.short.r, t.short.outliers];
  return [
    {
      title: t.title,
      note: t.note(scheme.consistency.minCorrelation, scheme.consistency.minSharedCases),
      // In a narrow terminal the labels shorten, names and sheets wrap to 6 columns, the note to 16.
      columns: t.columns.map((label, i) => ({
        label,
        align: i >= 2 && i < last ? "right" : "left",
        short: t.narrowColumns[i],
        wrapTo: i === 0 || i === 1 ? 6 : i === last ? 16 : undefined,
      })),
      rows: panel.map((s) => expertCells(s, scheme, lang)),
      flags: notes.map((n) => n || null),
      flagLines: panel.flatMap((s, i) => (notes[i] ? [t.flagged(s.expert, notes[i])] : [])),
      compact: {
        label: t.tableLabel,
        columns: compact.flatMap((label, at) => (label === null ? [] : [{ at, label }])),
        none: t.none,
      },
    },
  ];
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
  if (!review.experts) return undefined;
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

// The panel's place in the shared shapes: a Review and the JSON report of 创新中国 carry it.
declare module "../../kernel/result" {
  interface Review {
    /** 创新中国: per-expert panel statistics (SPEC §4.3), one per expert sheet. */
    experts?: ExpertStat[];
  }
}
declare module "../../engine/jsonReport" {
  interface JsonReport {
    /** 创新中国: per-expert panel statistics (SPEC §4.3). */
    experts?: JsonExpert[];
  }
}
