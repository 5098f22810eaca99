import { JsonExpert, jsonExperts } from "./case/view";
import { issueMessage, reasonMessage } from "./messages";
import { Entry, Review } from "./result";
import { Lang } from "./strings";
import { VERSION } from "./version";

export const TOOL = "review-assistant";
export { VERSION };

export interface JsonIssue {
  severity: "error" | "warning";
  code: string;
  sheet: string;
  cell: string | null;
  message: string;
}

export interface JsonReport {
  tool: string;
  version: string;
  scheme: string;
  schemeDetected: boolean;
  file: string | null;
  summary: { entries: number; qualified: number; disqualified: number; pending: number; errors: number; warnings: number };
  groups: Review["groups"];
  entries: Record<string, unknown>[];
  issues: JsonIssue[];
  /** 创新中国: per-expert panel statistics (SPEC §4.3). */
  experts?: JsonExpert[];
}

function jsonEntry(e: Entry, lang: Lang): Record<string, unknown> {
  const common = {
    sheet: e.sheet,
    row: e.row + 1,
    name: e.name,
  };
  const tail = {
    status: e.status,
    reasons: e.reasons.map((r) => r.code),
    reasonMessages: e.reasons.map((r) => reasonMessage(r, lang)),
    rank: e.rank,
  };
  if (e.kind === "chamber") {
    return {
      ...common,
      group: e.group,
      groupKey: e.groupKey,
      type: e.type,
      selfAssessmentSheet: e.selfAssessmentSheet,
      total: e.total,
      statedTotal: e.statedTotal,
      categories: e.categories,
      vetoFailed: e.vetoFailed,
      basicShortfall: e.basicShortfall,
      ...tail,
      withinQuota: e.withinQuota,
    };
  }
  return {
    ...common,
    category: e.category,
    unit: e.unit,
    recommender: e.recommender,
    experts: e.experts,
    abstained: e.abstained,
    score: e.score,
    normalizedScore: e.normalizedScore,
    ...tail,
    shortlisted: e.shortlisted,
    final: e.final,
  };
}

/** SPEC §5: the machine-readable report. Field names are stable. */
export function toJsonReport(review: Review, opts: { file?: string | null; lang?: Lang } = {}): JsonReport {
  const lang = opts.lang ?? "zh";
  return {
    tool: TOOL,
    version: VERSION,
    scheme: review.scheme.id,
    schemeDetected: review.detected,
    file: opts.file ?? null,
    summary: { ...review.counts },
    groups: review.groups,
    entries: review.entries.map((e) => jsonEntry(e, lang)),
    issues: review.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      sheet: i.sheet,
      cell: i.cell,
      message: issueMessage(i, lang),
    })),
    ...(review.experts ? { experts: jsonExperts(review) } : {}),
  };
}
