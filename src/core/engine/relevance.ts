/**
 * Which sheets a review may read, decided from a sheet's first rows alone. Every sheet the
 * engine reads has its header there (SPEC §2), so the file reader can stop at the first rows
 * of any other sheet — a data dump or a stray far cell then costs nothing.
 */
import { Grid } from "../kernel/grid";
import { HEADER_BLOCK_ROWS, HEADER_SCAN_ROWS } from "../kernel/header";
import { sheetHead } from "../kernel/headerBlock";
import { BUILTIN_SCHEMES, programmeOf } from "../contract/registry";
import { Scheme } from "../kernel/schemeBase";

/** Rows a reader must hand over for the test: the header scan, plus a header block's continuation. */
export const HEAD_ROWS = HEADER_SCAN_ROWS + HEADER_BLOCK_ROWS;

/**
 * A test on a sheet's first `HEAD_ROWS` rows: true when the review of `scheme` (or, with
 * none, of any built-in scheme, as detection looks at them all) could read the sheet.
 */
export function sheetFilter(scheme: Scheme | null): (head: Grid) => boolean {
  const tests = (scheme ? [scheme] : BUILTIN_SCHEMES).map((s) => programmeOf(s).reads(s));
  return (g) => {
    const head = sheetHead(g);
    return tests.some((t) => t(head));
  };
}
