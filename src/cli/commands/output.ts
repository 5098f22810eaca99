import { Lang, Review, SchemeSource, toJsonReport } from "../../core";
import { humanReport } from "../human";
import { EXIT_DATA_ERRORS, EXIT_OK, Io } from "../io";

/** Exit 1 when the data has errors (SPEC §6), whatever was written. */
export function exitCode(review: Review, extraFailures = 0): number {
  return review.counts.errors > 0 || extraFailures > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
}

/**
 * The report on stdout: SPEC §5 JSON (with `extra` fields such as the output path), or
 * the human report followed by `notes` (what was written where).
 */
export function printReport(
  io: Io,
  review: Review,
  file: string,
  lang: Lang,
  json: boolean,
  extra: Record<string, unknown> = {},
  notes: string[] = [],
  scheme: { source: SchemeSource; head: string[] } = { source: "builtin", head: [] },
): void {
  if (json) {
    io.stdout(JSON.stringify({ ...toJsonReport(review, { file, lang, schemeSource: scheme.source }), ...extra }, null, 2) + "\n");
    return;
  }
  // Where the rules came from, before anything else, when they came from the workbook.
  io.stdout(scheme.head.map((l) => l + "\n").join("") + humanReport(review, file, lang, io.columns ?? null) + notes.map((n) => n + "\n").join(""));
}
