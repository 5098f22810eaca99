import { existsSync, realpathSync } from "fs";
import { resolve } from "path";
import { Grid, Review, WritePlan, buildWritePlan, cliStrings, fillNoteText, jsonPreflight, preflight, review, sheetFilter, verifyStamp, withStampSheet, xlsxStrings } from "../../core";
import { LegacyFormat, XlsxBook, extensionOf } from "../../xlsx";
import { Options } from "../args";
import { applyPlan, onFile, openBook, readFailure, rehearse } from "../book";
import { backupNames, besideInput, shown } from "../files";
import { CliError, Io } from "../io";
import { storedQuotas } from "../storedQuotas";
import { NamedScheme, SchemeUse, schemeForBook } from "../schemeOption";
import { claimOutput } from "../claim";
import { runKey, sealed } from "../seal";
import { writeAtomic, writeNew } from "../write";
import { preflightLines } from "../preflightLines";
import { exitCode, printReport } from "./output";

/** Same file, even when reached through a symbolic link. */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  return real(a) === real(b);
}

/** The scheme of one workbook; a stored scheme left unused is said on stderr. */
async function schemeOf(book: XlsxBook, named: NamedScheme | null, display: string, o: Options, io: Io): Promise<SchemeUse> {
  let use: SchemeUse;
  try {
    use = await schemeForBook(named, book.storedScheme(), display, o.lang);
  } catch (e) {
    throw readFailure(e, display, o.lang);
  }
  for (const w of use.warnings) io.stderr(w + "\n");
  return use;
}

interface Prepared {
  path: string;
  display: string;
  book: XlsxBook;
  bytes: Uint8Array;
  legacy: LegacyFormat | null;
  use: SchemeUse;
  grids: Grid[];
  rv: Review;
  plan: WritePlan;
}

/** Reads the workbook (only the sheets the scheme may use in full), reviews it, and plans the write. */
async function prepare(file: string, o: Options, named: NamedScheme | null, io: Io): Promise<Prepared> {
  const path = resolve(io.cwd, file);
  const display = shown(path, io.cwd);
  const { book, bytes, legacy } = openBook(path, display, o.lang);
  const use = await schemeOf(book, named, display, o, io);
  return onFile(display, o.lang, () => {
    // The 校验记录 sheet is read whole too: `check` compares it (SPEC §7).
    const grids = book.grids(withStampSheet(sheetFilter(use.scheme)));
    const rv = review(grids, { scheme: use.scheme, quota: o.quota ?? undefined, quotaSetting: storedQuotas(book, display, o.lang, io) });
    const plan = buildWritePlan(rv, { lang: o.lang, now: io.now(), fillStatedTotals: o.fillSubtotals });
    return { path, display, book, bytes, legacy, use, grids, rv, plan };
  });
}

/**
 * `check`: reads and reports; writes nothing, but rehearses the write so it refuses what `fill`
 * would. Ends with the 发送前检查 checklist, whose verdict is the exit code (0 = 可以发送), and
 * what the workbook's 校验记录 says.
 */
export async function runCheck(file: string, o: Options, named: NamedScheme | null, io: Io): Promise<number> {
  const p = await prepare(file, o, named, io);
  rehearse(p.book, p.grids, p.plan, p.display, o.lang);
  const pf = preflight(p.rv, p.grids, o.lang);
  const stamp = verifyStamp(p.grids, p.rv);
  const extra = {
    preflight: jsonPreflight(pf, o.lang),
    stamp: { present: stamp.present, matches: stamp.matches, changedSheets: stamp.changedSheets, changedSettings: stamp.changedSettings ?? [], unverifiedSettings: stamp.unverifiedSettings ?? [] },
  };
  printReport(io, p.rv, p.display, o.lang, o.json, extra, preflightLines(pf, stamp, o.lang, io.columns ?? null), p.use);
  return pf.ready ? exitCode(p.rv) : exitCode(p.rv, 1);
}

/** Where `fill` writes: the input (`--in-place`), `-o`, or `<name>.reviewed.<ext>` beside it. */
function outputOf(path: string, display: string, ext: string, o: Options, io: Io): string {
  const t = cliStrings(o.lang);
  if (o.inPlace) return path;
  if (o.output === null) return besideInput(path, "reviewed", ext);
  const out = resolve(io.cwd, o.output);
  // Excel refuses a workbook whose extension does not match its content (macros in an .xlsx).
  if (!out.toLowerCase().endsWith(ext)) throw new CliError(t.arg.outputKind(display, ext, o.output), true, "output-kind", display);
  return out;
}

/**
 * `fill`: writes the results to a new file beside the input (or `-o`); with `--in-place`
 * first keeps a backup that never replaces an earlier one. An existing output is replaced
 * only when it is this run's own earlier output, unchanged, or with `--overwrite`; a link at
 * the default output is never followed. Every write is checked, then atomic, so an
 * interrupted run leaves the old file or the new one, never a broken one.
 */
export async function runFill(file: string, o: Options, named: NamedScheme | null, io: Io): Promise<number> {
  const t = cliStrings(o.lang);
  const path = resolve(io.cwd, file);
  // Refused before anything is read: the input is never the output (except --in-place).
  if (!o.inPlace && o.output !== null && samePath(resolve(io.cwd, o.output), path)) {
    throw new CliError(t.arg.outputIsInput(shown(path, io.cwd)), true, "usage", shown(path, io.cwd));
  }
  const p = await prepare(file, o, named, io);
  const ext = extensionOf(p.book.kind);
  // An .xls or .ods is read into a new .xlsx: that is what is written, never over the original.
  if (p.legacy && o.inPlace) {
    const kind = xlsxStrings(o.lang).legacyName[p.legacy];
    throw new CliError(t.arg.inPlaceLegacy(p.display, kind, shown(besideInput(p.path, "reviewed", ext), io.cwd)), true, "in-place-legacy", p.display);
  }
  const out = outputOf(p.path, p.display, ext, o, io);
  const outShown = shown(out, io.cwd);
  const userNamed = o.inPlace || o.output !== null;
  const key = runKey("fill", [p.path]);
  if (!o.inPlace) claimOutput(out, outShown, { named: userNamed, key, overwrite: o.overwrite }, o.lang);
  const stats = applyPlan(p.book, p.grids, p.plan, p.display, o.lang);
  const result = onFile(p.display, o.lang, () => sealed(p.book.toBytes(), key));
  const extra: Record<string, unknown> = { output: outShown };
  const notes: string[] = [];
  if (o.inPlace) {
    // The backup sits beside the name the user gave, even when that name is a link.
    const first = besideInput(p.path, "bak", ext);
    const bak = writeNew(backupNames(p.path, ext), p.bytes, (b) => shown(b, io.cwd), o.lang);
    extra.backup = shown(bak, io.cwd);
    notes.push(bak === first ? t.report.backup(shown(bak, io.cwd)) : t.report.backupAgain(shown(bak, io.cwd), shown(first, io.cwd)));
  }
  writeAtomic(out, result, outShown, o.lang, userNamed);
  notes.unshift(t.report.written(outShown), ...(p.legacy ? [t.report.converted(xlsxStrings(o.lang).legacyName[p.legacy])] : []), ...stats.notes.map((n) => fillNoteText(n, o.lang)));
  printReport(io, p.rv, p.display, o.lang, o.json, extra, notes, p.use);
  return exitCode(p.rv);
}
