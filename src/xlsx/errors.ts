import { Lang, xlsxStrings } from "../core";
import type { CorruptParams, TooLargeParams } from "../core";

/** Formats that are not .xlsx but arrive renamed as one; each gets its own message. */
export type OtherFormat = "xlsb" | "ods" | "csv" | "html" | "spreadsheetml" | "docx" | "pdf" | "et" | "doc" | "ppt" | "ole";

export type XlsxErrorCode =
  | "not-zip"
  | "encrypted"
  | "legacy-xls"
  | "not-workbook"
  | OtherFormat
  | "corrupt"
  | "too-large"
  | "no-room"
  | "protected";

export type { CorruptParams, TooLargeParams };

/** Why a workbook file cannot be read or written. The message carries both languages; `text` picks one. */
export class XlsxError extends Error {
  /** Where a damaged package is broken (part, sheet, cell, line), so callers can word it themselves. */
  detail?: CorruptParams;
  /** For `too-large`: what is too large, and the limit. */
  size?: TooLargeParams;
  /** For `no-room`: the first cell outside the sheet. */
  cell?: string;
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
    const t = xlsxStrings(lang).errors;
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
      case "too-large":
        return t.tooLarge(this.size ?? { what: "file", size: 0, limit: 0 });
      case "no-room":
        return t.noRoom(this.sheet ?? "", this.cell ?? "");
      case "protected":
        return (this.structure ? t.protectedStructure : t.protectedSheet)(this.sheet ?? "");
      default:
        return t.formats[this.code];
    }
  }
}

function make(code: XlsxErrorCode, sheet?: string, init?: (e: XlsxError) => void): XlsxError {
  const e = new XlsxError(code, "", sheet);
  init?.(e);
  e.message = `${e.text("zh")} / ${e.text("en")}`;
  return e;
}

export function xlsxError(code: "not-zip" | "encrypted" | "legacy-xls" | "not-workbook" | OtherFormat): XlsxError {
  return make(code);
}

export function corrupt(p: CorruptParams): XlsxError {
  return make("corrupt", p.sheet, (e) => (e.detail = p));
}

export function tooLarge(p: TooLargeParams): XlsxError {
  return make("too-large", p.sheet, (e) => (e.size = p));
}

export function noRoom(sheet: string, cell: string): XlsxError {
  return make("no-room", sheet, (e) => (e.cell = cell));
}

export function protectedSheet(sheet: string): XlsxError {
  return make("protected", sheet);
}

export function protectedStructure(sheet: string): XlsxError {
  return make("protected", sheet, (e) => (e.structure = true));
}
