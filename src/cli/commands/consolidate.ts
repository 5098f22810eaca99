import { existsSync, realpathSync, statSync } from "fs";
import { basename, dirname, join, relative, resolve, sep } from "path";
import { Consolidated, Grid, Lang, Review, Scheme, SourceResult, buildWritePlan, consolidatedSheets, detect, type Detection, gatherSource, issueMessage, mismatchIssue, otherProgramme, review, sheetFilter, strings, cliStrings } from "../../core";
import { ReadBudget, XlsxError, openNew, writtenGrids } from "../../xlsx";
import { Options } from "../args";
import { applyPlan, onFile, openBook, readFailure } from "../book";
import { claimOutput } from "../claim";
import { shown } from "../files";
import { NotTaken, isSourceName, listSources } from "../folder";
import { CliError, Io, Progress } from "../io";
import { NamedScheme } from "../schemeOption";
import { runKey, sealed } from "../seal";
import { followLink, writeAtomic } from "../write";
import { exitCode, printReport } from "./output";

interface ReadSource {
  file: string;
  grids: Grid[] | null;
  stored: string | null;
  skipCode: string | null;
  skipMessage: string | null;
}

/** Files of the folders read that were not taken, as 来源清单 rows. */
function notTakenRows(list: NotTaken[], lang: Lang): { file: string; reason: string }[] {
  return list.map((n) => ({ file: n.file, reason: cliStrings(lang).fs.reason(n.reason) }));
}

/** The real path of a file that may not exist yet: its folder resolved, links followed. */
function real(p: string): string {
  if (existsSync(p)) return realpathSync(p);
  const dir = dirname(p);
  return existsSync(dir) ? join(realpathSync(dir), basename(p)) : p;
}

/**
 * The output must never be a source, nor a new workbook in a source folder, where the next
 * run would read it as one: refused before anything is read.
 */
function refuseUnsafeOutput(out: string, args: string[], files: string[], io: Io, lang: Lang): void {
  const t = cliStrings(lang).consolidate;
  const outReal = real(followLink(out));
  const outShown = shown(out, io.cwd);
  if (files.some((f) => real(f) === outReal)) throw new CliError(t.outputIsSource(outShown), false, "output-is-source", outShown);
  for (const a of args) {
    const dir = resolve(io.cwd, a);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    const rel = relative(realpathSync(dir), outReal);
    const inside = rel !== "" && !rel.startsWith("..") && !rel.split(sep).some((seg, i, all) => i < all.length - 1 && seg.startsWith("."));
    if (inside && isSourceName(basename(out))) throw new CliError(t.outputInSource(outShown, shown(dir, io.cwd)), false, "output-in-source", outShown);
  }
}

/**
 * One source: its sheets (in full those `scheme` may use), or why it is skipped, told on
 * stderr at once. All the sources together share one budget of cells: past it the run stops.
 */
function readOne(path: string, scheme: Scheme | null, budget: ReadBudget, io: Io, lang: Lang): ReadSource {
  const file = shown(path, io.cwd);
  try {
    const { book } = openBook(path, file, lang, budget.child());
    return onFile(file, lang, () => ({ file, grids: book.grids(sheetFilter(scheme)), stored: book.storedScheme(), skipCode: null, skipMessage: null }));
  } catch (e) {
    const err = readFailure(e, file, lang);
    if (err.cause instanceof XlsxError && err.cause.size?.what === "sources-cells") throw err;
    io.stderr(cliStrings(lang).consolidate.skipped(err.message) + "\n");
    return { file, grids: null, stored: null, skipCode: err.code ?? "unreadable", skipMessage: err.message };
  }
}

/**
 * Every source read once, in full only the sheets the scheme may use (`--scheme`, else
 * either built-in one, as detection looks at both); a source that cannot be read is told on
 * stderr at once and kept as skipped.
 */
function readAll(files: string[], named: Scheme | null, io: Io, lang: Lang): ReadSource[] {
  const t = cliStrings(lang);
  const progress = new Progress(io);
  const budget = new ReadBudget("sources");
  const read = files.map((path, i) => {
    progress.update(t.progress.reading(i + 1, files.length), i + 1 === files.length);
    const r = readOne(path, named, budget, io, lang);
    if (r.skipCode) progress.done();
    return r;
  });
  progress.done();
  return read;
}

/**
 * `--scheme`, else what the engine sees in all the sources. Rules never come from a source
 * file (one could change every other source's verdict): a scheme stored there is told, unused.
 */
