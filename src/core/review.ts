import { Grid } from "./grid";
import { withHeadCache } from "./headerBlock";
import { mismatchIssue, otherProgramme } from "./programmes/mismatch";
import { programmeOf } from "./programmes";
import { detect } from "./programmes/detect";
import { QuotaSetting } from "./quotas";
import { Review } from "./result";
import { Scheme } from "./scheme/schema";
import { sortIssues } from "./issues";
import { settingsRead } from "./storedSettings";

export interface ReviewOptions {
  /** The scheme to use, whatever the workbook holds; detected from the workbook when absent. */
  scheme?: Scheme | null;
  /** Schemes to try before the built-ins when detecting (a custom scheme given or stored). */
  candidates?: readonly Scheme[];
  /** Every group's quota (programmes with group quotas; CLI --quota): above every other source. */
  quota?: number;
  /** Quotas set in the pane and stored in the workbook (programmes with group quotas). */
  quotaSetting?: QuotaSetting | null;
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
    const programme = programmeOf(scheme);
    const r = programme.review(grids, scheme, { detected: detection !== null, quota: opts.quota, quotaSetting: opts.quotaSetting });
    const settings = programme.settings?.length ? { settings: settingsRead(programme.settings, opts) } : {};
    return { ...explainUnknown(r, grids), ...(detection ? { detection } : {}), ...settings };
  });
}
