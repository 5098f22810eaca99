import { existsSync, realpathSync } from "fs";
import { resolve } from "path";
import { basename } from "path";
import { Consolidated, Grid, Lang, Review, Scheme, SourceResult, buildWritePlan, consolidatedSheets, detectScheme, gatherSource, issueMessage, mismatchIssue, otherProgramme, review, strings } from "../../core";
import { createXlsx, openXlsx } from "../../xlsx";
import { Options } from "../args";
import { applyPlan, openBook, readFailure } from "../book";
import { expandSources, shown, writeAtomic } from "../files";
import { CliError, Io, Progress } from "../io";
import { NamedScheme } from "../scheme";
import { exitCode, printReport } from "./output";

interface ReadSource {
  file: string;
  grids: Grid[] | null;
  stored: string | null;
  skipCode: string | null;
  skipMessage: string | null;
}

function real(p: string): string {
  return existsSync(p) ? realpathSync(p) : p;
}

/** Every source read once; one that cannot be read is told on stderr at once and kept as skipped. */
function readAll(files: string[], io: Io, lang: Lang): ReadSource[] {
  const t = strings(lang).cli;
  const progress = new Progress(io);
  const out: ReadSource[] = [];
  files.forEach((path, i) => {
    progress.update(t.progress.reading(i + 1, files.length), i + 1 === files.length);
    const file = shown(path, io.cwd);
    try {
      const { book } = openBook(path, file, lang);
      out.push({ file, grids: book.grids(), stored: book.storedScheme(), skipCode: null, skipMessage: null });
    } catch (e) {
      const err = readFailure(e, file, lang);
      progress.done();
      io.stderr(t.consolidate.skipped(err.message) + "\n");
      out.push({ file, grids: null, stored: null, skipCode: err.code ?? "unreadable", skipMessage: err.message });
    }
  });
  progress.done();
  return out;
}

/**
 * `--scheme`, else what the engine sees in all the sources. Rules never come from a source
 * file (one could change every other source's verdict): a scheme stored there is told, unused.
 */
function chooseScheme(named: Scheme | null, read: ReadSource[], lang: Lang, io: Io): { scheme: Scheme; detected: boolean } {
  const carriers = read.filter((r) => r.stored !== null && r.stored.trim() !== "").length;
  if (carriers) io.stderr(strings(lang).trust.scheme.consolidateIgnores(carriers) + "\n");
  if (named) return { scheme: named, detected: false };
  return { scheme: detectScheme(read.flatMap((r) => r.grids ?? [])), detected: true };
}

/** The new workbook, reviewed and filled like any other, written atomically. */
function writeFilled(merged: Consolidated, out: string, outShown: string, scheme: Scheme, detected: boolean, o: Options, io: Io): Review {
  const book = openXlsx(createXlsx(merged.specs));
  const grids = book.grids();
  const rv = { ...review(grids, { scheme, quota: o.quota ?? undefined }), detected };
  const plan = buildWritePlan(rv, { lang: o.lang, now: io.now(), fillStatedTotals: o.fillSubtotals });
  applyPlan(book, grids, plan, outShown, o.lang);
  writeAtomic(out, book.toBytes(), outShown, o.lang);
  return rv;
}

/**
 * `consolidate`: the 自评表 (or expert sheets) of many workbooks in one new workbook with
 * a generated summary, then filled. Unreadable sources are reported and skipped.
 */
export function runConsolidate(args: string[], o: Options, given: NamedScheme | null, io: Io): number {
  const named = given && given.kind !== "workbook" ? given.scheme : null;
  const t = strings(o.lang).cli;
  const out = resolve(io.cwd, o.output!);
  const outReal = real(out);
  // A previous run's output inside a scanned folder is not a source.
  const files = expandSources(args, io.cwd, o.lang).filter((p) => real(p) !== outReal);
  if (!files.length) throw new CliError(t.consolidate.noSources);
  const read = readAll(files, io, o.lang);
  const { scheme, detected } = chooseScheme(named, read, o.lang, io);

  const sources: SourceResult[] = read.map((r) => {
    const stem = basename(r.file).replace(/\.xlsx$/i, "");
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
  if (skipped === sources.length) throw new CliError(t.consolidate.nothingRead);

  const outShown = shown(out, io.cwd);
  const progress = new Progress(io);
  progress.update(t.progress.writing, true);
  let rv: Review;
  let merged: Consolidated;
  try {
    merged = consolidatedSheets(sources, scheme, o.lang);
    rv = writeFilled(merged, out, outShown, scheme, detected, o, io);
  } finally {
    progress.done();
  }

  const notes = [t.report.written(outShown)];
  if (skipped) notes.push(t.consolidate.skippedCount(skipped));
  printReport(io, rv, outShown, o.lang, o.json, { output: outShown, sources: merged.sources }, notes, { source: given?.kind === "file" ? "file" : "builtin", head: [] });
  return exitCode(rv, skipped);
}
