import { existsSync, lstatSync, statSync, unlinkSync } from "fs";
import { join, resolve } from "path";
import { MAX_EXPERT_NAME, Scheme, overlongNames, programmeOf, repeatedNames, splitNames, strings, cliStrings, templateSheets } from "../../core";
import { createXlsx } from "../../xlsx";
import { Options } from "../args";
import { onFile, openBook } from "../book";
import { shown } from "../files";
import { claimOutput } from "../claim";
import { CliError, EXIT_OK, Io } from "../io";
import { runKey, sealed } from "../seal";
import { writeAtomic } from "../write";

/** `template`: the scheme's blank workbook, or with `--from` and `--experts` one scoring workbook per expert. */
export function runTemplate(o: Options, scheme: Scheme, io: Io): number {
  if (o.experts !== null) return runExpertTemplates(o, scheme, io);
  const out = resolve(io.cwd, o.output!);
  const display = shown(out, io.cwd);
  const key = runKey("template", [scheme.id]);
  claimOutput(out, display, { named: true, key, overwrite: o.overwrite }, o.lang);
  writeAtomic(out, sealed(onFile(display, o.lang, () => createXlsx(templateSheets(scheme))), key), display, o.lang);
  io.stdout(cliStrings(o.lang).report.template(display, scheme.title[o.lang]) + "\n");
  return EXIT_OK;
}

/** A file name any system accepts for an expert: no / \ : * ? " < > | or control characters. */
function fileSafe(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[/\\:*?"<>|\u0000-\u001f]/g, "_").trim() || "_";
}

/**
 * `template --scheme chuangxin-2021 --from cases.xlsx --experts 张三,李四 -o DIR`: one workbook
 * per expert in DIR. Every problem is found before the first file is written, and no file
 * already there is replaced: all the workbooks are written, or none.
 */
function runExpertTemplates(o: Options, scheme: Scheme, io: Io): number {
  const t = strings(o.lang).experts.cli;
  const scoring = programmeOf(scheme).scoringSheets;
  if (!scoring) throw new CliError(t.notCase(scheme.id), true);
  const names = splitNames(o.experts!);
  if (!names.length) throw new CliError(t.noExperts, true);
  const long = overlongNames(names);
  if (long.length) throw new CliError(strings(o.lang).experts.tooLong(long.join("、"), MAX_EXPERT_NAME), true);
  const twice = repeatedNames(names);
  const files = names.map((n) => t.fileName(fileSafe(n)));
  const clash = files.filter((f, i) => files.findIndex((g) => g.toLowerCase() === f.toLowerCase()) !== i);
  if (twice.length || clash.length) throw new CliError(t.repeated([...twice, ...clash].join("、")), true);

  const fromPath = resolve(io.cwd, o.from!);
  const fromShown = shown(fromPath, io.cwd);
  const { book } = openBook(fromPath, fromShown, o.lang);
  const listing = onFile(fromShown, o.lang, () => scoring.listing(book.grids(), scheme));
  if (!listing) throw new CliError(t.noCaseList(fromShown));
  const count = scoring.count(listing);
  if (!count) throw new CliError(t.noCases(fromShown, scoring.sheet(listing)));

  const dir = resolve(io.cwd, o.output!);
  const dirShown = shown(dir, io.cwd);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new CliError(t.notFolder(dirShown));
  const targets = files.map((f) => join(dir, f));
  // Anything of that name, a link (even a broken one) included, is left alone.
  const taken = targets.filter((p) => {
    try {
      lstatSync(p);
      return true;
    } catch {
      return false;
    }
  });
  if (taken.length) throw new CliError(t.exists(taken.map((p) => `  ${shown(p, io.cwd)}`).join("\n")));

  const written: string[] = [];
  try {
    names.forEach((name, i) => {
      const target = shown(targets[i], io.cwd);
      const bytes = onFile(target, o.lang, () => createXlsx([scoring.make(scheme, listing, name, o.lang)]));
      // Each file's name is the tool's choice, not the user's: a link planted there since is not followed.
      writeAtomic(targets[i], bytes, target, o.lang, false);
      written.push(targets[i]);
    });
  } catch (e) {
    // All or none: the workbooks this run made go again (none of them was there before).
    for (const p of written) unlinkSync(p);
    throw e;
  }
  const lines = written.map((p) => `  ${shown(p, io.cwd)}`);
  io.stdout([t.written(names.length, count, dirShown), ...lines, t.next(fromShown, dirShown)].join("\n") + "\n");
  return EXIT_OK;
}
