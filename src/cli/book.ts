import { Grid, Lang, Scheme, WritePlan, strings } from "../core";
import { XlsxBook, XlsxError, openXlsx } from "../xlsx";
import { readBytes } from "./files";
import { CliError } from "./io";
import { schemeFromStored } from "./scheme";

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

/** `--scheme` when given, else the scheme the workbook carries; null leaves detection to the engine. */
export function schemeFor(book: XlsxBook, named: Scheme | null, display: string, lang: Lang): Scheme | null {
  if (named) return named;
  const stored = book.storedScheme();
  if (stored !== null && stored.trim() !== "") return schemeFromStored(stored, display, lang);
  return null;
}

/**
 * Applies a write plan, refusing before anything changes when it would touch a protected
 * sheet: a half-filled workbook is worse than none.
 */
export function applyPlan(book: XlsxBook, grids: Grid[], plan: WritePlan, display: string, lang: Lang): void {
  const t = strings(lang).cli.file;
  const locked = grids.find((g) => g.protected && plan.touched.includes(g.name));
  if (locked) throw new CliError(`${t.xlsx(display, strings(lang).xlsx.errors.protectedSheet(locked.name))}\n${t.nothingWritten}`);
  try {
    book.apply(plan);
  } catch (e) {
    if (e instanceof XlsxError && e.code === "protected") throw new CliError(`${t.xlsx(display, e.text(lang))}\n${t.nothingWritten}`);
    throw e;
  }
}
