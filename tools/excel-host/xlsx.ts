/** A host holding an .xlsx file's workbook, read by the project's file adapter (src/xlsx). */
import { SCHEME_SETTING } from "../../src/core";
import { openXlsx } from "../../src/xlsx";
import { ExcelHost, HostOptions } from "./host";

export function hostFromXlsx(bytes: Uint8Array, opts: HostOptions = {}): ExcelHost {
  const book = openXlsx(bytes);
  const host = ExcelHost.fromGrids(book.grids(), opts);
  // The scheme a workbook carries lives in the add-in's document settings in Excel.
  const scheme = book.storedScheme();
  if (scheme !== null) host.settings.set(SCHEME_SETTING, scheme);
  return host;
}
