/** A host holding an .xlsx file's workbook, read by the project's file adapter (src/xlsx). */
import { SCHEME_SETTING, parseA1 } from "../../src/core";
import { openXlsx } from "../../src/xlsx";
import { ExcelHost, HostOptions } from "./host";

export function hostFromXlsx(bytes: Uint8Array, opts: HostOptions = {}): ExcelHost {
  const book = openXlsx(bytes);
  const host = ExcelHost.fromGrids(book.grids(), opts);
  // The scheme a workbook carries lives in the add-in's document settings in Excel.
  const scheme = book.storedScheme();
  if (scheme !== null) host.settings.set(SCHEME_SETTING, scheme);
  // Cell fills, so that highlights and their originals start where the file has them.
  for (const f of book.cellFills()) {
    const p = parseA1(f.cell)!;
    const sheet = host.sheet(f.sheet);
    if (sheet) sheet.touch(p.row, p.col).fill = f.fill;
  }
  return host;
}
