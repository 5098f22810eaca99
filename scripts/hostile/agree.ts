/**
 * Inputs where `check` and `fill` once gave different answers, and package faults: each now
 * gets one answer from both, a damaged file's said in words. A part the write changes must be
 * XML (a character XML cannot carry there is the file's damage); a part it leaves as it was is
 * copied as it was, whatever it holds; a sheet entry without a part (a dialog or macro sheet,
 * as Excel and LibreOffice write them) is kept as the input had it.
 */
import { strToU8 } from "fflate";
import { Files, PART, baseFiles, edit, partsOf, replaceCell, withSharedStrings } from "./base";
import { manySheets } from "./make";
import type { HostileCase } from "./cases";
import { writeZip } from "./zip";

const zip = (files: Files) => writeZip(partsOf(files));
const workbook = (f: (xml: string) => string) => zip(edit(baseFiles(), "xl/workbook.xml", f));

export const AGREE: HostileCase[] = [
  {
    file: "sheet-name-fffe.xlsx",
    about: "a raw U+FFFE in a sheet name (workbook.xml is not XML)",
    build: () => workbook((x) => x.replace('name="说明"', 'name="说\ufffe明"')),
    expect: { exit: 2, says: ['工作簿文件已损坏：工作表名称"说\ufffd明"含有 XML 不允许的字符 U+FFFE：请在 Excel 或 WPS 中打开（按提示修复），给该工作表改名后另存，再重试'] },
    // consolidate writes nothing into a source: it reads it.
    unreadable: false,
  },
  {
    file: "defined-name-char.xlsx",
    about: "a defined name holding &#x1; (not XML either)",
    build: () => workbook((x) => x.replace("</sheets>", '</sheets><definedNames><definedName name="范围&#x1;">说明!$A$1</definedName></definedNames>')),
    expect: { exit: 2, says: ['工作簿文件已损坏：名称"范围\ufffd"（公式 › 名称管理器）含有 XML 不允许的字符 U+0001'] },
    unreadable: false,
  },
  {
    file: "summary-control-char.xlsx",
    about: "a raw U+0001 in a chamber's name on the summary, which fill rewrites",
    build: () => zip(edit(baseFiles(), PART.summary, (x) => x.replace("乙商会", "乙\u0001商会"))),
    expect: { exit: 2, says: [`工作簿文件已损坏：工作表"推荐名单汇总表" C5（${PART.summary} 第 2 行）含有 XML 不允许的字符 U+0001`] },
    unreadable: false,
  },
  {
    file: "sst-control-char.xlsx",
    about: "a raw U+0001 in a shared string of the notes sheet, a part fill leaves as it was",
    build: () =>
      zip(
        withSharedStrings(
          edit(baseFiles(), PART.notes, (x) => replaceCell(x, "A1", '<c r="A1" t="s"><v>0</v></c>')),
          '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>填表\u0001说明</t></si></sst>',
        ),
      ),
    expect: { exit: 0 },
    unreadable: false,
  },
  {
    file: "sheet-without-part.xlsx",
    about: 'a dialog sheet entry <sheet r:id=""> as Excel and LibreOffice write it',
    build: () => workbook((x) => x.replace("</sheets>", '<sheet name="Dialog1" sheetId="9" r:id=""/></sheets>')),
    expect: { exit: 0 },
    unreadable: false,
  },
  {
    file: "duplicate-part.xlsx",
    about: "two zip entries of one part name (OPC allows one)",
    build: () => writeZip([...partsOf(baseFiles()), { name: PART.notes.toUpperCase(), data: strToU8("<worksheet/>") }]),
    expect: { exit: 2, says: [`工作簿文件已损坏：zip 包结构错误（部件 ${PART.notes.toUpperCase()} 出现了不止一次，而一个工作簿中每个部件只能有一个）`] },
    unreadable: true,
  },
  {
    file: "many-sheets.xlsx",
    heavy: true,
    about: "400 自评表 of 160,000 cells each: every sheet under its cap, 64 million cells in all",
    build: () => writeZip(manySheets(400, 160)),
    expect: { exit: 2, says: ['工作簿中要读取的工作表合计超过 4,000,000 个单元格（读到工作表"商会25"时）'] },
    unreadable: true,
  },
];
