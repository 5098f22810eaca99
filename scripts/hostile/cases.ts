/**
 * The hostile-file suite: every input a tired clerk or a hostile sender could produce, with
 * the answer the command line must give. `npm test` builds these (test/hostile) and runs
 * check, fill and consolidate on each in a child process with a 512 MB heap.
 */
import { strToU8, zipSync } from "fflate";
import { Files, PART, appendToSheetData, baseFiles, baseSheets, edit, partsOf, replaceCell, withSharedStrings } from "./base";
import { LEGACY_CASES } from "./legacyCases";
import { cfbFile, sheetjsBook } from "./legacy";
import { badCrc, dataRows, manyCells, strings } from "./make";
import { repeatedPart, streamedPart, writeZip } from "./zip";
import { AGREE } from "./agree";

export interface Expect {
  exit: 0 | 1 | 2;
  /** Text the message must hold (zh); an exit-2 message always names the file as well. */
  says?: string[];
}

export interface HostileCase {
  file: string;
  about: string;
  /** Large and slow to read (seconds): the suite runs `check` alone on it. */
  heavy?: boolean;
  build: () => Uint8Array;
  /** What check and fill answer (fill writes its output when the exit is 0 or 1). */
  expect: Expect;
  /** consolidate skips the file (with the same message) instead of reading it. */
  unreadable: boolean;
}

const MB = 1024 * 1024;
const zip = (files: Files) => writeZip(partsOf(files));
const summary = (f: (xml: string) => string) => zip(edit(baseFiles(), PART.summary, f));
const ok: Expect = { exit: 0 };
const bad = (...says: string[]): Expect => ({ exit: 2, says });

