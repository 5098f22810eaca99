import { Grid, Lang, WritePlan, strings } from "../core";
import { ApplyStats, XlsxBook, XlsxError, openXlsx } from "../xlsx";
import { readBytes } from "./files";
import { CliError } from "./io";

/** Any failure to read a workbook, as a message naming the file (and sheet and cell when known). */
export function readFailure(e: unknown, display: string, lang: Lang): CliError {
  if (e instanceof CliError) return e;
  const t = strings(lang).cli.file;
  if (e instanceof XlsxError) return new CliError(t.xlsx(display, e.text(lang)), false, e.code);
  // The reader should only ever throw XlsxError; anything else still means "cannot read this file".
  return new CliError(t.unreadable(display, e instanceof Error ? e.message : String(e)), false, "unreadable");
}

export interface Opened {
  book: XlsxBook;
  bytes: Uint8Array;
}

export function openBook(path: string, display: string, lang: Lang): Opened {
  const bytes = readBytes(path, display, lang);
  try {
    return { book: openXlsx(bytes), bytes };
  } catch (e) {
    throw readFailure(e, display, lang);
  }
}

/**
 * Applies a write plan. The file adapter settles it by the core's rules (a locked result or
 * report sheet refuses before anything changes; a locked 自评表 only loses its highlights,
 * told in the stats' notes): a half-filled workbook is worse than none.
 */
export function applyPlan(book: XlsxBook, grids: Grid[], plan: WritePlan, display: string, lang: Lang): ApplyStats {
  const t = strings(lang).cli.file;
  try {
    return book.apply(plan);
  } catch (e) {
    if (e instanceof XlsxError && e.code === "protected") throw new CliError(`${t.xlsx(display, e.text(lang))}\n${t.nothingWritten}`);
    throw e;
  }
}
