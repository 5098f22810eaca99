import { existsSync, readFileSync, statSync } from "fs";
import { resolve } from "path";
import { BUILTIN_SCHEMES, Lang, Scheme, SchemeProblem, builtinScheme, parseScheme, strings } from "../core";
import { detail, shown } from "./files";
import { CliError } from "./io";

function badScheme(source: string, problems: SchemeProblem[], lang: Lang): CliError {
  const t = strings(lang).cli.scheme;
  const lines = [t.bad(source, problems.length), ...problems.map((p) => t.problem(p.path, p.message[lang]))];
  return new CliError(lines.join("\n"));
}

/** `--scheme`: a built-in id, else a JSON file; a bad file lists every problem. */
export function schemeFromOption(value: string, cwd: string, lang: Lang): Scheme {
  const builtin = builtinScheme(value);
  if (builtin) return builtin;
  const t = strings(lang).cli.scheme;
  const path = resolve(cwd, value);
  const display = shown(path, cwd);
  if (!existsSync(path) || statSync(path).isDirectory()) {
    throw new CliError(t.unknown(value, BUILTIN_SCHEMES.map((s) => s.id).join("、")), true);
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new CliError(t.unreadable(display, detail(e)));
  }
  const load = parseScheme(text);
  if (!load.ok) throw badScheme(display, load.problems, lang);
  return load.scheme;
}

/** The scheme a workbook carries: a built-in id or a custom scheme's JSON. */
export function schemeFromStored(stored: string, file: string, lang: Lang): Scheme {
  const text = stored.trim();
  const builtin = builtinScheme(text);
  if (builtin) return builtin;
  const load = parseScheme(text);
  if (!load.ok) throw badScheme(strings(lang).cli.scheme.storedSource(file), load.problems, lang);
  return load.scheme;
}
