/**
 * Deflate, inflate and CRC-32 behind one small interface. The file adapter runs in the task
 * pane too, so its default is fflate (plain JavaScript); the command line installs Node's
 * zlib (codecNode.ts), several times faster, before it opens a workbook.
 */
import { deflateSync, inflateSync } from "fflate";

export interface Codec {
  /**
   * The raw-deflate stream `raw` inflated, never into more than `size` bytes: a part that
   * lies about its size is cut off (and fails its CRC check) or throws LongerThanDeclared,
   * rather than filling memory. Throws on a broken stream.
   */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  /** Raw deflate, level 6. */
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** The stream inflates to more than its part declares. */
export class LongerThanDeclared extends Error {}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of `data`; `prev`, the CRC of what came before, carries it over chunks. */
export function crc32Js(data: Uint8Array, prev = 0): number {
  let c = ~prev;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export const fflateCodec: Codec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
  crc32: (data) => crc32Js(data),
};

let current: Codec = fflateCodec;

/** The codec every zip read and write uses from now on. */
export function useCodec(c: Codec): void {
  current = c;
}

export function codec(): Codec {
  return current;
}
