import { existsSync, realpathSync } from "fs";
import { resolve } from "path";
import { Scheme, buildWritePlan, review, strings } from "../../core";
import { Options } from "../args";
import { applyPlan, openBook, schemeFor } from "../book";
import { besideInput, shown, writeAtomic } from "../files";
import { CliError, Io } from "../io";
import { storedQuotas } from "../quotas";
import { exitCode, printReport } from "./output";

/** Same file, even when reached through a symbolic link. */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  return real(a) === real(b);
}

/** `check`: reads and reports; writes nothing. */
export function runCheck(file: string, o: Options, named: Scheme | null, io: Io): number {
  const path = resolve(io.cwd, file);
  const display = shown(path, io.cwd);
  const { book } = openBook(path, display, o.lang);
  const scheme = schemeFor(book, named, display, o.lang);
  const rv = review(book.grids(), { scheme, quota: o.quota ?? undefined, quotaSetting: storedQuotas(book, display, o.lang, io) });
  printReport(io, rv, display, o.lang, o.json);
  return exitCode(rv);
}

/**
 * `fill`: writes the results to a new file beside the input (or `-o`); with `--in-place`
 * keeps `<name>.bak.xlsx` first. Every write is atomic, so an interrupted run leaves the
 * old file or the new one, never a broken one.
 */
export function runFill(file: string, o: Options, named: Scheme | null, io: Io): number {
  const t = strings(o.lang).cli;
  const path = resolve(io.cwd, file);
  const display = shown(path, io.cwd);
  const out = o.inPlace ? path : o.output !== null ? resolve(io.cwd, o.output) : besideInput(path, "reviewed");
  if (!o.inPlace && samePath(out, path)) throw new CliError(t.arg.outputIsInput(display), true);
  const { book, bytes } = openBook(path, display, o.lang);
  const scheme = schemeFor(book, named, display, o.lang);
  const grids = book.grids();
  const rv = review(grids, { scheme, quota: o.quota ?? undefined, quotaSetting: storedQuotas(book, display, o.lang, io) });
  const plan = buildWritePlan(rv, { lang: o.lang, now: io.now(), fillStatedTotals: o.fillSubtotals });
  applyPlan(book, grids, plan, display, o.lang);
  const result = book.toBytes();
  const outShown = shown(out, io.cwd);
  const extra: Record<string, unknown> = { output: outShown };
  const notes: string[] = [];
  if (o.inPlace) {
    const bak = besideInput(path, "bak");
    writeAtomic(bak, bytes, shown(bak, io.cwd), o.lang);
    extra.backup = shown(bak, io.cwd);
    notes.push(t.report.backup(shown(bak, io.cwd)));
  }
  writeAtomic(out, result, outShown, o.lang);
  notes.unshift(t.report.written(outShown));
  printReport(io, rv, display, o.lang, o.json, extra, notes);
  return exitCode(rv);
}
