import { countsOf } from "../kernel/counts";
import { Grid } from "../kernel/grid";
import { withHeadCache } from "../kernel/headerBlock";
import { mismatchIssue, mixedIssue, otherProgramme } from "./mismatch";
import { programmeOf } from "../contract/registry";
import { detect } from "./detection";
import { QuotaSetting } from "../kernel/quotas";
import { Review, type Detection } from "../kernel/result";
import { Scheme } from "../kernel/schemeBase";
import { sortIssues } from "../kernel/issues";
import { settingsRead } from "../kernel/storedSettings";

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

/**
 * Detection read one programme, but the workbook holds another's sheets too: the verdict covers
 * half of it, so it is an error until the user chooses a scheme (CLI --scheme, the pane's chip).
 */
function tellMixed(r: Review, d: Detection | null): Review {
  if (!d?.sighting || !d.others.length) return r;
  const issues = sortIssues([...r.issues, ...d.others.map((o) => mixedIssue(o, d.sighting!, r.scheme))], r.sheetOrder);
  return { ...r, issues, counts: countsOf(r.entries, issues) };
}

/** Reads, checks, ranks: the whole verdict for one workbook, as plain data. */
export function review(grids: Grid[], opts: ReviewOptions = {}): Review {
  return withHeadCache(() => {
    const detection = opts.scheme ? null : detect(grids, opts.candidates);
    const scheme = opts.scheme ?? detection!.scheme;
    const programme = programmeOf(scheme);
    const r = programme.review(grids, scheme, { detected: detection !== null, quota: opts.quota, quotaSetting: opts.quotaSetting });
    const settings = programme.settings?.length ? { settings: settingsRead(programme.settings, opts) } : {};
    return { ...tellMixed(explainUnknown(r, grids), detection), ...(detection ? { detection } : {}), ...settings };
  });
}
