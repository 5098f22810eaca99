import { issueMessage, reasonMessage } from "../contract/messages";
import { Entry, Review } from "../kernel/result";
import { builtinScheme, programmeOf } from "../contract/registry";
import { JsonDetection, jsonDetection } from "./detection";
import type { Scheme } from "../kernel/schemeBase";
import { SchemeSource, schemeHash } from "./schemes/resolve";
import { Lang } from "../strings";
import { VERSION } from "../kernel/version";

export const TOOL = "review-assistant";
export { VERSION };

export interface JsonIssue {
  severity: "error" | "warning";
  code: string;
  sheet: string;
  cell: string | null;
  message: string;
}

/** SPEC §5. A programme's report-level fields (`jsonExtra`) are typed by declaration merging in its folder. */
export interface JsonReport {
  tool: string;
  version: string;
  scheme: string;
  schemeDetected: boolean;
  /** Where the rules came from: a built-in scheme, a scheme file, or the workbook (SPEC §1). */
  schemeSource: SchemeSource;
  /** SHA-256 of the scheme's rules (keys sorted): the same rules, the same hash. */
  schemeHash: string;
  /** When the scheme was detected: which sheet showed it, what was tried before, in words. */
  schemeDetection?: JsonDetection;
  file: string | null;
  summary: { entries: number; qualified: number; disqualified: number; pending: number; errors: number; warnings: number };
  groups: Review["groups"];
  entries: Record<string, unknown>[];
  issues: JsonIssue[];
}

function jsonEntry(e: Entry, scheme: Scheme, lang: Lang): Record<string, unknown> {
  const { head, tail } = programmeOf(scheme).jsonEntry(e, lang);
  return {
    sheet: e.sheet,
    row: e.row + 1,
    name: e.name,
    ...head,
    status: e.status,
    reasons: e.reasons.map((r) => r.code),
    reasonMessages: e.reasons.map((r) => reasonMessage(r, lang)),
    rank: e.rank,
    ...tail,
  };
}

/** SPEC §5: the machine-readable report. Field names are stable. */
export function toJsonReport(review: Review, opts: { file?: string | null; lang?: Lang; schemeSource?: SchemeSource } = {}): JsonReport {
  const lang = opts.lang ?? "zh";
  const hash = schemeHash(review.scheme);
  const builtin = builtinScheme(review.scheme.id);
  return {
    tool: TOOL,
    version: VERSION,
    scheme: review.scheme.id,
    schemeDetected: review.detected,
    schemeSource: opts.schemeSource ?? (builtin && schemeHash(builtin) === hash ? "builtin" : "file"),
    schemeHash: hash,
    ...(review.detection ? { schemeDetection: jsonDetection(review.detection, lang) } : {}),
    file: opts.file ?? null,
    summary: { ...review.counts },
    groups: review.groups,
    entries: review.entries.map((e) => jsonEntry(e, review.scheme, lang)),
    issues: review.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      sheet: i.sheet,
      cell: i.cell,
      message: issueMessage(i, lang),
    })),
    ...(programmeOf(review.scheme).jsonExtra?.(review) ?? {}),
  };
}
