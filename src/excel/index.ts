/** The Office.js adapter: what the task pane and ribbon commands use. */
export * from "../host";
export { OfficeWorkbook } from "./gateway";
export type { OfficeWorkbookOptions } from "./gateway";
export { ExcelAdapterError } from "./errors";
export type { ExcelErrorCode } from "./errors";
export { capabilities, BASELINE, MERGED_AREAS, UNDO_GROUP, FILL_TINT } from "./requirements";
export { MAX_SHEET_CELLS } from "./read";
export { groupRects } from "./rects";
export type { Rect, KeyedCell } from "./rects";
export { needsQuote, toInput } from "./literal";
