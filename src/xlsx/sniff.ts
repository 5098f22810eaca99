/**
 * What a file that is not an .xlsx really is, so the message can name it and say what to
 * do. Offices receive .xls, .xlsb, .ods, CSV exports and HTML "Excel" downloads renamed to
 * .xlsx; each is recognised by its content, never by its name.
 */
import { OtherFormat } from "./errors";
import { Package } from "./package";

const HEAD = 4096;

function headText(b: Uint8Array): string {
  let s = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, HEAD));
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}

/** UTF-16 text (a BOM, or every other byte zero): Excel's "Unicode text" export. */
function utf16Text(b: Uint8Array): string | null {
  const le = b[0] === 0xff && b[1] === 0xfe;
  const be = b[0] === 0xfe && b[1] === 0xff;
  if (!le && !be) return null;
  return new TextDecoder(le ? "utf-16le" : "utf-16be").decode(b.subarray(2, HEAD));
}

/** Printable text: no NUL, few control characters. */
function isText(b: Uint8Array): boolean {
  const n = Math.min(b.length, HEAD);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return false;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control * 100 < n;
}

function textFormat(text: string): OtherFormat | null {
  const t = text.trimStart().slice(0, 2048).toLowerCase();
  if (t.startsWith("<")) {
    if (/<html[\s>]|<!doctype html|<table[\s>]|<head[\s>]|<body[\s>]/.test(t)) return "html";
    if (t.includes("urn:schemas-microsoft-com:office:spreadsheet") || t.includes("progid=\"excel.sheet\"")) return "spreadsheetml";
  }
  return looksDelimited(text) ? "csv" : null;
}

/** Two lines or more, the first two split into the same number of fields by one delimiter. */
function looksDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) return false;
  return [",", "\t", ";"].some((d) => {
    const n = lines[0].split(d).length;
    return n > 1 && lines[1].split(d).length === n;
  });
}

/** A non-zip file's real format, when it is one people rename to .xlsx. */
export function sniffNonZip(b: Uint8Array): OtherFormat | null {
  if (b.length >= 5 && String.fromCharCode(...b.subarray(0, 5)) === "%PDF-") return "pdf";
  const wide = utf16Text(b);
  if (wide !== null) return textFormat(wide);
  return isText(b) ? textFormat(headText(b)) : null;
}

/** A zip package without an Excel workbook: .xlsb, .ods or .docx, else null. */
export function sniffPackage(pkg: Package): OtherFormat | null {
  if (pkg.has("xl/workbook.bin")) return "xlsb";
  if (pkg.has("word/document.xml")) return "docx";
  const mime = pkg.has("mimetype") ? pkg.text("mimetype") : null;
  if (mime !== null && mime.trim() === "application/vnd.oasis.opendocument.spreadsheet") return "ods";
  return null;
}
