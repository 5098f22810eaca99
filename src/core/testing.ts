/**
 * Helpers for tests, benchmarks and sample scripts only: the core's insides they check or
 * build with (grids edited by hand, the memo's XML, the ranking's pieces, the 创新中国 scoring
 * sheets, the 四好 sample items). src/ never imports this file (.dependency-cruiser.cjs): the
 * adapters' door is index.ts, which this file loads first so that the built-in programmes are
 * registered.
 */
import "./index";
import type { Severity } from "./kernel/issues";
import { SHARED_SEVERITY } from "./kernel/issues";
import { CASE_CODES } from "./programmes/case/codes";
import { CHAMBER_CODES } from "./programmes/chamber/codes";

/** Every issue code the shipped programmes raise, the shared ones and each programme's own, with its severity. */
export const ISSUE_SEVERITY: Readonly<Record<string, Severity>> = {
  ...SHARED_SEVERITY,
  ...Object.fromEntries(Object.entries({ ...CHAMBER_CODES, ...CASE_CODES }).map(([code, c]) => [code, c.severity])),
};

export { copyGrid, gridToValues, isErrorValue, isRowEmpty, rowAt, rowEnd, rowStart, setCell } from "./kernel/grid";
export { gridFromCells } from "./kernel/gridBuild";
export { sha256 } from "./kernel/hash";
export { provinceName } from "./kernel/provinces";
export { quotaVerdict, rankScores } from "./kernel/rank";
export { STRINGS } from "./strings";
export { entryNote } from "./contract/messages";
export { caseScore } from "./programmes/case/caseScore";
export { mapCaseCategory } from "./programmes/case/classify";
export { caseListing } from "./programmes/case/listing";
export { EXPERT_LAYOUT, expertSheet, expertSheets } from "./programmes/case/scoringSheets";
export { selfAssessmentSheet } from "./programmes/chamber/blankTemplate";
export { SIHAO_SAMPLE_ITEMS } from "./programmes/chamber/sampleItems";
export { memoFromXml, memoToXml } from "./engine/memo";
export { reportCheck, tallyOf } from "./engine/owned";
export { FILL_COLORS } from "./engine/plan";
export { schemeSchema } from "./engine/schemes/load";
export { schemeDiff, schemeHash } from "./engine/schemes/resolve";
export type { FillState } from "./engine/settle";
export { readStamp, sheetDigest } from "./engine/stamp";
export type { UndoNow } from "./engine/undoDecision";
