/** Opens an .xlsx for the playground with the project's own file reader (src/xlsx). */
import type { Grid } from "../../src/core";
import { XlsxError, openXlsx } from "../../src/xlsx";

export interface ReadBook {
  grids: Grid[];
  /** The custom scheme JSON the workbook carries, if any. */
  scheme: string | null;
  /** The pane's quota setting the workbook carries (JSON text), if any. */
  quotas: string | null;
}

export function readXlsx(bytes: Uint8Array): ReadBook {
  const book = openXlsx(bytes);
  return { grids: book.grids(), scheme: book.storedScheme(), quotas: book.storedQuotas() };
}

/** The reader's own words for a file it cannot open (the upload shows them). */
export function readFailure(e: unknown): string {
  if (e instanceof XlsxError) return e.text("zh");
  return e instanceof Error ? e.message : String(e);
}
