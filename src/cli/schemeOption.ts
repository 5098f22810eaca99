/**
 * `--scheme` on the command line, and the scheme a workbook stores, resolved by the core's
 * one rule (core/engine/schemes/resolve.ts): a stored scheme is used only with `--scheme workbook`,
 * and then said at the head of the report with its hash and how it differs from the
 * built-in; otherwise it is named on stderr as present and unused.
 */
import { existsSync, statSync } from "fs";
import { resolve } from "path";
import { BUILTIN_SCHEMES, Lang, Scheme, SchemeProblem, SchemeSource, builtinScheme, describeDiff, parseScheme, resolveScheme, storedLabel, strings, cliStrings } from "../core";
import { FileProblem, osWords, readRegular, shown } from "./files";
import { CliError } from "./io";

/** What `--scheme` named: a built-in id, a JSON file, or the scheme stored in the workbook. */
export type NamedScheme = { kind: "builtin" | "file"; scheme: Scheme } | { kind: "workbook" };

/** The largest scheme file read. */
const SCHEME_BYTES = 16 * 1024 * 1024;

/** `--scheme workbook`: the one value that is neither a built-in id nor a file. */
export const WORKBOOK = "workbook";

function badScheme(source: string, problems: SchemeProblem[], lang: Lang): CliError {
  const t = cliStrings(lang).scheme;
  const lines = [t.bad(source, problems.length), ...problems.map((p) => t.problem(p.path, p.message[lang]))];
  return new CliError(lines.join("\n"));
}

/** `--scheme`: a built-in id, `workbook`, else a JSON file; a bad file lists every problem. */
export async function schemeFromOption(value: string, cwd: string, lang: Lang): Promise<NamedScheme> {
  const builtin = builtinScheme(value);
  if (builtin) return { kind: "builtin", scheme: builtin };
  const t = cliStrings(lang).scheme;
  const path = resolve(cwd, value);
  if (value === WORKBOOK && !existsSync(path)) return { kind: "workbook" };
  const display = shown(path, cwd);
  if (!existsSync(path) || statSync(path).isDirectory()) {
    throw new CliError(t.unknown(value, [...BUILTIN_SCHEMES.map((s) => s.id), WORKBOOK].join("、")), true);
  }
  let text: string;
  try {
    // A scheme is a few kilobytes: far above that is not one (and a pipe is never waited on).
    text = new TextDecoder().decode(readRegular(path, SCHEME_BYTES));
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    const p = e.problem;
    const fs = cliStrings(lang).fs;
    const why = p.kind === "not-file" ? fs.reason({ why: "special", kind: p.what }) : p.kind === "too-large" ? fs.os("EFBIG") : p.kind === "os" ? osWords(p.cause, lang) : fs.os("ENOENT");
    throw new CliError(t.unreadable(display, why), false, "unreadable", display, e);
  }
  const load = await parseScheme(text);
  if (!load.ok) throw badScheme(display, load.problems, lang);
  return { kind: "file", scheme: load.scheme };
}

export interface SchemeUse {
  /** null: detected from the workbook (a built-in). */
  scheme: Scheme | null;
  source: SchemeSource;
  /** Lines for the head of the report (the stored scheme used, with its differences). */
  head: string[];
  /** Lines for stderr (a stored scheme present and not used). */
  warnings: string[];
}

/** The scheme for one workbook, given what `--scheme` named and what the workbook stores. */
export async function schemeForBook(named: NamedScheme | null, stored: string | null, file: string, lang: Lang): Promise<SchemeUse> {
  const t = strings(lang).trust.scheme;
  const useStored = named?.kind === WORKBOOK;
  const r = await resolveScheme({ named: named && named.kind !== WORKBOOK ? named.scheme : null, namedFrom: named?.kind === "file" ? "file" : "builtin", useStored }, stored);
  if (!r.ok && r.reason === "noneStored") throw new CliError(t.noneStored(file));
  if (!r.ok) throw badScheme(cliStrings(lang).scheme.storedSource(file), r.problems, lang);
  const head = r.stored ? [storedLabel(r.stored, lang), ...describeDiff(r.stored, lang).map((l, i) => (i === 0 ? l : `  ${l}`))] : [];
  const warnings = !r.ignored ? [] : r.ignored.title ? [t.unused(r.ignored.title[lang], r.ignored.hash8)] : [t.unusedBad(r.ignored.hash8)];
  return { scheme: r.scheme, source: r.source, head, warnings };
}
