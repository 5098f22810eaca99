/**
 * Telling programmes apart. A 四好 workbook checked under a 创新中国 scheme (or the reverse)
 * is not "a workbook without known sheets": it is another programme's, and the user is
 * told so and which scheme to pick. Each programme is judged with its own built-in aliases.
 */
import { Grid } from "../kernel/grid";
import { Issue, sharedIssue } from "../kernel/issues";
import { programmeOf, programmes } from "../contract/registry";
import type { ProgrammeSeen, Sighting } from "../kernel/result";
import { Scheme } from "../kernel/schemeBase";

/** What the workbook holds of one programme, judged with its default built-in scheme. */
export function programmeSeen(grids: Grid[], kind: string): ProgrammeSeen | null {
  const p = programmeOf(kind);
  const scheme = p.builtins[0] as Scheme;
  const seen = p.detect(grids, scheme);
  return seen && { ...seen, programme: kind, use: scheme.id };
}

/** Another programme's sheets in a workbook that has none of the current scheme's, or null. */
export function otherProgramme(grids: Grid[], scheme: Scheme): ProgrammeSeen | null {
  for (const p of programmes()) {
    if (p.kind === scheme.kind) continue;
    const seen = programmeSeen(grids, p.kind);
    if (seen) return seen;
  }
  return null;
}

/** SCHEME_MISMATCH on the sheet that shows the other programme. */
export function mismatchIssue(seen: ProgrammeSeen, scheme: Scheme): Issue {
  return sharedIssue("SCHEME_MISMATCH", seen.sheet, null, {
    found: seen.programme,
    sheetKind: seen.sheetKind,
    current: scheme.kind,
    scheme: scheme.id,
    use: seen.use,
  });
}

/**
 * MIXED_PROGRAMMES on the sheet of the programme left unread: detection chose `chosen` (read
 * with `scheme`), and the workbook holds `seen`'s sheets too.
 */
export function mixedIssue(seen: ProgrammeSeen, chosen: Sighting, scheme: Scheme): Issue {
  return sharedIssue("MIXED_PROGRAMMES", seen.sheet, null, {
    found: seen.programme,
    foundSheet: seen.sheet,
    use: seen.use,
    current: scheme.kind,
    currentSheet: chosen.sheet,
    scheme: scheme.id,
  });
}
