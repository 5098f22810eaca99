/**
 * Writing files so that nothing of the user's is ever lost: a temporary file with a name
 * that says whose it is, flushed, then renamed over the target (readers see the old file or
 * the new, never half); a link the user named keeps pointing at the file it named, and one
 * the user did not name is never written through; a backup is never overwritten; temporary
 * files a killed run left behind are removed by a later run.
 */
import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "fs";
import { createHash, randomBytes } from "crypto";
import { hostname } from "os";
import { basename, dirname, join } from "path";
import { Lang, cliStrings } from "../core";
import { osWords } from "./files";
import { CliError } from "./io";

/**
 * `.x.xlsx.review-assistant-1234-0a1b2c3d-89abcdef.tmp`: hidden, recognisably ours, with the
 * pid that wrote it and (a hash of) its host. The host-less form is an earlier version's.
 */
const TEMP = /^\..*\.review-assistant-(\d+)-(?:([0-9a-f]{8})-)?[0-9a-f]{8}\.tmp$/;

/** This machine, as temporary names carry it: a pid means something only on the host that gave it. */
const HOST = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);

/** A temporary file of another host (a shared folder) older than this, whose pid is gone here, was left by a killed run. */
export const STALE_MS = 60 * 60 * 1000;

export function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.review-assistant-${process.pid}-${HOST}-${randomBytes(4).toString("hex")}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes this tool's temporary files in `dir` whose writer is gone: at once when it ran on
 * this host (its pid is not running), else once the file is over an hour old (a pid of another
 * machine on a shared folder says nothing here). Only plain files named as ours are touched.
 */
export function removeStaleTemps(dir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || (Number(m[1]) === process.pid && m[2] === HOST)) continue;
    const p = join(dir, name);
    try {
      const st = lstatSync(p);
      if (!st.isFile() || alive(Number(m[1]))) continue;
      if (m[2] !== HOST && now - st.mtimeMs < STALE_MS) continue;
      unlinkSync(p);
      removed.push(p);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** The file a path names: a symbolic link's target (the link itself stays as it is). */
export function followLink(path: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
  } catch {
    return path;
  }
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

/** A temporary file beside `target` holding `bytes`, flushed to disk. */
function writeTemp(target: string, bytes: Uint8Array): string {
  const dir = dirname(target);
  // `-o reports/out.xlsx` into a folder that does not exist yet: make it, as the user clearly wants it.
  mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir);
  const tmp = tempName(target);
  const fd = openSync(tmp, "wx", modeOf(target));
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkQuietly(tmp);
    throw e;
  }
  closeSync(fd);
  return tmp;
}

function unlinkQuietly(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // The temporary file may never have been created; nothing else to clean.
  }
}

/**
 * Replaces `path` with `bytes` atomically; on any failure the old file is untouched and no
 * temporary file stays behind. `named`: the user named this path, so a link there is followed
 * (its target replaced, the link kept); else a link there is itself replaced, never followed
 * (the rename replaces the name, whatever it is; `claimOutput` refuses one beforehand).
 */
export function writeAtomic(path: string, bytes: Uint8Array, display: string, lang: Lang, named = true): void {
  const target = named ? followLink(path) : path;
  let tmp: string | null = null;
  try {
    tmp = writeTemp(target, bytes);
    renameSync(tmp, target);
    tmp = null;
  } catch (e) {
    if (tmp) unlinkQuietly(tmp);
    throw new CliError(cliStrings(lang).file.writeFailed(display, osWords(e, lang)), false, "write-failed", display, e);
  }
  syncDir(dirname(target));
}

/**
 * Writes `bytes` to the first of `candidates` that does not exist yet, never replacing
 * one that does (another run may have made it in between): the file appears whole or not
 * at all. Returns the path written.
 */
export function writeNew(candidates: Iterable<string>, bytes: Uint8Array, display: (p: string) => string, lang: Lang): string {
  let tmp: string | null = null;
  let last = "";
  try {
    for (const p of candidates) {
      last = p;
      tmp ??= writeTemp(p, bytes);
      try {
        linkSync(tmp, p);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EEXIST") continue;
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw e;
        // No hard links on this file system: create exclusively, then fill.
        if (!createExclusive(p, bytes)) continue;
      }
      unlinkQuietly(tmp);
      syncDir(dirname(p));
      return p;
    }
    throw new CliError(cliStrings(lang).file.writeFailed(display(last), cliStrings(lang).fs.noFreeName), false, "write-failed", display(last));
  } catch (e) {
    if (tmp) unlinkQuietly(tmp);
    if (e instanceof CliError) throw e;
    throw new CliError(cliStrings(lang).file.writeFailed(display(last), osWords(e, lang)), false, "write-failed", display(last), e);
  }
}

function createExclusive(p: string, bytes: Uint8Array): boolean {
  let fd: number;
  try {
    fd = openSync(p, "wx", 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}
