/**
 * Office 97-2003 and OpenDocument files for the hostile suite and the tests, made without
 * LibreOffice: SheetJS's own writers (the same package the reader comes from) for a sound
 * .xls, .ods or compound file, and surgery on their bytes for the damaged ones. The tests that
 * compare formats convert with LibreOffice instead (test/helpers/libre.ts).
 */
import * as XLSX from "@e965/xlsx";
import cptable from "@e965/xlsx/dist/cpexcel";
import type { PlanValue, SheetSpec } from "../../src/core";

/** A workbook of `specs` written by SheetJS: .xls (BIFF8 or Excel 95's BIFF5) or .ods. */
export function sheetjsBook(specs: SheetSpec[], bookType: "biff8" | "biff5" | "ods"): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of specs) {
    const rows = s.values.map((r) => r.map((v: PlanValue) => (v === null ? undefined : v)));
    const ws = XLSX.utils.aoa_to_sheet(rows);
    if (s.merges.length) ws["!merges"] = s.merges.map((m) => ({ s: { r: m.r0, c: m.c0 }, e: { r: m.r1, c: m.c1 } }));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return new Uint8Array(XLSX.write(wb, { type: "buffer", bookType }) as Buffer);
}

/** A compound file holding `streams` at its root; `wps`: Excel's class id in the header, as WPS writes it. */
export function cfbFile(streams: Record<string, Uint8Array>, opts: { wps?: boolean } = {}): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, name, data);
  const out = new Uint8Array(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
  // {00020820-0000-0000-C000-000000000046}, Excel.Sheet.8: what WPS leaves where Excel writes zeros.
  if (opts.wps) out.set([0x20, 0x08, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46], 8);
  return out;
}

/** The Workbook (or Book) stream of an .xls. */
export function workbookStream(xls: Uint8Array): Uint8Array {
  const cfb = XLSX.CFB.read(xls, { type: "buffer" });
  const e = XLSX.CFB.find(cfb, "Workbook") ?? XLSX.CFB.find(cfb, "Book");
  return new Uint8Array(e.content);
}

/** The .xls with its Workbook stream replaced by `edit` of it. */
export function editStream(xls: Uint8Array, edit: (s: Uint8Array) => Uint8Array, opts: { wps?: boolean } = {}): Uint8Array {
  return cfbFile({ Workbook: edit(workbookStream(xls)) }, opts);
}

export interface BiffRecord {
  type: number;
  at: number;
  len: number;
}

/** The stream's records, in order. */
export function records(s: Uint8Array): BiffRecord[] {
  const out: BiffRecord[] = [];
  for (let p = 0; p + 4 <= s.length; ) {
    const type = s[p] | (s[p + 1] << 8);
    const len = s[p + 2] | (s[p + 3] << 8);
    out.push({ type, at: p, len });
    p += 4 + len;
  }
  return out;
}

export function record(type: number, data: Uint8Array | number[]): Uint8Array {
  const d = data instanceof Uint8Array ? data : new Uint8Array(data);
  const out = new Uint8Array(4 + d.length);
  out.set([type & 0xff, type >> 8, d.length & 0xff, d.length >> 8]);
  out.set(d, 4);
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const put32 = (b: Uint8Array, o: number, v: number) => b.set([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24], o);

/**
 * Inserts `extra` at stream offset `at`, moving every sheet's BOUNDSHEET offset behind it (the
 * sheets' records stay where the workbook says they are).
 */
export function insertAt(s: Uint8Array, at: number, extra: Uint8Array): Uint8Array {
  const out = concat([s.subarray(0, at), extra, s.subarray(at)]);
  for (const r of records(out)) {
    if (r.type === 0x0085 && u32(out, r.at + 4) >= at) put32(out, r.at + 4, u32(out, r.at + 4) + extra.length);
  }
  return out;
}

/** FAT entries of a compound file set: sector `n` now leads to `next` (a loop, a chain into another). */
export function setFats(file: Uint8Array, entries: [n: number, next: number][]): Uint8Array {
  const out = file.slice();
  const size = 1 << (out[30] | (out[31] << 8));
  const perSector = size / 4;
  for (const [n, next] of entries) {
    // The first 109 FAT sectors are named in the header: enough for a 13 MB file of 512-byte sectors.
    const fatSector = u32(out, 76 + Math.floor(n / perSector) * 4);
    put32(out, (fatSector + 1) * size + (n % perSector) * 4, next);
  }
  return out;
}

export function setFat(file: Uint8Array, n: number, next: number): Uint8Array {
  return setFats(file, [[n, next]]);
}

/** The first sector of a root stream's chain, from the directory (version 3 files: 512-byte sectors). */
export function streamStart(file: Uint8Array, name: string): number {
  const size = 1 << (file[30] | (file[31] << 8));
  const dir = (u32(file, 48) + 1) * size;
  for (let e = dir; e < dir + size; e += 128) {
    const len = file[e + 64] | (file[e + 65] << 8);
    let n = "";
    for (let k = 0; k < len - 2; k += 2) n += String.fromCharCode(file[e + k] | (file[e + k + 1] << 8));
    if (n === name) return u32(file, e + 116);
  }
  throw new Error(`no stream ${name}`);
}

const u16le = (n: number) => [n & 0xff, n >> 8];

/**
 * An Excel 5.0/95 (BIFF5) workbook with its texts in GBK (code page 936), as a Chinese Excel 95
 * wrote them: no writer at hand makes one (SheetJS writes `_` for what is not ASCII; LibreOffice
 * no longer exports BIFF5), so its records are written here, only those a reader needs.
 */
export function biff5Book(sheets: { name: string; rows: (string | number | null)[][] }[]): Uint8Array {
  const gbk = (s: string) => new Uint8Array(cptable.utils.encode(936, s) as number[]);
  const bof = (dt: number) => record(0x0809, [...u16le(0x0500), ...u16le(dt), 0, 0, 0, 0]);
  const cell = (r: number, c: number, v: string | number | null) =>
    v === null
      ? new Uint8Array(0)
      : typeof v === "number"
      ? record(0x0203, [...u16le(r), ...u16le(c), 0, 0, ...new Uint8Array(new Float64Array([v]).buffer)])
      : record(0x0204, [...u16le(r), ...u16le(c), 0, 0, ...u16le(gbk(v).length), ...gbk(v)]);
  const subs = sheets.map((s) => concat([bof(0x10), ...s.rows.flatMap((row, r) => row.map((v, c) => cell(r, c, v))), record(0x000a, [])]));
  const names = sheets.map((s) => gbk(s.name));
  const codepage = record(0x0042, u16le(936));
  let at = bof(5).length + codepage.length + names.reduce((n, b) => n + 4 + 7 + b.length, 0) + 4;
  const bounds = sheets.map((_, i) => {
    const r = record(0x0085, [at & 0xff, (at >> 8) & 0xff, (at >> 16) & 0xff, at >>> 24, 0, 0, names[i].length, ...names[i]]);
    at += subs[i].length;
    return r;
  });
  return cfbFile({ Book: concat([bof(5), codepage, ...bounds, record(0x000a, []), ...subs]) });
}
