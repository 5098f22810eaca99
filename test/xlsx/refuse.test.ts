import { strToU8, zipSync } from "fflate";
import { XlsxError, XlsxErrorCode, createXlsx, openXlsx } from "../../src/xlsx";
import { handPackage } from "./pkg";
import { box } from "../helpers/grids";

function codeOf(bytes: Uint8Array): XlsxErrorCode | "none" {
  try {
    openXlsx(bytes).grids();
    return "none";
  } catch (e) {
    if (e instanceof XlsxError) return e.code;
    throw e;
  }
}

/** A compound-file (OLE) header, padded, optionally holding the stream name an encrypted workbook has. */
function cfb(encrypted: boolean): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = encrypted ? "EncryptionInfo" : "Workbook";
  for (let i = 0; i < name.length; i++) b[1024 + i * 2] = name.charCodeAt(i);
  return b;
}

function random(n: number, seed: number): Uint8Array {
  const b = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

describe("refusing what is not a readable workbook", () => {
  it("random bytes and empty input are not a zip", () => {
    expect(codeOf(random(5000, 7))).toBe("not-zip");
    expect(codeOf(new Uint8Array(0))).toBe("not-zip");
    expect(codeOf(strToU8("序号,商会名称\n1,四川省科技装备业商会\n"))).toBe("not-zip");
  });

  it("a zip without a workbook is not a workbook", () => {
    expect(codeOf(zipSync({ "readme.txt": strToU8("hello") }))).toBe("not-workbook");
    const ods = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<office:document-content/>") });
    expect(codeOf(ods)).toBe("not-workbook");
  });

  it("an OLE compound file is an old .xls, or an encrypted workbook when it holds EncryptionInfo", () => {
    expect(codeOf(cfb(false))).toBe("legacy-xls");
    expect(codeOf(cfb(true))).toBe("encrypted");
  });

  it("broken workbook XML is corrupt", () => {
    const bytes = handPackage({ sheets: [{ name: "S" }], workbookTail: "<definedNames><definedName name=\"x\">1</definedNames>" });
    expect(codeOf(bytes)).toBe("corrupt");
  });

  it("a zip cut short is refused", () => {
    const whole = createXlsx([{ name: "S", values: [[1, 2, 3]], merges: [], widths: [] }]);
    expect(["not-zip", "corrupt"]).toContain(codeOf(whole.slice(0, whole.length - 30)));
    expect(["not-zip", "corrupt"]).toContain(codeOf(whole.slice(0, 200)));
  });

  it("a damaged compressed part fails its checksum", () => {
    const whole = createXlsx([{ name: "S", values: [["全国“四好”商会推荐名单汇总表", 1, 2, 3]], merges: [], widths: [] }]);
    const bad = whole.slice();
    // Flip a byte inside the sheet's compressed data, just after its name in the local header.
    const name = strToU8("xl/worksheets/sheet1.xml");
    const at = Buffer.from(bad).indexOf(Buffer.from(name));
    bad[at + name.length + 3] ^= 0xff;
    expect(codeOf(bad)).toBe("corrupt");
  });

  it("says why in both languages, and in one on request", () => {
    let err: XlsxError | null = null;
    try {
      openXlsx(cfb(false));
    } catch (e) {
      err = e as XlsxError;
    }
    expect(err).toBeInstanceOf(XlsxError);
    expect(err!.message).toContain(".xls");
    expect(err!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(err!.message).toMatch(/Excel 97-2003/);
    expect(err!.text("en")).not.toMatch(/[\u4e00-\u9fff]/);
    expect(err!.text("zh")).toMatch(/另存为/);
  });

  it("never changes the caller's bytes, and is not affected when the caller changes them later", () => {
    const bytes = createXlsx([{ name: "S", values: [["a", 1]], merges: [], widths: [] }]);
    const copy = bytes.slice();
    const book = openXlsx(bytes);
    bytes.fill(0);
    expect(box(book.grids()[0]).values).toEqual([["a", 1]]);
    expect(box(openXlsx(book.toBytes()).grids()[0]).values).toEqual([["a", 1]]);
    const again = openXlsx(copy);
    again.grids();
    expect(copy).toEqual(createXlsx([{ name: "S", values: [["a", 1]], merges: [], widths: [] }]));
  });
});
