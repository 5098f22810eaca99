import { Grid } from "./grid";
import { withHeadCache } from "./header-block";
import { mismatchIssue, otherProgramme } from "./programme";
import { programmeOf, programmes } from "./programmes";
import type { Sighting } from "./programmes/types";
import { Review } from "./result";
import { Scheme } from "./scheme/schema";
import { sortIssues } from "./summary";

export interface ReviewOptions {
  /** The scheme to use, whatever the workbook holds; detected from the workbook when absent. */
  scheme?: Scheme | null;
  /** Schemes to try before the built-ins when detecting (a custom scheme given or stored). */
  candidates?: readonly Scheme[];
  /** Every group's quota (programmes with group quotas). */
  quota?: number;
}

/** Which scheme detection chose, and why. */
export interface Detection {
  scheme: Scheme;
  /** `candidate`: one of the schemes tried first; `builtin`: a built-in; `none`: nothing matched, the first built-in is used. */
  by: "candidate" | "builtin" | "none";
  /** The sheet that showed it, read as one of its programme's sheet kinds; null when nothing matched. */
  sighting: Sighting | null;
  /** Schemes tried before it that matched no sheet, in order. */
  passed: Scheme[];
}

/**
 * SPEC §1: the candidates first (a custom scheme given or stored), then each programme's
 * built-in schemes in registration order; the first whose programme finds one of its sheets
 * — read with that scheme's own aliases — is the scheme. A workbook where none does is read
 * with the first built-in, which says what it lacks.
 */
export function detect(grids: Grid[], candidates: readonly Scheme[] = []): Detection {
  const passed: Scheme[] = [];
  const tries = [...candidates.map((s) => ({ s, by: "candidate" as const })), ...programmes().flatMap((p) => p.builtins.map((s) => ({ s: s as Scheme, by: "builtin" as const })))];
  return withHeadCache(() => {
    for (const { s, by } of tries) {
      const sighting = programmeOf(s).detect(grids, s);
      if (sighting) return { scheme: s, by, sighting, passed };
      passed.push(s);
    }
    return { scheme: programmes()[0].builtins[0] as Scheme, by: "none", sighting: null, passed };
  });
}

/** The scheme detection chooses (see `detect`). */
export function detectScheme(grids: Grid[], candidates: readonly Scheme[] = []): Scheme {
  return detect(grids, candidates).scheme;
}

/** Nothing of the current programme, but another's sheets: say so instead of "no known sheet". */
function explainUnknown(r: Review, grids: Grid[]): Review {
  const at = r.issues.findIndex((i) => i.code === "NO_KNOWN_SHEET");
  if (at < 0) return r;
  const seen = otherProgramme(grids, r.scheme);
  if (seen === null) return r;
  const issues = [...r.issues];
  issues[at] = mismatchIssue(seen, r.scheme);
  return { ...r, issues: sortIssues(issues, r.sheetOrder) };
}

/** Reads, checks, ranks: the whole verdict for one workbook, as plain data. */
export function review(grids: Grid[], opts: ReviewOptions = {}): Review {
  return withHeadCache(() => {
    const detection = opts.scheme ? null : detect(grids, opts.candidates);
    const scheme = opts.scheme ?? detection!.scheme;
    const r = programmeOf(scheme).review(grids, scheme, { detected: detection !== null, quota: opts.quota });
    return { ...explainUnknown(r, grids), ...(detection ? { detection } : {}) };
  });
}
