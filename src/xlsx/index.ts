/**
 * The .xlsx file adapter (the command line's, and the pane's reader for 导入工作簿; no Node
 * API): reads workbooks into the core's grids and applies write plans by patching the package,
 * so that every part the plan does not touch stays as it was. Not to be confused with
 * src/excel, the Office.js host.
 */
import { SheetSpec } from "../core";
import { Book, XlsxBook } from "./book";
import { ReadBudget } from "./budget";
import { buildXlsx } from "./create";
import { xlsxError } from "./errors";
import { Package } from "./package";
import { isCfb } from "./legacy/cfb";
import { legacyInput } from "./legacy/input";
import { sniffNonZip } from "./sniff";
import { looksLikeZip } from "./zip";

export { XlsxError } from "./errors";
export { VerifyError } from "./verify";
export { ReadBudget } from "./budget";
export type { BookKind } from "./kind";
export { extensionOf } from "./kind";
export type { XlsxErrorCode, CorruptParams } from "./errors";
export type { ApplyStats, XlsxBook } from "./book";
export { createXlsx, writtenGrids } from "./create";
export { legalSheetName, uniqueSheetName } from "./names";
export { legacyInput } from "./legacy/input";
export type { LegacyFormat, LegacyInput } from "./legacy/input";
export { openLegacy } from "./legacy/book";
export type { LegacyReader } from "./legacy/book";

/**
 * Opens a workbook file. Throws XlsxError for anything that is not a readable .xlsx: an
 * Office 97-2003 file is named for what it is (an .xls that the legacy reader could read is
 * `legacy-xls`: callers that read those ask `legacyInput` first and open it with `openLegacy`).
 * `shared`: the caller will not change `bytes` while the book is open (they are not copied).
 * `budget`: what its sheets may add up to (by default its own, LIMITS.bookCells and bookBytes).
 */
export function openXlsx(bytes: Uint8Array, shared = false, budget?: ReadBudget): XlsxBook {
  if (isCfb(bytes)) {
    legacyInput(bytes);
    throw xlsxError("legacy-xls");
  }
  if (!looksLikeZip(bytes)) throw xlsxError(sniffNonZip(bytes) ?? "not-zip");
  return new Book(new Package(bytes, shared), false, budget);
}

/**
 * A new workbook from sheet specs, open for a write plan (what `consolidate` fills). It is
 * checked once, whole, when its bytes are asked for, rather than when made and again then.
 */
export function openNew(specs: SheetSpec[]): XlsxBook {
  return new Book(new Package(buildXlsx(specs)), true);
}
