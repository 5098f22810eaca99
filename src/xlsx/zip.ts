/**
 * A zip container reader and writer just big enough for OOXML packages. Untouched parts are
 * copied as their original compressed bytes, so they come out exactly as they went in.
 */
import { Inflate } from "fflate";
import { LongerThanDeclared, codec } from "./codec";
import type { ZipReason } from "../core";
import { corrupt, tooLarge } from "./errors";
import { LIMITS } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  csize: number;
  usize: number;
  /** Offset of the compressed data in the archive. */
  dataStart: number;
  time: number;
  date: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;

/** CRC-32 of `data`, by the codec in use. */
export function crc32(data: Uint8Array): number {
  return codec().crc32(data);
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === SIG_END) return i;
  }
  return -1;
}

/**
 * A zip's end record and its archive comment (ASCII), or null when the bytes do not end in a
 * zip whose comment runs exactly to the end. `body` is where the comment-length field starts:
 * the archive up to it is everything the comment does not cover.
 */
export function archiveComment(b: Uint8Array): { body: number; comment: string } | null {
  const end = findEnd(b);
  if (end < 0 || end + 22 + u16(b, end + 20) !== b.length) return null;
  let comment = "";
  for (let i = end + 22; i < b.length; i++) comment += String.fromCharCode(b[i]);
  return { body: end + 20, comment };
}

/** The same archive with `comment` (ASCII) as its archive comment: the parts are not touched. */
export function withArchiveComment(b: Uint8Array, comment: string): Uint8Array {
  const at = archiveComment(b);
  if (!at || comment.length > 0xffff) throw new Error("not a zip this writer made, or the comment is too long");
  const out = new Uint8Array(at.body + 2 + comment.length);
  out.set(b.subarray(0, at.body));
  out[at.body] = comment.length & 0xff;
  out[at.body + 1] = comment.length >> 8;
  for (let i = 0; i < comment.length; i++) out[at.body + 2 + i] = comment.charCodeAt(i) & 0x7f;
  return out;
}

/** True when the bytes end like a zip archive. */
export function looksLikeZip(b: Uint8Array): boolean {
  return b.length >= 22 && findEnd(b) >= 0;
}

const broken = (reason: ZipReason) => corrupt({ kind: "zip", reason });

