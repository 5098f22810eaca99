import { strToU8, zipSync } from "fflate";
import { XlsxError, XlsxErrorCode, createXlsx, openXlsx } from "../../src/xlsx";
import { handPackage } from "./pkg";
import { box } from "../helpers/grids";
import { cfbFile, sheetjsBook } from "../../scripts/hostile/legacy";

function codeOf(bytes: Uint8Array): XlsxErrorCode | "none" {
  try {
    openXlsx(bytes).grids();
    return "none";
  } catch (e) {
    if (e instanceof XlsxError) return e.code;
    throw e;
  }
}

/** A compound file (OLE): an Excel 97-2003 workbook, or the wrapper of an encrypted workbook. */
function cfb(encrypted: boolean): Uint8Array {
  if (encrypted) return cfbFile({ EncryptionInfo: new Uint8Array(64), EncryptedPackage: new Uint8Array(64) });
  return sheetjsBook([{ name: "S", values: [["a", 1]], merges: [], widths: [] }], "biff8");
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
  it("random bytes, empty input and a line of text are not a zip", () => {
    expect(codeOf(random(5000, 7))).toBe("not-zip");
    expect(codeOf(new Uint8Array(0))).toBe("not-zip");
    expect(codeOf(strToU8("just some text, renamed\n"))).toBe("not-zip");
  });

  it("a zip without a workbook is not a workbook", () => {
    expect(codeOf(zipSync({ "readme.txt": strToU8("hello") }))).toBe("not-workbook");
  });

  it("renamed formats are named by what they are, whatever the file is called", () => {
    expect(codeOf(strToU8("序号,商会名称\n1,四川省科技装备业商会\n"))).toBe("csv");
    expect(codeOf(strToU8("\ufeff序号\t商会名称\r\n1\t甲商会\r\n"))).toBe("csv");
    expect(codeOf(strToU8('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table></body></html>'))).toBe("html");
    expect(codeOf(strToU8('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'))).toBe(
      "spreadsheetml",
    );
    expect(codeOf(strToU8("%PDF-1.7\n%\u00e2\u00e3\n"))).toBe("pdf");
    const ods = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<office:document-content/>") });
    expect(codeOf(ods)).toBe("ods");
    expect(codeOf(zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.bin": new Uint8Array([0x83, 1, 0]) }))).toBe("xlsb");
    expect(codeOf(zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") }))).toBe("docx");
  });

  it("an OLE compound file is an .xls (which only the legacy reader opens), or an encrypted workbook when it holds EncryptionInfo", () => {
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
