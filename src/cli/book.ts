import { Grid, Lang, WritePlan, cliStrings } from "../core";
import { ApplyStats, LegacyFormat, LegacyReader, ReadBudget, VerifyError, XlsxBook, XlsxError, legacyInput, openLegacy, openXlsx } from "../xlsx";
import { readBytes } from "./files";
import { CliError } from "./io";

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
  const t = cliStrings(lang).file;
  if (e instanceof XlsxError) return new CliError(t.xlsx(display, e.text(lang)), false, e.code, display, e);
  if (e instanceof VerifyError) return new CliError(t.notVerified(display, e.text(lang)), false, "not-verified", display, e);
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
  /** Read from an .xls, WPS or .ods file: the book is a new .xlsx made from it. */
  legacy: LegacyFormat | null;
}

/**
 * The .xls and .ods reader (SheetJS), required here, at the call, for such a file only: an
 * .xlsx never loads it, and the command line starts as fast as before it was added.
 */
function legacyReader(): LegacyReader {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous and at the call on purpose (see above)
  return require("../xlsx/legacy/sheetjs") as LegacyReader;
}

/** `budget`: what its sheets may add up to, shared by all of consolidate's sources (by default the workbook's own). */
export function openBook(path: string, display: string, lang: Lang, budget?: ReadBudget): Opened {
  const bytes = readBytes(path, display, lang);
  return onFile(display, lang, () => {
    const legacy = legacyInput(bytes);
    if (legacy) return { book: openLegacy(legacy, legacyReader(), budget), bytes, legacy: legacy.format };
    // The file's bytes are only read after this (and kept for a backup): the book reads them in place.
    return { book: openXlsx(bytes, true, budget), bytes, legacy: null };
  });
}

/**
 * Applies a write plan. The file adapter settles it by the core's rules (a locked result or
 * report sheet refuses before anything changes; a locked 自评表 only loses its highlights,
 * told in the stats' notes): a half-filled workbook is worse than none.
 */
export function applyPlan(book: XlsxBook, grids: Grid[], plan: WritePlan, display: string, lang: Lang): ApplyStats {
  const t = cliStrings(lang).file;
  try {
    return book.apply(plan);
  } catch (e) {
    if (e instanceof XlsxError && e.code === "protected") throw new CliError(`${t.xlsx(display, e.text(lang))}\n${t.nothingWritten}`, false, e.code, display, e);
    throw readFailure(e, display, lang);
  }
}

/**
 * What `check` does instead of writing: the same write, in memory, and the same checks of
 * it, so that a file `fill` would refuse (a part it needs is damaged, a part it rewrites holds
 * what XML cannot carry, the results would not fit the sheet) is refused by `check` too. The core's rules settle it as for `fill` (a user's 校验报告 is
 * avoided, a locked 自评表 loses only its highlights); protected sheets `fill` must write
 * are left out, since `fill` says so on its own, so the rest is still rehearsed.
 */
export function rehearse(book: XlsxBook, grids: Grid[], plan: WritePlan, display: string, lang: Lang): void {
  const locked = new Set(grids.filter((g) => g.protected).map((g) => g.name));
  const open: WritePlan = locked.size
    ? {
        ...plan,
        table: plan.table && locked.has(plan.table.sheet) ? null : plan.table,
        blocks: plan.blocks.filter((b) => !locked.has(b.sheet)),
        highlights: plan.highlights.filter((h) => !locked.has(h.sheet)),
      }
    : plan;
  onFile(display, lang, () => {
    try {
      book.apply(open);
    } catch (e) {
      if (!(e instanceof XlsxError && e.code === "protected")) throw e;
    }
    book.verify();
  });
}
