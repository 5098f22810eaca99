/**
 * The tool's mark on a workbook it wrote, in the zip's archive comment (which Excel, WPS and
 * LibreOffice ignore): which run wrote it, as a hash of the command and its inputs' real
 * paths (no path is stored, so none travels with the file), and a SHA-256 of the archive
 * before the comment. A file whose mark still matches is the tool's output, unchanged since;
 * saving it in any other program drops the mark, and then it is the user's file.
 */
import { createHash } from "crypto";
import { realpathSync } from "fs";
import { archiveComment, withArchiveComment } from "../xlsx/zip";

const MARK = /^review-assistant ([0-9a-f]{16}) ([0-9a-f]{64})$/;

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** Which run an output belongs to: the command and its inputs (real paths, in any order). */
export function runKey(command: string, inputs: string[]): string {
  const h = createHash("sha256").update(command);
  for (const p of inputs.map(real).sort()) h.update("\0").update(p);
  return h.digest("hex").slice(0, 16);
}

function digest(key: string, body: Uint8Array): string {
  return createHash("sha256").update(key).update(body).digest("hex");
}

/** `bytes` (a zip this tool wrote, without a comment) with the run's mark. */
export function sealed(bytes: Uint8Array, key: string): Uint8Array {
  const at = archiveComment(bytes)!;
  return withArchiveComment(bytes, `review-assistant ${key} ${digest(key, bytes.subarray(0, at.body))}`);
}

/** The run key of an intact mark on `bytes`, or null (no mark, or the file changed since). */
export function sealOf(bytes: Uint8Array): string | null {
  const at = archiveComment(bytes);
  const m = at ? MARK.exec(at.comment) : null;
  return m && digest(m[1], bytes.subarray(0, at!.body)) === m[2] ? m[1] : null;
}
