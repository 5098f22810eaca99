/**
 * .xls, WPS and .ods read through the legacy reader (SheetJS) into the grids the .xlsx reader
 * makes, and every other Office 97-2003 file named for what it is. Fixtures are written by
 * SheetJS's own writers and cut by hand (scripts/hostile/legacy.ts); the LibreOffice-written
 * ones are in legacyLibre.test.ts.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SheetSpec } from "../../src/core";
import { XlsxError, createXlsx, legacyInput, openLegacy, openXlsx } from "../../src/xlsx";
import * as reader from "../../src/xlsx/legacy/sheetjs";
import { baseSheets } from "../../scripts/hostile/base";
import { biff5Book, cfbFile, concat, editStream, insertAt, record, records, setFat, setFats, sheetjsBook, streamStart, workbookStream } from "../../scripts/hostile/legacy";

function open(bytes: Uint8Array) {
  const input = legacyInput(bytes);
  if (!input) throw new Error("not a legacy workbook");
  return { format: input.format, book: openLegacy(input, reader) };
}

/** The error's code and its message in both languages. */
function refusal(bytes: Uint8Array): { code: string; zh: string; en: string } {
  try {
    open(bytes).book.grids();
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    return { code: e.code, zh: e.text("zh"), en: e.text("en") };
  }
  throw new Error("read without a word");
}

const SPECS: SheetSpec[] = baseSheets();
const XLS = sheetjsBook(SPECS, "biff8");
/** What the .xlsx reader gives for the same sheets. */
const EXPECTED = openXlsx(createXlsx(SPECS)).grids();

describe("reading", () => {
  it("an .xls gives the .xlsx reader's grids: names, values, merges", () => {
    const { format, book } = open(XLS);
    expect(format).toBe("xls");
    expect(book.grids()).toEqual(EXPECTED);
    expect(book.sheetNames).toEqual(["推荐名单汇总表", "甲商会", "乙商会", "推荐名额分配表", "说明"]);
    // The 自评表 title is merged across the table, as written.
    expect(book.grids()[1].merges).toContainEqual({ r0: 0, c0: 0, r1: 0, c1: 5 });
  });

  it("an .ods gives the same grids", () => {
    const { format, book } = open(sheetjsBook(SPECS, "ods"));
    expect(format).toBe("ods");
    expect(book.grids()).toEqual(EXPECTED);
  });

  it("an Excel 95 (BIFF5) workbook in GBK: names and texts in Chinese, through its code page", async () => {
    const bytes = biff5Book([{ name: "自评表", rows: [["商会名称：", "四川省甲商会"], ["分值", 15]] }]);
    const input = legacyInput(bytes)!;
    expect(input.format === "xls" && [input.biff.version, input.biff.sheets.map((s) => s.name)]).toEqual([5, ["自评表"]]);
    // The pane's reader fetches the code pages for such a file; the command line's has them built in.
    await reader.loadCodepages();
    const grids = openLegacy(input, reader).grids();
    expect(grids.map((g) => [g.name, g.rows.map((r) => r.values)])).toEqual([["自评表", [["商会名称：", "四川省甲商会"], ["分值", 15]]]]);
  });

  it("an .xls that WPS wrote (Excel's class id in the header) is read the same and told as WPS's", () => {
    const wps = editStream(XLS, (s) => s, { wps: true });
    const { format, book } = open(wps);
    expect(format).toBe("et");
    expect(book.grids()).toEqual(EXPECTED);
  });

  it("a text that looks like a formula stays text, and is written as text", () => {
    const specs = baseSheets();
    specs[1].values[3][4] = "=SUM(E5:E47)";
    const { book } = open(sheetjsBook(specs, "biff8"));
    expect(book.grids()[1].rows.find((r) => r.row === 3)!.values).toContain("=SUM(E5:E47)");
    const sheet = strFromU8(unzipSync(book.toBytes())["xl/worksheets/sheet2.xml"]);
    expect(sheet).toContain('<c r="E4" t="inlineStr"><is><t>=SUM(E5:E47)</t></is></c>');
    expect(sheet).not.toMatch(/<f>/);
  });

  it("TRUE stays a boolean, an error value its text, hidden sheets hidden", () => {
    const specs: SheetSpec[] = [{ name: "S", values: [["是否", "错误"]], merges: [], widths: [] }, { name: "藏", values: [["x"]], merges: [], widths: [] }];
    const bytes = sheetjsBook(specs, "biff8");
    // Hand the reader a TRUE (BOOLERR 1,0), a #REF! (BOOLERR 0x17,1) and a hidden second sheet.
    const edited = editStream(bytes, (s) => {
      const recs = records(s);
      const out = s.slice();
      const sheetAt = recs.filter((r) => r.type === 0x0085).map((r) => r.at);
      out[sheetAt[1] + 8] = 1;
      return out;
    });
    const withCells = editStream(edited, (s) => {
      const eof = records(s).filter((r) => r.type === 0x000a)[1].at;
      const cells = concat([record(0x0205, [1, 0, 0, 0, 15, 0, 1, 0]), record(0x0205, [1, 0, 1, 0, 15, 0, 0x17, 1])]);
      return insertAt(s, eof, cells);
    });
    const grids = open(withCells).book.grids();
    expect(grids[0].rows.map((r) => r.values)).toEqual([["是否", "错误"], [true, "#REF!"]]);
    expect(grids[1].hidden).toBe(true);
  });
});

