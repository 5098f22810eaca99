/**
 * A zip writer for hostile packages: parts given as bytes, or already compressed (a bomb
 * of any size is built from a small repeated deflate block, never held inflated).
 */
import { constants, crc32 as zcrc32, deflateRawSync } from "zlib";
import { crc32Js as readerCrc32 } from "../../src/xlsx/codec";

export interface RawPart {
  name: string;
  /** Deflate data as it goes in the file, its CRC and inflated size, as declared. */
  body: Uint8Array;
  crc: number;
  usize: number;
  method: 0 | 8;
}

export type Part = { name: string; data: Uint8Array } | RawPart;

/** CRC-32 carried over chunks: Node's own when it has one (20.15+), else the reader's. */
export function crc32(data: Uint8Array, prev = 0): number {
  return typeof zcrc32 === "function" ? zcrc32(data, prev) : readerCrc32(data, prev);
}

/**
 * A part of `chunk` repeated `times` times, deflated: the chunk is compressed once with a
 * sync flush (a self-contained, non-final block run) and repeated, then a final empty block.
 */
export function repeatedPart(name: string, chunk: Uint8Array, times: number): RawPart {
  const block = deflateRawSync(chunk, {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const final = new Uint8Array([0x03, 0x00]);
  const body = new Uint8Array(block.length * times + final.length);
  let crc = 0;
  for (let i = 0; i < times; i++) {
    body.set(block, i * block.length);
    crc = crc32(chunk, crc);
  }
  body.set(final, block.length * times);
  return { name, body, crc, usize: chunk.length * times, method: 8 };
}

/** A part whose text comes in pieces (a large sheet), deflated piece by piece. */
export function streamedPart(name: string, pieces: Iterable<string>): RawPart {
  const enc = new TextEncoder();
  const out: Uint8Array[] = [];
  let crc = 0;
  let usize = 0;
  for (const p of pieces) {
    const data = enc.encode(p);
    crc = crc32(data, crc);
    usize += data.length;
    out.push(deflateRawSync(data, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }));
  }
  out.push(new Uint8Array([0x03, 0x00]));
  const body = new Uint8Array(out.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of out) {
    body.set(b, at);
    at += b.length;
  }
  return { name, body, crc, usize, method: 8 };
}

function raw(p: Part): RawPart {
  if ("body" in p) return p;
  return {
    name: p.name,
    body: deflateRawSync(p.data),
    crc: crc32(p.data),
    usize: p.data.length,
    method: 8,
  };
}

export function writeZip(parts: Part[]): Uint8Array {
  const enc = new TextEncoder();
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts.map(raw)) {
    const name = enc.encode(part.name);
    const head = new Uint8Array(30 + name.length);
    const h = new DataView(head.buffer);
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, 0x800, true);
    h.setUint16(8, part.method, true);
    h.setUint16(12, 0x21, true);
    h.setUint32(14, part.crc, true);
    h.setUint32(18, part.body.length, true);
    h.setUint32(22, part.usize, true);
    h.setUint16(26, name.length, true);
    head.set(name, 30);
    const cen = new Uint8Array(46 + name.length);
    const c = new DataView(cen.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x800, true);
    c.setUint16(10, part.method, true);
    c.setUint16(14, 0x21, true);
    c.setUint32(16, part.crc, true);
    c.setUint32(20, part.body.length, true);
    c.setUint32(24, part.usize, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    cen.set(name, 46);
    local.push(head, part.body);
    central.push(cen);
    offset += head.length + part.body.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, parts.length, true);
  e.setUint16(10, parts.length, true);
  e.setUint32(12, size, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + size + 22);
  let at = 0;
  for (const b of [...local, ...central, end]) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
