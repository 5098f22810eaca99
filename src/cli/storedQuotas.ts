/** The quotas set in the add-in's pane and kept in the workbook: the CLI applies them too (SPEC §3.3). */
import { Lang, QuotaSetting, parseQuotaSetting, cliStrings } from "../core";
import type { XlsxBook } from "../xlsx";
import { Io } from "./io";

/** The stored pane quotas, or null; a setting that cannot be read is said on stderr and left out. */
export function storedQuotas(book: Pick<XlsxBook, "storedQuotas">, display: string, lang: Lang, io: Io): QuotaSetting | null {
  const parsed = parseQuotaSetting(book.storedQuotas());
  if (parsed !== "invalid") return parsed;
  io.stderr(cliStrings(lang).report.badQuotaSetting(display) + "\n");
  return null;
}
