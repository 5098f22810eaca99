/**
 * What kind of workbook a file is when it is not an .xlsx: an .xls (or a WPS file in the same
 * binary format), an .ods, or an Office 97-2003 file that is no workbook, told apart by its
 * content. For a readable one, what the workbook reader (./sheetjs.ts, loaded only then) needs,
 * already checked against the caps; anything else is an XlsxError that says what the file is.
 * No part of this module loads the reader.
 */
import { xlsxError } from "../errors";
import { ZipEntry, looksLikeZip, readZip } from "../zip";
import { BiffScan, scanBiff } from "./biff";
import { Cfb, isCfb } from "./cfb";
import { ODS_TYPES, OdsInput, mimetypeOf, prepareOds } from "./ods";

/** `et`: written by WPS (its marks are in the container), read like an .xls. */
export type LegacyFormat = "xls" | "et" | "ods";

export type LegacyInput = { format: "xls" | "et"; stream: Uint8Array; biff: BiffScan } | ({ format: "ods" } & OdsInput);

/** Entries WPS puts in the files it writes, as far as they are known. */
const WPS_ENTRY = /^(ETExtData|KSO|WPS)/i;

function fromCfb(bytes: Uint8Array): LegacyInput {
  const cfb = new Cfb(bytes);
  const top = cfb.top();
  const has = (name: string) => top.some((e) => e.name.toLowerCase() === name.toLowerCase());
  if (has("EncryptionInfo") || has("EncryptedPackage")) throw xlsxError("encrypted");
  const wps = cfb.headerClsid || top.some((e) => WPS_ENTRY.test(e.name));
  const book = cfb.find("Workbook") ?? cfb.find("Book");
  if (!book) {
    if (wps) throw xlsxError("et");
    if (has("WordDocument")) throw xlsxError("doc");
    if (has("PowerPoint Document")) throw xlsxError("ppt");
    throw xlsxError("ole");
  }
  const stream = cfb.read(book);
  const biff = scanBiff(stream);
  if (biff.encrypted) throw xlsxError("encrypted");
  return { format: wps ? "et" : "xls", stream, biff };
}

function fromZip(bytes: Uint8Array): LegacyInput | null {
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch {
    // A broken zip is told by the .xlsx reader, which finds the same fault.
    return null;
  }
  const mime = mimetypeOf(bytes, entries);
  if (mime === null || !ODS_TYPES.includes(mime)) return null;
  return { format: "ods", ...prepareOds(bytes, entries) };
}

/**
 * The legacy workbook `bytes` hold, ready for the reader; null for an .xlsx or anything the
 * .xlsx reader names itself. Throws XlsxError for an encrypted file, a WPS file without
 * workbook data, an Office file that is not a workbook, a damaged one, or one above the caps.
 */
export function legacyInput(bytes: Uint8Array): LegacyInput | null {
  if (isCfb(bytes)) return fromCfb(bytes);
  return looksLikeZip(bytes) ? fromZip(bytes) : null;
}
