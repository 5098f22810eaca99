/**
 * The kind of workbook a package is, from its main part's content type. Excel refuses a file
 * whose extension does not match that type (a macro workbook named .xlsx), so outputs keep
 * the input's kind and extension.
 */
import { Package } from "./package";

export type BookKind = "xlsx" | "xlsm" | "xltx" | "xltm";

const BY_TYPE: Record<string, BookKind> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "xltm",
};

export function bookKind(pkg: Package, workbookPart: string): BookKind {
  const type = (pkg.contentType(workbookPart) ?? "").trim();
  return BY_TYPE[type] ?? (pkg.has("xl/vbaProject.bin") ? "xlsm" : "xlsx");
}

/** `.xlsm` for a macro workbook: the extension a file of this kind must carry. */
export function extensionOf(kind: BookKind): string {
  return `.${kind}`;
}
