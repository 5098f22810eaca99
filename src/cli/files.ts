import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from "fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "path";
import { randomBytes } from "crypto";
import { Lang, strings } from "../core";
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
  const t = strings(lang).cli.file;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(t.isFolder(display), false, "unreadable");
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new CliError(t.missing(display), false, "missing");
    throw new CliError(t.unreadable(display, detail(e)), false, "unreadable");
  }
  if (size === 0) throw new CliError(t.empty(display), false, "empty");
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CliError(t.unreadable(display, detail(e)), false, "unreadable");
  }
}

/**
 * Writes a file so that readers see the old content or the new, never half of it: a
 * temporary file in the same directory, flushed to disk, then renamed over the target.
 */
export function writeAtomic(path: string, bytes: Uint8Array, display: string, lang: Lang): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | null = null;
  try {
    // `-o reports/out.xlsx` into a folder that does not exist yet: make it, as the user clearly wants it.
    mkdirSync(dir, { recursive: true });
    fd = openSync(tmp, "wx", modeOf(path));
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // The temporary file may never have been created; nothing else to clean.
    }
    throw new CliError(strings(lang).cli.file.writeFailed(display, detail(e)));
  }
  syncDir(dir);
}

/** A replaced file keeps its permissions; a new one gets the usual rw-r--r--. */
function modeOf(path: string): number {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return 0o644;
  }
}

/** The rename itself is durable only once the directory is flushed; not every platform allows it. */
function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; the rename is still atomic there.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const OWN_OUTPUT = /\.(reviewed|bak)\.xlsx$/i;

/** `a/b.xlsx` → `a/b.reviewed.xlsx` (or `.bak.xlsx`). */
export function besideInput(input: string, suffix: "reviewed" | "bak"): string {
  const base = basename(input).replace(/\.xlsx$/i, "");
  return join(dirname(input), `${base}.${suffix}.xlsx`);
}

/** Files a folder scan takes: .xlsx, not Excel's ~$ lock files, not hidden, not our outputs. */
export function isSourceName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".") && !OWN_OUTPUT.test(name);
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
    throw new CliError(strings(lang).cli.file.unreadable(dir, detail(e)));
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
