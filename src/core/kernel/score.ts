import { Pos } from "./grid";
import { Issue, Params, sharedIssue } from "./issues";
import { Parsed, formatScore, hasExtraPrecision } from "./text";

/** A score counts when it is a number from 0 to its maximum. */
export function validScore(p: Parsed, max: number): number | null {
  return p.kind === "number" && p.value >= 0 && p.value <= max + 1e-9 ? p.value : null;
}

/** SPEC §3.4 score checks: missing, not a number, formula error, out of range (errors); precision (warning). */
export function checkScore(p: Parsed, max: number, sheet: string, at: Pos, extra: Params = {}): Issue | null {
  switch (p.kind) {
    case "missing":
      return sharedIssue("SCORE_MISSING", sheet, at, { ...extra, max });
    case "error":
      return sharedIssue("SCORE_FORMULA_ERROR", sheet, at, { ...extra, value: p.code });
    case "text":
      return sharedIssue("SCORE_NOT_NUMBER", sheet, at, { ...extra, value: p.text });
    case "number":
      if (p.value < 0 || p.value > max + 1e-9) {
        return sharedIssue("SCORE_OUT_OF_RANGE", sheet, at, { ...extra, value: formatScore(p.value), max });
      }
      if (hasExtraPrecision(p.value)) {
        return sharedIssue("SCORE_PRECISION", sheet, at, { ...extra, value: formatScore(p.value) });
      }
      return null;
  }
}
