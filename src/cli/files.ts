import { readFileSync, readdirSync, statSync } from "fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "path";
import { Lang, cliStrings } from "../core";
import { tooLarge } from "../xlsx/errors";
import { LIMITS } from "../xlsx/limits";
import { CliError } from "./io";

/** The path as the user should see it: relative to the working directory when inside it. */
export function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** Node's reason without the path it repeats: `EACCES: permission denied`. */
export function detail(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as NodeJS.ErrnoException).code;
  return code ? e.message.split(",")[0] : e.message;
}

/** Whole file bytes, or a CliError naming the file. */
export function readBytes(path: string, display: string, lang: Lang): Uint8Array {
  const t = cliStrings(lang).file;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(t.isFolder(display), false, "unreadable", display);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new CliError(t.missing(display), false, "missing", display);
    throw new CliError(t.unreadable(display, detail(e)), false, "unreadable", display);
  }
  if (size === 0) throw new CliError(t.empty(display), false, "empty", display);
  if (size > LIMITS.fileBytes) {
    const e = tooLarge({ what: "file", size, limit: LIMITS.fileBytes });
    throw new CliError(t.xlsx(display, e.text(lang)), false, e.code, display);
  }
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CliError(t.unreadable(display, detail(e)), false, "unreadable", display);
  }
}

/** The workbook extensions this tool reads (.xls, WPS .et and .ods through the legacy reader) and writes. */
const WORKBOOK = /\.(xlsx|xlsm|xltx|xltm|xls|et|ods)$/i;
const OWN_OUTPUT = /\.(reviewed|bak(-\d+)?)\.(xlsx|xlsm|xltx|xltm)$/i;

/** `a/b.xlsx` → `a/b.reviewed.xlsx` (or `.bak.xlsx`, or `.bak-3.xlsx` for n = 3), with the extension `ext`. */
export function besideInput(input: string, suffix: "reviewed" | "bak", ext: string, n = 1): string {
  const base = basename(input).replace(WORKBOOK, "");
  return join(dirname(input), `${base}.${suffix}${n > 1 ? `-${n}` : ""}${ext}`);
}

/** `b.bak.xlsx`, `b.bak-2.xlsx`, `b.bak-3.xlsx` …: where a backup may go, first free one wins. */
export function* backupNames(input: string, ext: string): Generator<string> {
  for (let n = 1; n < 10000; n++) yield besideInput(input, "bak", ext, n);
}

/** Files a folder scan takes: .xlsx, .xlsm, .xls, .et and .ods, not Excel's ~$ lock files, not hidden, not our outputs. */
export function isSourceName(name: string): boolean {
  return /\.(xlsx|xlsm|xls|et|ods)$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".") && !OWN_OUTPUT.test(name);
}

/**
 * The files behind the command line's sources, in a stable order: files as given, folders
 * scanned (recursively, by name). The same file named twice is read once.
 */
export function expandSources(args: string[], cwd: string, lang: Lang): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  for (const a of args) {
    const p = resolve(cwd, a);
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // A missing file is reported when it is read, with the others.
    }
    if (isDir) scan(p, lang).forEach(add);
    else add(p);
  }
  return out;
}

function scan(dir: string, lang: Lang): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new CliError(cliStrings(lang).file.unreadable(dir, detail(e)));
  }
  const out: string[] = [];
  for (const name of names.sort(byCodePoint)) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (!name.startsWith(".")) out.push(...scan(p, lang));
    } else if (isSourceName(name)) {
      out.push(p);
    }
  }
  return out;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
