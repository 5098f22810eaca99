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

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptionInfo" as UTF-16LE, the stream name an encrypted OOXML file's CFB wrapper holds. */
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(b: Uint8Array, sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

function contains(b: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  const last = b.length - needle.length;
  outer: for (let i = b.indexOf(first); i >= 0 && i <= last; i = b.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Opens a workbook file. Throws XlsxError for anything that is not a readable .xlsx.
 * `shared`: the caller will not change `bytes` while the book is open (they are not copied).
 * `budget`: what its sheets may add up to (by default its own, LIMITS.bookCells and bookBytes).
 */
export function openXlsx(bytes: Uint8Array, shared = false, budget?: ReadBudget): XlsxBook {
  if (startsWith(bytes, CFB)) throw xlsxError(contains(bytes, ENCRYPTION_INFO) ? "encrypted" : "legacy-xls");
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