export const CASES: HostileCase[] = [
  {
    file: "ok.xlsx",
    about: "the clean workbook",
    build: () => zip(baseFiles()),
    expect: ok,
    unreadable: false,
  },
  // Bounded reading: far cells and giant merges cost nothing where nobody reads them.
  {
    file: "far-cell-notes.xlsx",
    about: "a value at XFD1048576 on a sheet no review reads",
    build: () => zip(edit(baseFiles(), PART.notes, (x) => appendToSheetData(x, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))),
    expect: ok,
    unreadable: false,
  },
  {
    file: "far-cell-self.xlsx",
    about: "a value at XFD1048576 on a 自评表",
    build: () => zip(edit(baseFiles(), PART.self, (x) => appendToSheetData(x, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))),
    expect: ok,
    unreadable: false,
  },
  {
    file: "merge-whole-notes.xlsx",
    about: "a merge over the whole of a sheet no review reads",
    build: () =>
      zip(edit(baseFiles(), PART.notes, (x) => x.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))),
    expect: ok,
    unreadable: false,
  },
  {
    file: "xfd-summary.xlsx",
    about: "a value in column XFD of the summary: no room for the result columns",
    build: () => summary((x) => x.replace(/(<row r="3">.*?)(<\/row>)/, '$1<c r="XFD3"><v>1</v></c>$2')),
    expect: bad('工作表"推荐名单汇总表"的结果需要写到 XFE3，超出了 Excel 的表格范围'),
    unreadable: false,
  },
  {
    file: "merge-whole-summary.xlsx",
    about: "a merge over the whole of the summary: no room for the result columns",
    build: () => summary((x) => x.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')),
    expect: bad('工作表"推荐名单汇总表"的结果需要写到 XFE3'),
    unreadable: false,
  },
  // Rows and cells outside Excel's grid.
  ...(
    [
      ["row-2000000.xlsx", '<row r="2000000"><c r="A2000000"><v>1</v></c></row>', '行号"2000000"无效'],
      ["row-2.5.xlsx", '<row r="2.5"><c><v>1</v></c></row>', '行号"2.5"无效'],
      ["row-abc.xlsx", '<row r="abc"><c><v>1</v></c></row>', '行号"abc"无效'],
      ["cell-A0.xlsx", '<row r="9"><c r="A0"><v>1</v></c></row>', '单元格地址"A0"无效'],
      ["cell-XFE1.xlsx", '<row r="9"><c r="XFE9"><v>1</v></c></row>', '单元格地址"XFE9"无效'],
    ] as const
  ).map(([file, row, says]) => ({
    file,
    about: `the summary holds ${row}`,
    build: () => summary((x) => appendToSheetData(x, row)),
    expect: bad("工作簿文件已损坏", '工作表"推荐名单汇总表"', PART.summary, says),
    unreadable: true,
  })),
  // Bombs and oversized parts: refused from the central directory, before inflating.
  {
    file: "bomb-600mb.xlsx",
    about: "a 600 MB shared-string part (zeros, 0.6 MB compressed)",
    build: () => writeZip(partsOf(withSharedStrings(baseFiles(), null), [repeatedPart("xl/sharedStrings.xml", new Uint8Array(MB), 600)])),
    expect: bad("xl/sharedStrings.xml 解压后 600 MB，超过上限 128 MB"),
    unreadable: true,
  },
  {
    file: "bomb-ratio.xlsx",
    about: "a 100 MB part compressed more than 1:1000",
    build: () => writeZip(partsOf(withSharedStrings(baseFiles(), null), [repeatedPart("xl/sharedStrings.xml", new Uint8Array(MB), 100)])),
    expect: bad("工作簿文件可疑（压缩炸弹）：xl/sharedStrings.xml 的压缩率超过 1:1000"),
    unreadable: true,
  },
  {
    file: "big-media.xlsx",
    about: "a 600 MB picture nobody needs to read: copied as it is",
    build: () => writeZip(partsOf(baseFiles(), [repeatedPart("xl/media/image1.bin", new Uint8Array(MB), 600)])),
    expect: ok,
    unreadable: false,
  },
  {
    file: "big-notes-sheet.xlsx",
    heavy: true,
    about: "a 40 MB data sheet (within the caps) that no review reads",
    build: () => writeZip(partsOf(baseFiles(), [streamedPart(PART.notes, dataRows(400_000))])),
    expect: ok,
    unreadable: false,
  },
  {
    file: "many-strings.xlsx",
    heavy: true,
    about: "3.9 million shared strings (within the caps)",
    build: () => writeZip(partsOf(withSharedStrings(baseFiles(), null), [streamedPart("xl/sharedStrings.xml", strings(3_900_000))])),
    expect: ok,
    unreadable: false,
  },
  {
    file: "too-many-strings.xlsx",
    heavy: true,
    about: "4,000,001 shared strings",
    build: () => writeZip(partsOf(withSharedStrings(baseFiles(), null), [streamedPart("xl/sharedStrings.xml", strings(4_000_001))])),
    expect: bad("共享字符串表（xl/sharedStrings.xml）超过 4,000,000 项"),
    unreadable: true,
  },
  {
    file: "too-many-cells.xlsx",
    heavy: true,
    about: "a summary of more than a million cells",
    build: () => writeZip(partsOf(baseFiles(), [streamedPart(PART.summary, manyCells(1_000_004))])),
    expect: bad('工作表"推荐名单汇总表"有超过 1,000,000 个单元格'),
    unreadable: true,
  },
  // Damaged parts.
  {
    file: "bad-crc.xlsx",
    about: "a damaged byte in a compressed sheet",
    build: badCrc,
    expect: bad("工作簿文件已损坏", PART.self),
    unreadable: true,
  },
  {
    file: "doctype-sst.xlsx",
    about: "a DOCTYPE declaring entities in the shared strings",
    build: () =>
      zip(
        withSharedStrings(
          edit(baseFiles(), PART.summary, (x) => replaceCell(x, "C4", '<c r="C4" t="s"><v>0</v></c>')),
          '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY a "甲商会"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>',
        ),
      ),
    expect: bad("工作簿文件已损坏：xl/sharedStrings.xml 的 XML 格式错误（第 2 行）：含有声明实体的 DOCTYPE，工作簿中不允许出现（可能是恶意文件）"),
    unreadable: true,
  },
  ...(
    [
      ["v-abc.xlsx", '<c r="E4"><v>abc</v></c>', '的数值无效："abc"'],
      ["v-nan.xlsx", '<c r="E4"><v>NaN</v></c>', '的数值无效："NaN"'],
      ["v-infinite.xlsx", '<c r="E4"><v>1e999</v></c>', '的数值无效："1e999"'],
      ["sst-index.xlsx", '<c r="E4" t="s"><v>99</v></c>', "引用了不存在的共享字符串 #99"],
    ] as const
  ).map(([file, cell, says]) => ({
    file,
    about: `a 自评表 score cell ${cell}`,
    build: () => zip(edit(baseFiles(), PART.self, (x) => replaceCell(x, "E4", cell))),
    expect: bad(`工作表"甲商会" E4（${PART.self}）`, says),
    unreadable: true,
  })),
  {
    file: "truncated-xml.xlsx",
    about: "the summary's XML cut in half",
    build: () => summary((x) => x.slice(0, Math.floor(x.length / 2))),
    expect: bad(`工作表"推荐名单汇总表"（${PART.summary}） 的 XML 格式错误`),
    unreadable: true,
  },
  {
    file: "no-content-types.xlsx",
    about: "no [Content_Types].xml",
    build: () => {
      const files = baseFiles();
      delete files["[Content_Types].xml"];
      return zip(files);
    },
    expect: bad("工作簿文件已损坏：缺少 [Content_Types].xml"),
    unreadable: true,
  },
  // Renamed formats, each named for what it is (and read, when it is a workbook the tool reads).
  {
    file: "renamed-xls.xlsx",
    about: "an Excel 97-2003 workbook named .xlsx: read as what it is",
    build: () => sheetjsBook(baseSheets(), "biff8"),
    expect: ok,
    unreadable: false,
  },
  {
    file: "encrypted.xlsx",
    about: "a workbook with a password to open",
    build: () => cfbFile({ EncryptionInfo: new Uint8Array(256), EncryptedPackage: new Uint8Array(4096) }),
    expect: bad("工作簿设有打开密码"),
    unreadable: true,
  },
  {
    file: "renamed-xlsb.xlsx",
    about: "an Excel binary workbook",
    build: () =>
      zipSync({
        "[Content_Types].xml": strToU8("<Types/>"),
        "xl/workbook.bin": new Uint8Array([0x83, 1, 0]),
      }),
    expect: bad("这是 Excel 二进制工作簿（.xlsb）"),
    unreadable: true,
  },
  {
    file: "renamed-ods.xlsx",
    about: "an OpenDocument spreadsheet named .xlsx: read as what it is",
    build: () => sheetjsBook(baseSheets(), "ods"),
    expect: ok,
    unreadable: false,
  },
  {
    file: "renamed-csv.xlsx",
    about: "a CSV export",
    build: () => strToU8("序号,商会名称,自评分\r\n1,甲商会,500\r\n"),
    expect: bad("这是纯文本表格（CSV 或制表符分隔）"),
    unreadable: true,
  },
  {
    file: "renamed-html.xlsx",
    about: "a web page saved as .xlsx",
    build: () =>
      strToU8(
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>甲商会</td></tr></table></body></html>',
      ),
    expect: bad("这是网页（HTML）文件"),
    unreadable: true,
  },
  {
    file: "renamed-xml2003.xlsx",
    about: "an Excel 2003 XML spreadsheet",
    build: () =>
      strToU8('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
    expect: bad("这是 Excel 2003 XML 表格（SpreadsheetML）"),
    unreadable: true,
  },
  {
    file: "renamed-pdf.xlsx",
    about: "a PDF",
    build: () => strToU8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"),
    expect: bad("这是 PDF 文件"),
    unreadable: true,
  },
  {
    file: "empty.xlsx",
    about: "zero bytes",
    build: () => new Uint8Array(0),
    expect: bad("是空文件（0 字节）"),
    unreadable: true,
  },
  // Characters XML cannot carry, from legal escapes: every output stays loadable.
  {
    file: "illegal-chars.xlsx",
    about: "a chamber named with _xFFFE_ and _x0001_ (legal escapes of illegal characters)",
    build: () => {
      // Raw escapes in the XML: the writer of the base workbook would escape them itself.
      const raw = (x: string) => x.split("甲商会").join("甲_xFFFE_商_x0001_会");
      return zip(edit(edit(baseFiles(), PART.summary, raw), PART.self, raw));
    },
    expect: ok,
    unreadable: false,
  },
  ...AGREE,
  ...LEGACY_CASES,
];

/** The ok workbook's name: consolidate reads it beside the unreadable ones. */
export const OK_FILE = "ok.xlsx";