describe("an Office 97-2003 file that is no workbook is named for what it is", () => {
  const cases: [string, Uint8Array, string, string, string][] = [
    ["encrypted .xlsx", cfbFile({ EncryptionInfo: new Uint8Array(64), EncryptedPackage: new Uint8Array(64) }), "encrypted", "设有打开密码", "password"],
    [
      "encrypted .xls (FILEPASS)",
      editStream(XLS, (s) => insertAt(s, records(s)[1].at, record(0x002f, [1, 0, 1, 0, 1, 0]))),
      "encrypted",
      "设有打开密码",
      "password",
    ],
    ["WPS file without workbook data", cfbFile({ ETExtData: new Uint8Array(600) }, { wps: true }), "et", "在 WPS 表格中选择 文件 → 另存为 → Excel 工作簿（.xlsx）", "WPS Spreadsheets"],
    ["Word .doc", cfbFile({ WordDocument: new Uint8Array(600) }), "doc", "Word 97-2003 文档（.doc）", "Word 97-2003 document"],
    ["PowerPoint .ppt", cfbFile({ "PowerPoint Document": new Uint8Array(600) }), "ppt", "PowerPoint 97-2003 演示文稿", "PowerPoint"],
    ["another compound file", cfbFile({ Contents: new Uint8Array(600) }), "ole", "Office 97-2003 格式的文件，但其中没有 Excel 工作簿", "without an Excel workbook"],
  ];
  it.each(cases)("%s", (_what, bytes, code, zh, en) => {
    const r = refusal(bytes);
    expect(r.code).toBe(code);
    expect(r.zh).toContain(zh);
    expect(r.en).toContain(en);
    expect(r.en).not.toMatch(/[\u4e00-\u9fff]/);
    // The .xlsx reader, asked directly, gives the same answer.
    expect(() => openXlsx(bytes)).toThrow(r.zh);
  });

  it("each message is its own", () => {
    const texts = cases.map(([, b]) => refusal(b).zh);
    expect(new Set(texts).size).toBe(texts.length - 1); // the two encrypted ones say the same
  });
});

