import { Grid, Lang, Scheme, WritePlan, strings } from "../core";
import { VerifyError, XlsxBook, XlsxError, openXlsx } from "../xlsx";
import { readBytes } from "./files";
import { CliError } from "./io";
import { schemeFromStored } from "./scheme";

/** The engine's own messages for memory it could not get: the file was too large to hold. */
function outOfMemory(e: unknown): boolean {
  return e instanceof RangeError && /Invalid (string|array) length|allocation failed|too long|Maximum call stack/i.test(e.message);
}

/**
 * Any failure while reading or writing a workbook, as a message naming the file (and part,
 * sheet and cell when known), exit 2. Never a stack trace: the cause stays for --debug.
 */
export function readFailure(e: unknown, display: string, lang: Lang): CliError {
  if (e instanceof CliError) return e;
  const t = strings(lang).cli.file;
  if (e instanceof XlsxError) return new CliError(t.xlsx(display, e.text(lang)), false, e.code, display, e);
  if (e instanceof VerifyError) return new CliError(t.notVerified(display, e.message), false, "not-verified", display, e);
  if (outOfMemory(e)) return new CliError(t.outOfMemory(display), false, "too-large", display, e);
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new CliError(t.internal(display, why), false, "internal", display, e);
}

/** Runs `work` on a file, turning whatever it throws into one clean message about that file. */
export function onFile<T>(display: string, lang: Lang, work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw readFailure(e, display, lang);
  }
}

export interface Opened {
  book: XlsxBook;
  bytes: Uint8Array;
}

export function openBook(path: string, display: string, lang: Lang): Opened {
  const bytes = readBytes(path, display, lang);
  return onFile(display, lang, () => ({ book: openXlsx(bytes), bytes }));
}

/** `--scheme` when given, else the scheme the workbook carries; null leaves detection to the engine. */
export function schemeFor(book: XlsxBook, named: Scheme | null, display: string, lang: Lang): Scheme | null {
  if (named) return named;
  const stored = book.storedScheme();
  if (stored !== null && stored.trim() !== "") return schemeFromStored(stored, display, lang);
  return null;
}

/** The sheets a write plan touches that are protected. */
function lockedIn(grids: Grid[], plan: WritePlan): Grid | undefined {
  return grids.find((g) => g.protected && plan.touched.includes(g.name));
}

/**
 * Applies a write plan, refusing before anything changes when it would touch a protected
 * sheet: a half-filled workbook is worse than none.
 */
export function applyPlan(book: XlsxBook, grids: Grid[], plan: WritePlan, display: string, lang: Lang): void {
  const t = strings(lang).cli.file;
  const locked = lockedIn(grids, plan);
  if (locked) throw new CliError(`${t.xlsx(display, strings(lang).xlsx.errors.protectedSheet(locked.name))}\n${t.nothingWritten}`, false, "protected", display);
  try {
    book.apply(plan);
  } catch (e) {
    if (e instanceof XlsxError && e.code === "protected") throw new CliError(`${t.xlsx(display, e.text(lang))}\n${t.nothingWritten}`, false, e.code, display, e);
    throw readFailure(e, display, lang);
  }
}

/**
 * What `check` does instead of writing: the same write, in memory, so that a file `fill`
 * would refuse (a part it needs is damaged, the results would not fit the sheet) is
 * refused by `check` too. Protected sheets are left out: `fill` says so on its own.
 */
export function rehearse(book: XlsxBook, grids: Grid[], plan: WritePlan, display: string, lang: Lang): void {
  const locked = new Set(grids.filter((g) => g.protected).map((g) => g.name));
  const open = locked.size
    ? { ...plan, blocks: plan.blocks.filter((b) => !locked.has(b.sheet)), highlights: plan.highlights.filter((h) => !locked.has(h.sheet)) }
    : plan;
  onFile(display, lang, () => {
    try {
      book.apply(open);
    } catch (e) {
      if (!(e instanceof XlsxError && e.code === "protected")) throw e;
    }
  });
}
