/**
 * A workbook read from an .xls or .ods is, for the rest of the tool, a new .xlsx made from its
 * sheets (values, merges, names, hidden and protected sheets): reviewed from that file's grids
 * as the .xlsx reader gives them, and filled the usual way into a new `<name>.reviewed.xlsx`.
 * The original file is never written.
 */
import { Book, XlsxBook } from "../book";
import type { ReadBudget } from "../budget";
import { buildXlsx } from "../create";
import { Package } from "../package";
import type { LegacyInput } from "./input";

/** The reader module (./sheetjs.ts), loaded by the caller: required by the command line, fetched by the pane. */
export type LegacyReader = Pick<typeof import("./sheetjs"), "readLegacy">;

/** `budget`: what its sheets may add up to (consolidate shares one between its sources). */
export function openLegacy(input: LegacyInput, reader: LegacyReader, budget?: ReadBudget): XlsxBook {
  // Checked whole when its bytes are asked for, as any workbook made here.
  return new Book(new Package(buildXlsx(reader.readLegacy(input))), true, budget);
}
