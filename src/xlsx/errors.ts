import { Lang, strings } from "../core";
import type { CorruptParams } from "../core/strings/xlsx";

export type XlsxErrorCode = "not-zip" | "encrypted" | "legacy-xls" | "not-workbook" | "corrupt" | "protected";

export type { CorruptParams };

/** Why a workbook file cannot be read or written. The message carries both languages; `text` picks one. */
export class XlsxError extends Error {
  /** Where a damaged package is broken (part, sheet, cell, line), so callers can word it themselves. */
  detail?: CorruptParams;
  /** For `protected`: the workbook structure is locked (a sheet cannot be added), not the sheet's cells. */
  structure = false;

  constructor(
    readonly code: XlsxErrorCode,
    message: string,
    readonly sheet?: string,
  ) {
    super(message);
    this.name = "XlsxError";
  }

  /** The message in one language. */
  text(lang: Lang): string {
    const t = strings(lang).xlsx.errors;
    switch (this.code) {
      case "not-zip":
        return t.notZip;
      case "encrypted":
        return t.encrypted;
      case "legacy-xls":
        return t.legacyXls;
      case "not-workbook":
        return t.notWorkbook;
      case "corrupt":
        return t.corrupt(this.detail ?? { kind: "zip" });
      case "protected":
        return (this.structure ? t.protectedStructure : t.protectedSheet)(this.sheet ?? "");
    }
  }
}

function make(code: XlsxErrorCode, sheet?: string, init?: (e: XlsxError) => void): XlsxError {
  const e = new XlsxError(code, "", sheet);
  init?.(e);
  e.message = `${e.text("zh")} / ${e.text("en")}`;
  return e;
}

export function xlsxError(code: "not-zip" | "encrypted" | "legacy-xls" | "not-workbook"): XlsxError {
  return make(code);
}

export function corrupt(p: CorruptParams): XlsxError {
  return make("corrupt", p.sheet, (e) => (e.detail = p));
}

export function protectedSheet(sheet: string): XlsxError {
  return make("protected", sheet);
}

export function protectedStructure(sheet: string): XlsxError {
  return make("protected", sheet, (e) => (e.structure = true));
}