function chooseScheme(named: Scheme | null, read: ReadSource[], lang: Lang, io: Io): { scheme: Scheme; detection: Detection | null } {
  const carriers = read.filter((r) => r.stored !== null && r.stored.trim() !== "").length;
  if (carriers) io.stderr(strings(lang).trust.scheme.consolidateIgnores(carriers) + "\n");
  if (named) return { scheme: named, detection: null };
  const detection = detect(read.flatMap((r) => r.grids ?? []));
  return { scheme: detection.scheme, detection };
}

/**
 * The new workbook, reviewed and filled like any other, checked, then written atomically. It
 * is reviewed from the sheets in memory, as reading the new file back would give them
 * (`writtenGrids`), not by parsing what was just written.
 */
function writeFilled(merged: Consolidated, out: string, outShown: string, key: string, scheme: Scheme, detection: Detection | null, o: Options, io: Io): Review {
  return onFile(outShown, o.lang, () => {
    const book = openNew(merged.specs);
    const grids = writtenGrids(merged.specs);
    // Detection looked at the sources: what it saw there is told, not what the new workbook shows.
    const rv = { ...review(grids, { scheme, quota: o.quota ?? undefined }), detected: detection !== null, ...(detection ? { detection } : {}) };
    const plan = buildWritePlan(rv, { lang: o.lang, now: io.now(), fillStatedTotals: o.fillSubtotals });
    applyPlan(book, grids, plan, outShown, o.lang);
    writeAtomic(out, sealed(book.toBytes(), key), outShown, o.lang);
    return rv;
  });
}

/**
 * `consolidate`: the 自评表 (or expert sheets) of many workbooks in one new workbook with
 * a generated summary, then filled. Unreadable sources are reported and skipped; files of the
 * folders that are not taken are said with the reason. The output replaces only this run's
 * own earlier output, unchanged, unless `--overwrite`.
 */
export function runConsolidate(args: string[], o: Options, given: NamedScheme | null, io: Io): number {
  const named = given && given.kind !== "workbook" ? given.scheme : null;
  const t = cliStrings(o.lang);
  const out = resolve(io.cwd, o.output!);
  const outShown = shown(out, io.cwd);
  const { files, notTaken } = listSources(args, io.cwd, o.lang);
  if (!files.length) throw new CliError(t.consolidate.noSources, false, "no-sources");
  refuseUnsafeOutput(out, args, files, io, o.lang);
  const key = runKey("consolidate", args.map((a) => resolve(io.cwd, a)));
  claimOutput(out, outShown, { named: true, key, overwrite: o.overwrite }, o.lang);
  for (const n of notTaken) io.stderr(t.fs.notTaken(n.file, t.fs.reason(n.reason)) + "\n");
  const read = readAll(files, named, io, o.lang);
  const { scheme, detection } = chooseScheme(named, read, o.lang, io);

  const sources: SourceResult[] = read.map((r) => {
    const stem = basename(r.file).replace(/\.(xlsx|xlsm|xls|et|ods)$/i, "");
    if (!r.grids) return { file: r.file, stem, gathered: null, skipCode: r.skipCode, skipMessage: r.skipMessage };
    const g = gatherSource(r.grids, scheme);
    if (g !== null) return { file: r.file, stem, gathered: g, skipCode: null, skipMessage: null };
    // The other programme's workbook is told as such, not as "no sheets".
    const other = otherProgramme(r.grids, scheme);
    const message = other ? t.consolidate.otherProgramme(r.file, issueMessage(mismatchIssue(other, scheme), o.lang)) : t.consolidate.noSheets(r.file);
    io.stderr(t.consolidate.skipped(message) + "\n");
    return { file: r.file, stem, gathered: null, skipCode: other ? "other-programme" : "no-sheets", skipMessage: message };
  });
  const skipped = sources.filter((s) => !s.gathered).length;
  if (skipped === sources.length) throw new CliError(t.consolidate.nothingRead, false, "nothing-read");

  const progress = new Progress(io);
  progress.update(t.progress.writing, true);
  let rv: Review;
  let merged: Consolidated;
  try {
    merged = consolidatedSheets(sources, scheme, o.lang, t.consolidate, notTakenRows(notTaken, o.lang));
    rv = writeFilled(merged, out, outShown, key, scheme, detection, o, io);
  } finally {
    progress.done();
  }

  const notes = [t.report.written(outShown)];
  if (skipped) notes.push(t.consolidate.skippedCount(skipped));
  const extra = { output: outShown, sources: merged.sources, notTaken: notTaken.map((n) => ({ file: n.file, code: n.reason.why, message: t.fs.reason(n.reason) })) };
  printReport(io, rv, outShown, o.lang, o.json, extra, notes, { source: given?.kind === "file" ? "file" : "builtin", head: [] });
  return exitCode(rv, skipped);
}
