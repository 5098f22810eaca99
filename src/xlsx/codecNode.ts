/**
 * Node's zlib as the file adapter's codec (see codec.ts). Only the command line imports this
 * module: the task pane's bundle must not pull in Node's built-ins.
 */
import * as zlib from "zlib";
import { Codec, LongerThanDeclared, crc32Js } from "./codec";

/** zlib.crc32 arrived in Node 20.15 and 22.2: on an older Node the JavaScript one stays. */
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export const nodeCodec: Codec = {
  inflate(raw, size) {
    // zlib stops (and throws) past `size` bytes, so a lie about the size costs no memory.
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new LongerThanDeclared();
      throw e;
    }
    if (out.length > size) throw new LongerThanDeclared();
    return out;
  },
  deflate: (data) => zlib.deflateRawSync(data, { level: 6 }),
  crc32: nativeCrc ? (data) => nativeCrc(data) >>> 0 : (data) => crc32Js(data),
};
