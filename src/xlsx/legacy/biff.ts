/**
 * A walk over an .xls Workbook stream's record headers, before the workbook reader sees it:
 * the stream must be whole (every sheet's records present, no record cut off), not encrypted,
 * and within the caps on records, sheets and cells, so that the reader, which keeps every cell
 * as an object, is only ever given what fits in memory. Record contents are not read beyond
 * sheet names and counts.
 */
import { corrupt, tooLarge } from "../errors";
import { LIMITS } from "../limits";

/** Record types (MS-XLS 2.3). */
const BOF = 0x0809;
const EOF = 0x000a;
const FILEPASS = 0x002f;
const CODEPAGE = 0x0042;
const BOUNDSHEET = 0x0085;
const SST = 0x00fc;
const MULRK = 0x00bd;
/** Records holding one cell value each, of every BIFF version the reader knows. */
const CELL = new Set([0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0203, 0x0204, 0x0205, 0x0206, 0x0406, 0x027e, 0x00fd, 0x00d6]);

export interface BiffSheet {
  name: string;
  /** Stream offset of the sheet's BOF record. */
  at: number;
  /** 0 worksheet, 1 macro sheet, 2 chart sheet, 6 VBA module (which has no records of its own). */
  kind: number;
  cells: number;
}

export interface BiffScan {
  /** 8: Excel 97 and later (strings in UTF-16); 5: Excel 5.0/95 (strings in the file's code page). */
  version: 5 | 8;
  encrypted: boolean;
  sheets: BiffSheet[];
  cells: number;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

/** The stream's part name in messages. */
export const STREAM = "Workbook";

const broken = (detail: string, sheet?: string) => corrupt({ kind: "biff", part: STREAM, sheet, detail });

/** TextDecoder labels for the code pages BIFF5 files name (Chinese first: what offices send). */
const CODEPAGES: Record<number, string> = { 936: "gbk", 950: "big5", 932: "shift_jis", 949: "euc-kr", 1252: "windows-1252", 1200: "utf-16le" };

function sheetName(b: Uint8Array, at: number, len: number, version: 5 | 8, codepage: number): string {
  const cch = b[at + 6];
  if (version === 8) {
    const wide = b[at + 7] & 1;
    const start = at + 8;
    if (wide) return new TextDecoder("utf-16le").decode(b.subarray(start, Math.min(start + cch * 2, at + len)));
    return String.fromCharCode(...b.subarray(start, Math.min(start + cch, at + len)));
  }
  const bytes = b.subarray(at + 7, Math.min(at + 7 + cch, at + len));
  try {
    return new TextDecoder(CODEPAGES[codepage] ?? "windows-1252").decode(bytes);
  } catch {
    return String.fromCharCode(...bytes);
  }
}

/**
 * Walks the stream. Refuses (XlsxError) a stream cut short or whose records run past its end,
 * a sheet whose records are missing, and more records, sheets, cells or strings than the caps.
 * Stops at the first FILEPASS record: the rest is encrypted.
 */
export function scanBiff(s: Uint8Array): BiffScan {
  if (s.length < 8 || u16(s, 0) !== BOF) throw broken("the stream does not start with a BOF record");
  const version: 5 | 8 = u16(s, 4) === 0x0500 ? 5 : 8;
  const sheets: BiffSheet[] = [];
  const byOffset = new Map<number, BiffSheet>();
  let codepage = 1252;
  let records = 0;
  let cells = 0;
  let depth = 0;
  let sheet: BiffSheet | null = null;
  let globals = true;
  let p = 0;
  while (p + 4 <= s.length) {
    const type = u16(s, p);
    const len = u16(s, p + 2);
    const data = p + 4;
    // Streams are padded to a sector: after the last EOF, zeros.
    if (type === 0 && depth === 0 && !globals) break;
    if (data + len > s.length) throw broken(`record 0x${type.toString(16)} at ${p} runs past the end`, sheet?.name);
    if (++records > LIMITS.legacyRecords) throw tooLarge({ what: "records", part: STREAM, size: records, limit: LIMITS.legacyRecords });
    if (type === BOF) {
      if (depth === 0 && !globals) sheet = byOffset.get(p) ?? null;
      depth++;
    } else if (type === EOF) {
      depth--;
      if (depth === 0) {
        globals = false;
        sheet = null;
      }
      if (depth < 0) throw broken(`EOF without BOF at ${p}`);
    } else if (globals && depth === 1) {
      if (type === FILEPASS) return { version, encrypted: true, sheets, cells: 0 };
      if (type === CODEPAGE && len >= 2) codepage = u16(s, data);
      else if (type === BOUNDSHEET && len >= 8) {
        if (sheets.length >= LIMITS.legacySheets) throw tooLarge({ what: "sheets", part: STREAM, size: sheets.length + 1, limit: LIMITS.legacySheets });
        const sh = { name: sheetName(s, data, len, version, codepage), at: u32(s, data), kind: s[data + 5], cells: 0 };
        sheets.push(sh);
        byOffset.set(sh.at, sh);
      } else if (type === SST && len >= 8 && u32(s, data + 4) > LIMITS.sharedStrings) {
        throw tooLarge({ what: "strings", part: STREAM, size: u32(s, data + 4), limit: LIMITS.sharedStrings });
      }
    } else if (sheet && depth === 1) {
      const n = type === MULRK ? Math.max(0, Math.floor((len - 6) / 6)) : CELL.has(type) ? 1 : 0;
      if (n) {
        sheet.cells += n;
        cells += n;
        if (sheet.cells > LIMITS.sheetCells) throw tooLarge({ what: "cells", part: STREAM, sheet: sheet.name, size: sheet.cells, limit: LIMITS.sheetCells });
        if (cells > LIMITS.legacyCells) throw tooLarge({ what: "workbook-cells", part: STREAM, size: cells, limit: LIMITS.legacyCells });
      }
    }
    p = data + len;
  }
  if (depth > 0 || globals) throw broken("the stream ends inside a sheet's records", sheet?.name);
  // Every sheet the workbook lists must start where it says: a stream cut short loses whole sheets.
  for (const sh of sheets) if (sh.kind !== 6 && (sh.at + 4 > s.length || u16(s, sh.at) !== BOF)) throw broken(`no records at ${sh.at}`, sh.name);
  return { version, encrypted: false, sheets, cells };
}
