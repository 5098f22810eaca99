/**
 * The core's one door: the composition root. It registers the built-in review programmes,
 * explicitly and in the order detection tries them (四好 first: a workbook with sheets of both
 * is read as 四好, SPEC §1), and names everything the adapters may use. Nothing else in src/
 * imports from deeper in src/core (.dependency-cruiser.cjs); test-only helpers are in
 * testing.ts. A new programme is a folder in programmes/ and one line below (docs/architecture.md:
 * "Adding a review programme").
 */
import { caseProgramme } from "./programmes/case/programme";
import { chamberProgramme } from "./programmes/chamber/programme";
import { registerProgramme } from "./contract/registry";

registerProgramme(chamberProgramme, { trusted: true });
registerProgramme(caseProgramme, { trusted: true });


// The kernel: grids, cells, issues, results, ranking, quotas, text, the shared types.
export { a1, colName, colOf, parseA1, parseRangeRef, quoteSheet } from "./kernel/a1";
export { charWidth, displayWidth } from "./kernel/displayWidth";
export { cellAt, ERROR_VALUES, rowsIn, SHEET_COLS, SHEET_ROWS, usedColEnd } from "./kernel/grid";
export { GridBuilder, gridFromValues } from "./kernel/gridBuild";
export type { Cell, Grid, GridRow, MergeArea, Pos } from "./kernel/gridTypes";
export { sha256Bytes, utf8Length } from "./kernel/hash";
export type { Issue, IssueCode, Params, Reason, Severity } from "./kernel/issues";
export { keepRuns } from "./kernel/keep";
export { groupKey, PROVINCE_NAMES } from "./kernel/provinces";
export { parseQuotaSetting, QUOTA_PRECEDENCE, QUOTA_SETTING, settingToStore, withEveryQuota, withGroupQuota } from "./kernel/quotas";
export type { QuotaSetting, QuotaSource } from "./kernel/quotas";
export type { Verdict } from "./kernel/rank";
export type { Counts, Detection, Entry, EntryBase, GroupStat, ProgrammeSeen, ResultTable, Review, Sighting, Status } from "./kernel/result";
export type { Scheme, SchemeBase } from "./kernel/schemeBase";
export { isLegalSheetName, legalSheetName, nthSheetName, uniqueSheetName } from "./kernel/sheetName";
export type { CellFormula, CellRule, PlanValue, SheetSpec } from "./kernel/sheetSpec";
export { formatScore, XML_ILLEGAL } from "./kernel/text";
export { VERSION } from "./kernel/version";

// The words, zh-CN first: the pane, the CLI, the Office.js and file adapters take their text from here.
export type { FileKind, NotTakenReason } from "./strings/cliFiles";
export { cliStrings, xlsxStrings } from "./strings/edges";
export type { CliStrings, XlsxStrings } from "./strings/edges";
export type { RestorePart } from "./strings/excel";
export { strings } from "./strings";
export type { Lang, Strings } from "./strings";
export type { CorruptParams, TooLargeParams, VerifyReason, XmlCut, XmlReason, ZipReason } from "./strings/xlsx";

// The programme contract and the registry: what a review programme is, and how one is added.
export { issueMessage } from "./contract/messages";
export type { Bilingual, CheckKey, ConsolidateWords, Consolidation, GatheredSource, IntakeColumns, IntakeHooks, IntakeRow, LineMark, Message, OwnCode, PaneShape, Programme, ProgrammeWords, ReportWords, ResultsShape, ReviewContext, ScoringSheets, SheetNamer, TableColumn, TableSection } from "./contract/programme";
export { BUILTIN_SCHEMES, builtinScheme, makeIssue, programmeOf, registerProgramme, unregisterProgramme } from "./contract/registry";
export { entryWhy } from "./contract/why";

