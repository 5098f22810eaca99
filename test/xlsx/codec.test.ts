/**
 * The two codecs behind the zip reader and writer (fflate for the pane, Node's zlib for the
 * command line) give the same parts and the same refusals.
 */
import { deflateRawSync } from "zlib";
import { Codec, crc32Js, fflateCodec, useCodec } from "../../src/xlsx/codec";
import { nodeCodec } from "../../src/xlsx/codecNode";
import { XlsxError, createXlsx, openXlsx } from "../../src/xlsx";
import { inflateEntry, readZip, writeZip } from "../../src/xlsx/zip";

const CODECS: [string, Codec][] = [
  ["fflate", fflateCodec],
  ["zlib", nodeCodec],
];

afterEach(() => useCodec(fflateCodec));

const TEXT = new TextEncoder().encode("<worksheet>四川省科技装备业商会 ".repeat(500) + "</worksheet>");

test("CRC-32 of the known check string, by both", () => {
  const check = new TextEncoder().encode("123456789");
  expect(crc32Js(check)).toBe(0xcbf43926);
  expect(nodeCodec.crc32(check)).toBe(0xcbf43926);
  expect(fflateCodec.crc32(TEXT)).toBe(nodeCodec.crc32(TEXT));
});

test.each(CODECS)("%s inflates what either deflates", (_n, c) => {
  for (const [, other] of CODECS) expect(Buffer.from(c.inflate(other.deflate(TEXT), TEXT.length))).toEqual(Buffer.from(TEXT));
});

test.each(CODECS)("%s: a workbook written and read back with it", (_n, c) => {
  useCodec(c);
  const book = openXlsx(createXlsx([{ name: "自评表", values: [["序号", "分值"], [1, 25]], merges: [], widths: [] }]));
  expect(book.grids()[0].rows.map((r) => r.values)).toEqual([["序号", "分值"], [1, 25]]);
});

/** A one-part zip whose entry declares `usize` for data that inflates to TEXT. */
function lyingZip(usize: number): Uint8Array {
  const zip = writeZip([{ name: "a.xml", data: TEXT }]);
  const e = readZip(zip)[0];
  expect(e.method).toBe(8);
  const out = zip.slice();
  const view = new DataView(out.buffer);
  // Central directory entry: uncompressed size at offset 24.
  const cd = out.length - 22 - (46 + e.name.length);
  view.setUint32(cd + 24, usize, true);
  return out;
}

test.each(CODECS)("%s: a part longer or shorter than it declares fails its CRC check, without inflating past the size", (_n, c) => {
  useCodec(c);
  for (const usize of [100, TEXT.length - 1, TEXT.length + 1]) {
    const zip = lyingZip(usize);
    const e = readZip(zip)[0];
    expect(e.usize).toBe(usize);
    let err: unknown = null;
    try {
      inflateEntry(zip, e);
    } catch (x) {
      err = x;
    }
    expect(err).toBeInstanceOf(XlsxError);
    expect((err as XlsxError).code).toBe("corrupt");
    expect((err as XlsxError).message).toMatch(/CRC|crc|校验/);
  }
});

test.each(CODECS)("%s: a broken deflate stream is refused as such", (_n, c) => {
  const good = deflateRawSync(Buffer.from(TEXT));
  const broken = good.subarray(0, good.length >> 1);
  expect(() => c.inflate(broken, TEXT.length)).toThrow();
});
