/**
 * The files behind consolidate's command line: files as given, folders read entry by entry.
 * Each real file is taken once (two names of one file, a link to a file already taken, are
 * one source); links to folders are not entered (a link back up would loop); every entry not
 * taken is kept with the reason, for stderr, the JSON and the 来源清单 sheet.
 */
import { Stats, lstatSync, readdirSync, statSync } from "fs";
import { join, resolve } from "path";
import { Lang, NotTakenReason, cliStrings } from "../core";
import { kindOf, shown } from "./files";
import { CliError } from "./io";

/** The workbook kinds a folder scan takes, by extension (the formats the reader knows). */
export const SOURCE_EXTENSIONS = ["xlsx", "xlsm", "xls", "et", "ods"];

/** Our own outputs: `x.reviewed.xlsx`, `x.bak.xlsx`, `x.bak-2.xlsx`. */
const OWN_OUTPUT = /\.(reviewed|bak(-\d+)?)\.(xlsx|xlsm|xltx|xltm)$/i;

/** Why a name met in a folder is not a source by its name alone, or null when it may be one. */
export function nameReason(name: string): NotTakenReason | null {
  if (name.startsWith("~$")) return { why: "lock-file" };
  if (name.startsWith(".")) return { why: "hidden" };
  const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  if (!name.includes(".") || !SOURCE_EXTENSIONS.includes(ext)) return { why: "not-workbook" };
  if (OWN_OUTPUT.test(name)) return { why: "own-output" };
  return null;
}

/** Files a folder scan takes: a workbook extension, not a lock file, not hidden, not our outputs. */
export function isSourceName(name: string): boolean {
  return nameReason(name) === null;
}

export interface NotTaken {
  /** The path as shown to the user. */
  file: string;
  reason: NotTakenReason;
}

export interface SourceList {
  /** Absolute paths, in a stable order (as given; inside a folder, by code point, depth first). */
  files: string[];
  notTaken: NotTaken[];
}

const id = (st: Stats) => `${st.dev}:${st.ino}`;

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The sources behind consolidate's arguments (relative to `cwd`), and every entry not taken with why. */
export function listSources(args: string[], cwd: string, lang: Lang): SourceList {
  const files: string[] = [];
  const notTaken: NotTaken[] = [];
  /** Real files and folders met so far, by device and inode, with the path they were first met at. */
  const seen = new Map<string, string>();
  const skip = (p: string, reason: NotTakenReason) => notTaken.push({ file: shown(p, cwd), reason });

  /** A file to read; the same file met again (another name, a link) is said and left. */
  const take = (p: string, st: Stats | null) => {
    const first = st ? seen.get(id(st)) : undefined;
    if (first !== undefined) return skip(p, { why: "same-file", first: shown(first, cwd) });
    if (st) seen.set(id(st), p);
    files.push(p);
  };

  const scan = (dir: string, top: boolean) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (e) {
      // A folder the user named that cannot be listed stops the run; one met inside is said and left.
      if (top) throw new CliError(cliStrings(lang).file.unreadable(shown(dir, cwd), cliStrings(lang).fs.os((e as NodeJS.ErrnoException).code)), false, "unreadable", shown(dir, cwd));
      return skip(dir, { why: "unreadable", os: cliStrings(lang).fs.os((e as NodeJS.ErrnoException).code) });
    }
    for (const name of names.sort(byCodePoint)) {
      const p = join(dir, name);
      let own: Stats;
      let st: Stats | null;
      try {
        own = lstatSync(p);
        st = own.isSymbolicLink() ? statSync(p) : own;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        skip(p, code === "ENOENT" || code === "ELOOP" ? { why: "broken-link" } : { why: "unreadable", os: cliStrings(lang).fs.os(code) });
        continue;
      }
      if (st.isDirectory()) {
        if (own.isSymbolicLink()) skip(p, { why: "folder-link" });
        else if (name.startsWith(".")) skip(p, { why: "hidden-folder" });
        else enter(p, st);
        continue;
      }
      const byName = nameReason(name);
      if (byName) skip(p, byName);
      else if (!st.isFile()) skip(p, { why: "special", kind: kindOf(st) });
      else take(p, st);
    }
  };

  /** A real folder, entered once: a bind mount or junction leading back is not entered again. */
  const enter = (dir: string, st: Stats, top = false) => {
    const first = seen.get(id(st));
    if (first !== undefined) return skip(dir, { why: "folder-again", first: shown(first, cwd) });
    seen.set(id(st), dir);
    scan(dir, top);
  };

  for (const a of args) {
    const p = resolve(cwd, a);
    let st: Stats | null = null;
    try {
      st = statSync(p);
    } catch {
      // A missing or unreadable file named on the command line is told when it is read, with the others.
    }
    // What the user named is followed, link or not; only what a folder holds is judged by its name.
    if (st?.isDirectory()) enter(p, st, true);
    else take(p, st);
  }
  return { files, notTaken };
}