// What the edges show of the built-in programmes (创新中国's expert sheets, the 四好 scheme's types).
export type { CaseEntry } from "./programmes/case/entry";
export type { ExpertStat } from "./programmes/case/panel";
export type { CaseScheme } from "./programmes/case/scheme";
export { INPUT_FILL, MAX_EXPERT_NAME, overlongNames, repeatedNames, splitNames } from "./programmes/case/scoringSheets";
export type { JsonExpert } from "./programmes/case/view";
export type { ChamberEntry } from "./programmes/chamber/entry";
export type { ChamberScheme } from "./programmes/chamber/scheme";

// The engine: review, detection, the write plan, memo and undo, the JSON report, schemes, 导入工作簿, 发送前检查, the stamp.
export { consolidatedSheets, gatherSource } from "./engine/consolidatedBook";
export type { Consolidated, SourceReport, SourceResult } from "./engine/consolidatedBook";
export type { Finding, FindingCode } from "./engine/contact";
export { detect, detectionMessage, detectScheme } from "./engine/detection";
export type { JsonDetection } from "./engine/detection";
export { clearChanges, followRenames, highlightChanges, restoreCandidates } from "./engine/highlights";
export type { FillLookup, FillNow } from "./engine/highlights";
export { commitPlan, newSummary, planSource, sheetCopy, sourcesRow, sourcesSheet } from "./engine/intakePlan";
export type { IntakeFile, IntakeOptions, IntakePlan, SourceRead, SummaryLine, TakeSheet } from "./engine/intakePlan";
export { intakeTarget } from "./engine/intakeTarget";
export type { IntakeTarget, KnownChamber, SummaryCols, TargetSummary } from "./engine/intakeTarget";
export { toJsonReport } from "./engine/jsonReport";
export type { JsonIssue, JsonReport } from "./engine/jsonReport";
export { MEMO_NAMESPACE, memoParts, mergeMemos, PART_BYTES, SCHEME_SETTING } from "./engine/memo";
export type { FillMemo, MemoState } from "./engine/memo";
export { mismatchIssue, otherProgramme } from "./engine/mismatch";
export { ourColumnReads } from "./engine/ownColumns";
export { gridContent } from "./engine/owned";
export { buildWritePlan, formatTime } from "./engine/plan";
export type { Highlight, PlanOptions, ReportLink, ReportPlan, ValueBlock, WritePlan } from "./engine/plan";
export { jsonPreflight, pointMessage, preflight } from "./engine/preflight";
export type { CheckItem, CheckPoint, CheckState, Preflight } from "./engine/preflight";
export { HEAD_ROWS, sheetFilter } from "./engine/relevance";
export { review } from "./engine/review";
export type { ReviewOptions } from "./engine/review";
export { loadScheme, parseScheme } from "./engine/schemes/load";
export type { SchemeLoad, SchemeProblem } from "./engine/schemes/problems";
export { describeDiff, loadStoredScheme, resolveScheme, storedLabel } from "./engine/schemes/resolve";
export type { SchemeDiff, SchemeRequest, SchemeResolution, SchemeSource, StoredLoad, StoredScheme } from "./engine/schemes/resolve";
export { fillNoteText, lockedRequired, reportReads, settlePlan } from "./engine/settle";
export type { FillNote, Settled } from "./engine/settle";
export { findStampSheet, makeStamp, stampIntact, stampMessage, stampSheet, verifyStamp, withStampSheet } from "./engine/stamp";
export type { SettingDigest, SheetDigest, Stamp, StampVerdict } from "./engine/stamp";
export { templateSheets } from "./engine/templateSheets";
export { groupFills, MAX_UNDO_BYTES, partsBytes, rowCheck, UNDO_NAMESPACE, undoFromParts, undoParts } from "./engine/undo";
export type { BlockChange, FillChange, Input, UndoRecord } from "./engine/undo";
export { undoDecision } from "./engine/undoDecision";
export type { UndoPlan } from "./engine/undoDecision";