describe("damaged and hostile files get an answer, never a long walk", () => {
  it("a FAT chain that loops", () => {
    const start = streamStart(XLS, "Workbook");
    const r = refusal(setFat(XLS, start + 2, start + 1));
    expect([r.code, r.zh]).toEqual(["corrupt", "工作簿文件已损坏：无法读取 Office 97-2003 文件的内部目录，文件可能不完整"]);
    expect(r.en).toContain("meets sector");
  });

  it("a FAT chain that leaves the file", () => {
    const start = streamStart(XLS, "Workbook");
    expect(refusal(setFat(XLS, start, 0x7ffffff0)).en).toContain("outside the file");
  });

  it("a file cut short", () => {
    expect(refusal(XLS.slice(0, Math.floor(XLS.length / 2))).code).toBe("corrupt");
    expect(refusal(XLS.slice(0, 300)).code).toBe("corrupt");
  });

  it("chains that run into the workbook's are not followed: read as usual, in linear time", () => {
    // A reader that builds every chain would copy the workbook's once per chain leading into it.
    const file = cfbFile({ Workbook: workbookStream(XLS), Pad: new Uint8Array(512 * 2000) });
    const target = streamStart(file, "Workbook");
    const pad = streamStart(file, "Pad");
    const bytes = setFats(file, Array.from({ length: 2000 }, (_, i): [number, number] => [pad + i, target]));
    expect(open(bytes).book.grids()).toEqual(EXPECTED);
  });

  it("a Workbook stream cut after the first sheet: the missing sheet is named", () => {
    const s = workbookStream(XLS);
    const eofs = records(s).filter((r) => r.type === 0x000a);
    const r = refusal(editStream(XLS, () => s.slice(0, eofs[2].at + 4)));
    expect(r.zh).toBe('工作簿文件已损坏：.xls 文件的工作簿数据（工作表"乙商会"）不完整或有错误，文件可能被截断');
  });

  it("a record running past the stream's end", () => {
    const s = workbookStream(XLS);
    const last = records(s).filter((r) => r.len > 8).pop()!;
    expect(refusal(editStream(XLS, () => s.slice(0, last.at + 6))).zh).toContain("不完整或有错误");
  });

  it("more records than the cap, before the reader starts", () => {
    const filler = new Uint8Array(8_000_001 * 4).fill(0);
    for (let i = 0; i < filler.length; i += 4) filler[i] = 0x51; // record 0x0051, empty
    const t0 = Date.now();
    const r = refusal(editStream(XLS, (s) => insertAt(s, records(s)[1].at, filler)));
    expect(r.zh).toBe("工作簿文件可疑：Workbook 中的记录超过 8,000,000 条，未读取");
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it("a string table that claims four billion strings", () => {
    const r = refusal(editStream(XLS, (s) => insertAt(s, records(s)[1].at, record(0x00fc, [0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]))));
    expect(r.zh).toBe("工作簿文件过大：共享字符串表（Workbook）超过 4,000,000 项，未读取");
  });

  it("a sheet of more than a million cells, counted from its records", () => {
    // MULRK records of 1,300 numbers each, in the first sheet.
    const one = new Uint8Array(4 + 1300 * 6 + 2);
    one.set([0, 0, 0, 0]);
    const many = concat(Array.from({ length: 780 }, (_, i) => record(0x00bd, one.map((b, k) => (k === 0 ? i & 0xff : k === 1 ? i >> 8 : b)))));
    const s = workbookStream(XLS);
    const at = records(s).filter((r) => r.type === 0x000a)[1].at;
    const r = refusal(editStream(XLS, () => insertAt(s, at, many)));
    expect(r.zh).toBe('工作表"推荐名单汇总表"有超过 1,000,000 个单元格（Workbook），不像评审表：请删除多余的数据后重试');
  });

  it("sheets of 600,000 cells each: the workbook's cap, before the reader starts", () => {
    const mulrk = (row: number) => {
      const d = new Uint8Array(4 + 1300 * 6 + 2);
      d.set([row & 0xff, row >> 8, 0, 0]);
      return record(0x00bd, d);
    };
    const many = concat(Array.from({ length: 460 }, (_, i) => mulrk(100 + i)));
    const r = refusal(
      editStream(XLS, (s) => {
        const [, first, second] = records(s).filter((x) => x.type === 0x000a);
        return insertAt(insertAt(s, second.at, many), first.at, many);
      }),
    );
    expect(r.zh).toBe("工作簿共有超过 1,000,000 个单元格（Workbook），超过 .xls 和 .ods 文件的读取上限：请删除多余的数据，或在 Excel 或 WPS 中另存为 .xlsx 后重试");
  });

  it("an .ods asking for a billion cells by repeats is refused before the reader makes one", () => {
    const content =
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
      '<office:body><office:spreadsheet><table:table table:name="炸弹"><table:table-row table:number-rows-repeated="1048576">' +
      '<table:table-cell table:number-columns-repeated="1024" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>' +
      "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
    const ods = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8(content) });
    expect(refusal(ods).zh).toBe('工作表"炸弹"有超过 1,000,000 个单元格（content.xml），不像评审表：请删除多余的数据后重试');
  });

  it("an .ods with a value outside Excel's grid", () => {
    const content =
      '<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="远">' +
      '<table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row>' +
      '<table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>' +
      "</table:table></office:spreadsheet></office:body></office:document-content>";
    const ods = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8(content) });
    expect(refusal(ods).zh).toBe('工作簿文件已损坏：工作表"远"（content.xml）的单元格地址"A1048577"无效（应在 A1 到 XFD1048576 之间）');
  });

  it("an encrypted .ods", () => {
    const ods = zipSync({
      mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
      "META-INF/manifest.xml": strToU8('<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>'),
      "content.xml": new Uint8Array([1, 2, 3]),
    });
    expect(refusal(ods).code).toBe("encrypted");
  });
});
