/**
 * Telling the two programmes apart. A 四好 workbook checked under a 创新中国 scheme (or the
 * reverse) is not "a workbook without known sheets": it is the other programme's, and the
 * user is told so and which scheme to pick.
 */
import { firstCaseList, firstExpertSheet } from "./case/review";
import { firstChamberSheet } from "./chamber/review";
import { Grid } from "./grid";
import { Issue, makeIssue } from "./issues";
import { CHUANGXIN_ID, SIHAO_ID, builtinScheme } from "./scheme/builtin";
import { Scheme } from "./scheme/schema";

export type Programme = Scheme["kind"];

/** The built-in scheme id of each programme. */
export const PROGRAMME_SCHEME: Record<Programme, string> = { chamber: SIHAO_ID, case: CHUANGXIN_ID };

export interface ProgrammeSeen {
  programme: Programme;
  /** The first sheet that shows it. */
  sheet: string;
  /** 创新中国 only: expert score sheets were found (not just the case list). */
  experts: boolean;
}

/** What the workbook holds of one programme, judged with that programme's built-in aliases. */
export function programmeSeen(grids: Grid[], programme: Programme): ProgrammeSeen | null {
  const scheme = builtinScheme(PROGRAMME_SCHEME[programme])!;
  if (scheme.kind === "chamber") {
    const sheet = firstChamberSheet(grids, scheme);
    return sheet === null ? null : { programme, sheet, experts: false };
  }
  const expert = firstExpertSheet(grids, scheme);
  if (expert !== null) return { programme, sheet: expert, experts: true };
  const list = firstCaseList(grids, scheme);
  return list === null ? null : { programme, sheet: list, experts: false };
}

/** The other programme's sheets in a workbook that has none of the current scheme's, or null. */
export function otherProgramme(grids: Grid[], scheme: Scheme): ProgrammeSeen | null {
  return programmeSeen(grids, scheme.kind === "chamber" ? "case" : "chamber");
}

/** SCHEME_MISMATCH on the sheet that shows the other programme. */
export function mismatchIssue(seen: ProgrammeSeen, scheme: Scheme): Issue {
  return makeIssue("SCHEME_MISMATCH", seen.sheet, null, {
    found: seen.programme,
    experts: seen.experts ? 1 : 0,
    current: scheme.kind,
    scheme: scheme.id,
    use: PROGRAMME_SCHEME[seen.programme],
  });
}
