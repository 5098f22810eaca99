/**
 * The hostile suite's .xls, WPS and .ods files: sound ones read like the .xlsx, damaged or
 * crafted ones answered before the reader (SheetJS) is given anything it could spend
 * unbounded time or memory on.
 */
import { strToU8, zipSync } from "fflate";
import { baseSheets } from "./base";
import type { Expect, HostileCase } from "./cases";
import { cfbFile, concat, editStream, insertAt, record, records, setFats, sheetjsBook, streamStart, workbookStream } from "./legacy";
import { repeatedPart, writeZip } from "./zip";

const MB = 1024 * 1024;
const ok: Expect = { exit: 0 };
const bad = (...says: string[]): Expect => ({ exit: 2, says });
const xls = () => sheetjsBook(baseSheets(), "biff8");
const ODS_TYPE = strToU8("application/vnd.oasis.opendocument.spreadsheet");

/** An .ods whose content part is `content`, deflated (or given as a raw part: a bomb). */
function ods(content: string | ReturnType<typeof repeatedPart>): Uint8Array {
  if (typeof content === "string") return zipSync({ mimetype: [ODS_TYPE, { level: 0 }], "content.xml": strToU8(content) });
  return writeZip([{ name: "mimetype", data: ODS_TYPE }, content]);
}

const CONTENT_HEAD =
  '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>';

/** The stream with `extra` records at the start of the first sheet's (after its BOF). */
function inFirstSheet(extra: Uint8Array): Uint8Array {
  return editStream(xls(), (s) => {
    const firstSheetBof = records(s).filter((r) => r.type === 0x0809)[1];
    return insertAt(s, firstSheetBof.at + 4 + firstSheetBof.len, extra);
  });
}

export const LEGACY_CASES: HostileCase[] = [
  { file: "ok.xls", about: "the clean workbook as an .xls", build: xls, expect: ok, unreadable: false },
  { file: "ok.ods", about: "the clean workbook as an .ods", build: () => sheetjsBook(baseSheets(), "ods"), expect: ok, unreadable: false },
  { file: "wps.et", about: "an .xls as WPS writes it (its class id in the header), named .et", build: () => editStream(xls(), (s) => s, { wps: true }), expect: ok, unreadable: false },
  {
    file: "formula-text.xls",
    about: 'a 自评表 score that is the text "=SUM(E5:E47)": text, never a formula',
    build: () => {
      const specs = baseSheets();
      specs[1].values[3][4] = "=SUM(E5:E47)";
      return sheetjsBook(specs, "biff8");
    },
    expect: { exit: 1 },
    unreadable: false,
  },
  {
    file: "et-no-workbook.et",
    about: "a WPS compound file with no workbook stream",
    build: () => cfbFile({ ETExtData: new Uint8Array(4096) }, { wps: true }),
    expect: bad("这是 WPS 表格文件（.et）", "文件 → 另存为 → Excel 工作簿（.xlsx）"),
    unreadable: true,
  },
  { file: "word.xls", about: "a Word 97-2003 document named .xls", build: () => cfbFile({ WordDocument: new Uint8Array(4096) }), expect: bad("这是 Word 97-2003 文档（.doc）"), unreadable: true },
  {
    file: "encrypted.xls",
    about: "an .xls with a password to open (FILEPASS)",
    build: () => editStream(xls(), (s) => insertAt(s, records(s)[1].at, record(0x002f, [1, 0, 1, 0, 1, 0]))),
    expect: bad("工作簿设有打开密码"),
    unreadable: true,
  },
  {
    file: "truncated-biff.xls",
    about: "the Workbook stream cut after the first sheet",
    build: () => editStream(xls(), (s) => s.slice(0, records(s).filter((r) => r.type === 0x000a)[2].at + 4)),
    expect: bad("工作簿文件已损坏：.xls 文件的工作簿数据", "不完整或有错误"),
    unreadable: true,
  },
  {
    file: "truncated-file.xls",
    about: "the file cut in half",
    build: () => {
      const f = xls();
      return f.slice(0, f.length >> 1);
    },
    expect: bad("工作簿文件已损坏：无法读取 Office 97-2003 文件的内部目录"),
    unreadable: true,
  },
  {
    file: "fat-loop.xls",
    about: "a FAT chain that loops back",
    build: () => {
      const f = xls();
      const start = streamStart(f, "Workbook");
      return setFats(f, [[start + 3, start + 1]]);
    },
    expect: bad("工作簿文件已损坏：无法读取 Office 97-2003 文件的内部目录"),
    unreadable: true,
  },
  {
    file: "fat-fan-in.xls",
    about: "20,000 chains that run into the workbook's (a reader building every chain copies it 20,000 times)",
    build: () => {
      const f = cfbFile({ Workbook: workbookStream(xls()), Pad: new Uint8Array(512 * 20_000) });
      const target = streamStart(f, "Workbook");
      const pad = streamStart(f, "Pad");
      return setFats(f, Array.from({ length: 20_000 }, (_, i): [number, number] => [pad + i, target]));
    },
    expect: ok,
    unreadable: false,
  },
  {
    file: "many-records.xls",
    heavy: true,
    about: "8,000,001 empty records in a sheet",
    build: () => {
      const filler = new Uint8Array(8_000_001 * 4);
      for (let i = 0; i < filler.length; i += 4) filler[i] = 0x51;
      return inFirstSheet(filler);
    },
    expect: bad("工作簿文件可疑：Workbook 中的记录超过 8,000,000 条"),
    unreadable: true,
  },
  {
    file: "sst-claims.xls",
    about: "a string table that claims four billion strings",
    build: () => editStream(xls(), (s) => insertAt(s, records(s)[1].at, record(0x00fc, [0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]))),
    expect: bad("共享字符串表（Workbook）超过 4,000,000 项"),
    unreadable: true,
  },
  {
    file: "too-many-cells.xls",
    about: "a summary of more than a million numbers (MULRK records)",
    build: () => {
      const one = (row: number) => {
        const d = new Uint8Array(4 + 1300 * 6 + 2);
        d.set([row & 0xff, row >> 8, 0, 0]);
        return record(0x00bd, d);
      };
      return inFirstSheet(concat(Array.from({ length: 780 }, (_, i) => one(100 + i))));
    },
    expect: bad('工作表"推荐名单汇总表"有超过 1,000,000 个单元格（Workbook）'),
    unreadable: true,
  },
  {
    file: "bomb-ratio.ods",
    about: "an .ods whose content part is 100 MB compressed more than 1:1000",
    build: () => ods(repeatedPart("content.xml", new Uint8Array(MB).fill(0x20), 100)),
    expect: bad("工作簿文件可疑（压缩炸弹）：content.xml 的压缩率超过 1:1000"),
    unreadable: true,
  },
  {
    file: "bomb-600mb.ods",
    about: "an .ods whose content part inflates to 600 MB",
    build: () => ods(repeatedPart("content.xml", new Uint8Array(MB).fill(0x20), 600)),
    expect: bad("content.xml 解压后 600 MB，超过上限 128 MB"),
    unreadable: true,
  },
  {
    file: "repeat-bomb.ods",
    about: "an .ods of 600 bytes asking for 17 billion cells by repeats",
    build: () =>
      ods(
        CONTENT_HEAD +
          '<table:table table:name="炸弹"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>',
      ),
    expect: bad('工作表"炸弹"有超过 1,000,000 个单元格（content.xml）'),
    unreadable: true,
  },
];
