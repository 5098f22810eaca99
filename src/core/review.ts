import { reviewCase } from "./case/review";
import { reviewChamber } from "./chamber/review";
import { Grid } from "./grid";
import { withHeadCache } from "./header-block";
import { mismatchIssue, otherProgramme, programmeSeen } from "./programme";
import { QuotaSetting } from "./quotas";
import { Review } from "./result";
import { CHUANGXIN_ID, SIHAO_ID, builtinScheme } from "./scheme/builtin";
import { Scheme } from "./scheme/schema";
import { sortIssues } from "./summary";

export interface ReviewOptions {
  /** The scheme to use; detected from the workbook when absent. */
  scheme?: Scheme | null;
  /** Every group's quota (四好 only; CLI --quota): above every other source. */
  quota?: number;
  /** Quotas set in the pane and stored in the workbook (四好 only). */
  quotaSetting?: QuotaSetting | null;
}

/**
 * SPEC §1: a 自评表 or 推荐名单汇总表 means sihao-2020; an expert score sheet (or, failing
 * that, a 推介汇总表) means chuangxin-2021. A workbook with neither is read as sihao-2020
 * and says what it lacks.
 */
export function detectScheme(grids: Grid[]): Scheme {
  if (programmeSeen(grids, "chamber") === null && programmeSeen(grids, "case") !== null) return builtinScheme(CHUANGXIN_ID)!;
  return builtinScheme(SIHAO_ID)!;
}

/** Nothing of the current programme, but the other one's sheets: say so instead of "no known sheet". */
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
    const detected = !opts.scheme;
    const scheme = opts.scheme ?? detectScheme(grids);
    const r = scheme.kind === "chamber" ? reviewChamber(grids, scheme, detected, { quota: opts.quota, quotaSetting: opts.quotaSetting }) : reviewCase(grids, scheme, detected);
    return explainUnknown(r, grids);
  });
}
