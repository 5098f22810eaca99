import { Stats, closeSync, constants, fstatSync, openSync, readSync } from "fs";
import { basename, dirname, isAbsolute, join, relative } from "path";
import { FileKind, Lang, cliStrings } from "../core";
import { tooLarge } from "../xlsx/errors";
import { LIMITS } from "../xlsx/limits";
import { CliError } from "./io";

/** The path as the user should see it: relative to the working directory when inside it. */
export function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** What the operating system refused, in words (`EACCES` → 没有权限), never its English message. */
export function osWords(e: unknown, lang: Lang): string {
  return cliStrings(lang).fs.os((e as NodeJS.ErrnoException | null)?.code);
}

/** What a path is that is not a regular file. */
export function kindOf(st: Stats): FileKind {
  if (st.isDirectory()) return "folder";
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "char-device";
  if (st.isBlockDevice()) return "block-device";
  return "other";
}

/** Why a file could not be read: missing, not a regular file, over `max` bytes, or what the system said. */
export class FileProblem extends Error {
  constructor(
    readonly problem: { kind: "missing" } | { kind: "not-file"; what: FileKind } | { kind: "too-large"; size: number } | { kind: "os"; cause: unknown },
  ) {
    super(problem.kind);
    this.name = "FileProblem";
  }
}

/**
 * A regular file's bytes. Opened without waiting (a named pipe would block a plain read
 * forever) and looked at through the open file, so what is read is what was checked: a
 * FIFO, socket, device or folder is refused for what it is.
 */
export function readRegular(path: string, max = Infinity): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FileProblem({ kind: "missing" });
    if (code === "EISDIR") throw new FileProblem({ kind: "not-file", what: "folder" });
    throw new FileProblem({ kind: "os", cause: e });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileProblem({ kind: "not-file", what: kindOf(st) });
    if (st.size > max) throw new FileProblem({ kind: "too-large", size: st.size });
    const out = new Uint8Array(st.size);
    let got = 0;
    while (got < out.length) {
      const n = readSync(fd, out, got, out.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return got === out.length ? out : out.subarray(0, got);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw new FileProblem({ kind: "os", cause: e });
  } finally {
    closeSync(fd);
  }
}

/** A workbook's bytes, or a CliError naming the file and saying what it is or what went wrong. */
export function readBytes(path: string, display: string, lang: Lang): Uint8Array {
  const t = cliStrings(lang).file;
  let bytes: Uint8Array;
  try {
    bytes = readRegular(path, LIMITS.fileBytes);
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    const p = e.problem;
    if (p.kind === "missing") throw new CliError(t.missing(display), false, "missing", display);
    if (p.kind === "not-file") throw new CliError(p.what === "folder" ? t.isFolder(display) : cliStrings(lang).fs.notFile(display, p.what), false, "not-a-file", display);
    if (p.kind === "too-large") {
      const err = tooLarge({ what: "file", size: p.size, limit: LIMITS.fileBytes });
      throw new CliError(t.xlsx(display, err.text(lang)), false, err.code, display);
    }
    throw new CliError(t.unreadable(display, osWords(p.cause, lang)), false, "unreadable", display, p.cause);
  }
  if (bytes.length === 0) throw new CliError(t.empty(display), false, "empty", display);
  return bytes;
}

/** The workbook extensions this tool reads (.xls, WPS .et and .ods through the legacy reader) and writes. */
const WORKBOOK = /\.(xlsx|xlsm|xltx|xltm|xls|et|ods)$/i;

/** `a/b.xlsx` → `a/b.reviewed.xlsx` (or `.bak.xlsx`, or `.bak-3.xlsx` for n = 3), with the extension `ext`. */
export function besideInput(input: string, suffix: "reviewed" | "bak", ext: string, n = 1): string {
  const base = basename(input).replace(WORKBOOK, "");
  return join(dirname(input), `${base}.${suffix}${n > 1 ? `-${n}` : ""}${ext}`);
}

/** `b.bak.xlsx`, `b.bak-2.xlsx`, `b.bak-3.xlsx` …: where a backup may go, first free one wins. */
export function* backupNames(input: string, ext: string): Generator<string> {
  for (let n = 1; n < 10000; n++) yield besideInput(input, "bak", ext, n);
}