/** The archive's entries in central-directory order. */
export function readZip(b: Uint8Array): ZipEntry[] {
  const end = findEnd(b);
  if (end < 0) throw broken({ why: "no-end" });
  let count = u16(b, end + 10);
  let cdOffset = u32(b, end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = end - 20;
    if (loc < 0 || u32(b, loc) !== SIG_LOCATOR64) throw broken({ why: "zip64" });
    const e64 = u64(b, loc + 8);
    if (e64 + 56 > b.length || u32(b, e64) !== SIG_END64) throw broken({ why: "zip64" });
    count = u64(b, e64 + 32);
    cdOffset = u64(b, e64 + 48);
  }
  if (count > LIMITS.entries) throw tooLarge({ what: "entries", size: count, limit: LIMITS.entries });
  const entries: ZipEntry[] = [];
  const dec = new TextDecoder();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== SIG_CENTRAL) throw broken({ why: "entry", n: i + 1 });
    const flags = u16(b, p + 8);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let csize = u32(b, p + 20);
    let usize = u32(b, p + 24);
    let local = u32(b, p + 42);
    const name = dec.decode(b.subarray(p + 46, p + 46 + nameLen));
    // Zip64 sizes and offset live in extra field 0x0001, in this order, only for saturated fields.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(b, x);
      const len = u16(b, x + 2);
      if (id === 1) {
        let q = x + 4;
        if (usize === 0xffffffff) {
          usize = u64(b, q);
          q += 8;
        }
        if (csize === 0xffffffff) {
          csize = u64(b, q);
          q += 8;
        }
        if (local === 0xffffffff) local = u64(b, q);
      }
      x += 4 + len;
    }
    if (local + 30 > b.length || u32(b, local) !== SIG_LOCAL) throw broken({ why: "local", name });
    const dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (dataStart + csize > b.length) throw broken({ why: "truncated", name });
    entries.push({
      name,
      method: u16(b, p + 10),
      flags,
      crc: u32(b, p + 16),
      csize,
      usize,
      dataStart,
      time: u16(b, p + 12),
      date: u16(b, p + 14),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Refuses an entry whose declared size is above the cap, or that claims a compression
 * ratio only a bomb reaches, before any byte is inflated. The declared size also bounds the
 * inflation itself: output beyond it is cut off, and the CRC check then fails.
 */
export function checkEntrySize(e: ZipEntry): void {
  if (e.usize > LIMITS.partBytes) throw tooLarge({ what: "part", part: e.name, size: e.usize, limit: LIMITS.partBytes });
  if (e.usize > LIMITS.ratioFrom && e.usize > e.csize * LIMITS.ratio) {
    throw tooLarge({ what: "ratio", part: e.name, size: e.usize, limit: LIMITS.ratio });
  }
}

/** The uncompressed bytes of an entry, checked against its CRC. */
export function inflateEntry(b: Uint8Array, e: ZipEntry): Uint8Array {
  checkEntrySize(e);
  const raw = b.subarray(e.dataStart, e.dataStart + e.csize);
  let out: Uint8Array;
  if (e.method === 0) out = raw.slice();
  else if (e.method === 8) {
    try {
      out = codec().inflate(raw, e.usize);
    } catch (x) {
      if (x instanceof LongerThanDeclared) throw corrupt({ kind: "crc", part: e.name });
      throw corrupt({ kind: "zip", part: e.name, reason: { why: "inflate", name: e.name } });
    }
  } else throw corrupt({ kind: "method", part: e.name, detail: String(e.method) });
  if (out.length !== e.usize || crc32(out) !== e.crc) throw corrupt({ kind: "crc", part: e.name });
  return out;
}

/**
 * At least the first `max` uncompressed bytes of an entry (all of it when it is no longer),
 * inflating no more than needed. `complete` is false when the part goes on.
 */
export function inflateHead(b: Uint8Array, e: ZipEntry, max: number): { data: Uint8Array; complete: boolean } {
  if (e.usize <= max) return { data: inflateEntry(b, e), complete: true };
  checkEntrySize(e);
  const raw = b.subarray(e.dataStart, e.dataStart + e.csize);
  if (e.method === 0) return { data: raw.slice(0, max), complete: false };
  if (e.method !== 8) throw corrupt({ kind: "method", part: e.name, detail: String(e.method) });
  const chunks: Uint8Array[] = [];
  let got = 0;
  const inf = new Inflate((d) => {
    chunks.push(d);
    got += d.length;
  });
  try {
    // Small input steps: even at the largest ratio allowed, one step inflates a few megabytes.
    for (let at = 0; at < raw.length && got < max; at += 4096) inf.push(raw.subarray(at, Math.min(raw.length, at + 4096)), at + 4096 >= raw.length);
  } catch {
    throw corrupt({ kind: "zip", part: e.name, reason: { why: "inflate", name: e.name } });
  }
  const data = new Uint8Array(got);
  let p = 0;
  for (const c of chunks) {
    data.set(c, p);
    p += c.length;
  }
  return { data, complete: false };
}

/** One part to write: new content, or an entry copied compressed from `source`. */
export type ZipItem = { name: string; data: Uint8Array } | { name: string; entry: ZipEntry; source: Uint8Array };

/** 1980-01-01 00:00, the zip epoch: new parts get a fixed stamp so equal content zips equally. */
const DOS_DATE = 0x21;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

export function writeZip(items: ZipItem[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const it of items) {
    let method: number, crc: number, usize: number, body: Uint8Array, time: number, date: number;
    if ("data" in it) {
      const packed = codec().deflate(it.data);
      const stored = packed.length >= it.data.length;
      method = stored ? 0 : 8;
      body = stored ? it.data : packed;
      crc = crc32(it.data);
      usize = it.data.length;
      time = 0;
      date = DOS_DATE;
    } else {
      const e = it.entry;
      method = e.method;
      body = it.source.subarray(e.dataStart, e.dataStart + e.csize);
      crc = e.crc;
      usize = e.usize;
      time = e.time;
      date = e.date;
    }
    if (offset > 0xfffffffe || body.length > 0xfffffffe || usize > 0xfffffffe) {
      throw new Error(`zip part ${it.name} is too large for this writer (no zip64)`);
    }
    const name = enc.encode(it.name);
    const flags = isAscii(it.name) ? 0 : 0x800;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, SIG_LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, usize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cen = new Uint8Array(46 + name.length);
    const cv = new DataView(cen.buffer);
    cv.setUint32(0, SIG_CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, usize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cen.set(name, 46);
    chunks.push(local, body);
    central.push(cen);
    offset += local.length + body.length;
  }
  if (items.length > 0xffff) throw new Error("too many zip parts for this writer (no zip64)");
  let cdSize = 0;
  for (const c of central) cdSize += c.length;
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, SIG_END, true);
  ev.setUint16(8, items.length, true);
  ev.setUint16(10, items.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const c of [...chunks, ...central]) {
    out.set(c, p);
    p += c.length;
  }
  out.set(end, p);
  return out;
}
