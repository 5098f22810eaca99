/**
 * Whether an output may be written where it would go. Nothing there: yes. The tool's own
 * output of the same run, unchanged since (its mark, seal.ts): yes, it is replaced. Anything
 * else is the user's and is replaced only with `--overwrite`. A link the user did not name
 * (the default `<name>.reviewed.xlsx`) is never written through, and a folder, pipe or device
 * is never written over.
 */
import { lstatSync, readlinkSync, statSync } from "fs";
import { Lang, cliStrings } from "../core";
import { LIMITS } from "../xlsx/limits";
import { FileProblem, kindOf, readRegular } from "./files";
import { CliError } from "./io";
import { sealOf } from "./seal";

export interface OutputClaim {
  /** The user named the path (`-o`, `--in-place`), rather than the tool choosing it. */
  named: boolean;
  /** The run's key (seal.ts `runKey`): the output of the same run may be replaced. */
  key: string;
  /** `--overwrite`: any regular file there may be replaced. */
  overwrite: boolean;
}

/** Refuses (CliError, nothing written) an output path the rules above do not allow. */
export function claimOutput(path: string, display: string, claim: OutputClaim, lang: Lang): void {
  const t = cliStrings(lang).fs;
  let st;
  try {
    st = lstatSync(path);
  } catch {
    // Nothing there (or nothing we can see: the write itself will say why it fails).
    return;
  }
  if (st.isSymbolicLink()) {
    if (!claim.named) throw new CliError(t.linkNotNamed(display, readlinkSync(path)), false, "output-link", display);
    try {
      st = statSync(path);
    } catch {
      // A dangling link the user named: the write puts a file in its place.
      return;
    }
  }
  if (!st.isFile()) throw new CliError(t.outputNotFile(display, kindOf(st)), false, "output-not-file", display);
  if (claim.overwrite) return;
  let key: string | null = null;
  try {
    key = sealOf(readRegular(path, LIMITS.fileBytes));
  } catch (e) {
    // Too large or unreadable to be ours: the user's, like any other.
    if (!(e instanceof FileProblem)) throw e;
  }
  if (key === claim.key) return;
  throw new CliError(key ? t.otherInput(display, claim.named) : t.notOurs(display, claim.named), false, "output-exists", display);
}
