/** Strings of the xlsx file adapter: why a workbook file cannot be read or written. */
import { VerifyReason, XmlReason, ZipReason, enVerify, enXml, enZip, zhVerify, zhXml, zhZip } from "./xlsxReasons";

export type { VerifyReason, XmlCut, XmlReason, ZipReason } from "./xlsxReasons";

/** What exactly is broken in a damaged package. */
export type CorruptKind = "zip" | "xml" | "char" | "method" | "crc" | "missing-part" | "shared-string" | "number" | "row" | "ref" | "cfb" | "biff";

export interface CorruptParams {
  kind: CorruptKind;
  /** The zip part, e.g. `xl/worksheets/sheet3.xml`. */
  part?: string;
  sheet?: string;
  cell?: string;
  line?: number;
  /** The value found (a number's text, a row number, a reference, a code point as `U+FFFE`). */
  detail?: string;
  /** For `xml` and `zip`: why, as data worded in each language. */
  reason?: XmlReason | ZipReason;
  /** For `char`: the sheet or defined name holding the character, as it reads with it replaced. */
  name?: { what: "sheet" | "definedName"; value: string };
}

const zhReason = (p: CorruptParams) => (!p.reason ? "" : p.kind === "zip" ? zhZip(p.reason as ZipReason) : zhXml(p.reason as XmlReason));
const enReason = (p: CorruptParams) => (!p.reason ? "" : p.kind === "zip" ? enZip(p.reason as ZipReason) : enXml(p.reason as XmlReason));

/** The fix for a part XML cannot carry: Excel or WPS repairs it when opening. */
const zhRepair = "请在 Excel 或 WPS 中打开（按提示修复）后另存，再重试";
const enRepair = "open it in Excel or WPS (let it repair the file), save it, and try again";

const zhCorrupt = (p: CorruptParams): string => {
  const where = p.sheet ? `工作表"${p.sheet}"${p.cell ? ` ${p.cell}` : ""}（${p.part ?? ""}）` : p.part ?? "";
  switch (p.kind) {
    case "zip":
      return `工作簿文件已损坏：zip 包结构错误${p.reason ? `（${zhReason(p)}）` : ""}`;
    case "xml":
      return `工作簿文件已损坏：${where} 的 XML 格式错误${p.line ? `（第 ${p.line} 行）` : ""}${p.reason ? `：${zhReason(p)}` : ""}`;
    case "char":
      if (p.name?.what === "sheet") return `工作簿文件已损坏：工作表名称"${p.name.value}"含有 XML 不允许的字符 ${p.detail}：请在 Excel 或 WPS 中打开（按提示修复），给该工作表改名后另存，再重试`;
      if (p.name) return `工作簿文件已损坏：名称"${p.name.value}"（公式 › 名称管理器）含有 XML 不允许的字符 ${p.detail}：${zhRepair}`;
      return `工作簿文件已损坏：${zhAt(p)}含有 XML 不允许的字符 ${p.detail}：${zhRepair}`;
    case "method":
      return `工作簿文件无法读取：${where} 使用了不支持的压缩方式${p.detail ? ` ${p.detail}` : ""}`;
    case "crc":
      return `工作簿文件已损坏：${where} 的校验和不符`;
    case "missing-part":
      return `工作簿文件已损坏：缺少 ${where}`;
    case "shared-string":
      return `工作簿文件已损坏：${where} 引用了不存在的共享字符串 #${p.detail ?? ""}`;
    case "number":
      return `工作簿文件已损坏：${where} 的数值无效："${p.detail ?? ""}"`;
    case "row":
      return `工作簿文件已损坏：${zhAt(p)}的行号"${p.detail ?? ""}"无效（应为 1 到 1048576 的整数）`;
    case "ref":
      return `工作簿文件已损坏：${zhAt(p)}的单元格地址"${p.detail ?? ""}"无效（应在 A1 到 XFD1048576 之间）`;
    // The details of these two are the internals of a binary file: English, for --debug only.
    case "cfb":
      return "工作簿文件已损坏：无法读取 Office 97-2003 文件的内部目录，文件可能不完整";
    case "biff":
      return `工作簿文件已损坏：.xls 文件的工作簿数据${p.sheet ? `（工作表"${p.sheet}"）` : ""}不完整或有错误，文件可能被截断`;
  }
};

/** Sheet and part with the XML line: `工作表"S"（xl/worksheets/sheet1.xml 第 12 行）`. */
const zhAt = (p: CorruptParams) => {
  const part = `${p.part ?? ""}${p.line ? ` 第 ${p.line} 行` : ""}`;
  return p.sheet ? `工作表"${p.sheet}"${p.cell ? ` ${p.cell}` : ""}（${part}）` : part;
};
const enAt = (p: CorruptParams) => {
  const part = `${p.part ?? ""}${p.line ? ` line ${p.line}` : ""}`;
  return p.sheet ? `sheet "${p.sheet}"${p.cell ? ` ${p.cell}` : ""} (${part})` : part;
};

/** Why a workbook is refused as too large or suspicious, before it can exhaust memory. */
export interface TooLargeParams {
  /** `book-*`: the sheets one workbook's review reads, in all; `sources-cells`: all of consolidate's sources; `workbook-cells`, `records`, `sheets`: an .xls or .ods before it is read. */
  what: "part" | "ratio" | "cells" | "strings" | "entries" | "file" | "book-cells" | "book-bytes" | "sources-cells" | "workbook-cells" | "records" | "sheets";
  part?: string;
  sheet?: string;
  /** The size found (bytes, cells, strings or parts) and the limit. */
  size: number;
  limit: number;
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
const count = (n: number) => n.toLocaleString("en-US");

const zhTooLarge = (p: TooLargeParams): string => {
  switch (p.what) {
    case "part":
      return `工作簿文件过大：${p.part} 解压后 ${mb(p.size)}，超过上限 ${mb(p.limit)}，未读取`;
    case "ratio":
      return `工作簿文件可疑（压缩炸弹）：${p.part} 的压缩率超过 1:${p.limit}（解压后 ${mb(p.size)}），未读取`;
    case "cells":
      return `工作表"${p.sheet}"有超过 ${count(p.limit)} 个单元格（${p.part}），不像评审表：请删除多余的数据后重试`;
    case "strings":
      return `工作簿文件过大：共享字符串表（${p.part}）超过 ${count(p.limit)} 项，未读取`;
    case "entries":
      return `工作簿文件过大：zip 包中有 ${count(p.size)} 个部件，超过上限 ${count(p.limit)}`;
    case "file":
      return `文件过大（${mb(p.size)}），超过上限 ${mb(p.limit)}：评审工作簿通常只有几 MB`;
    case "book-cells":
      return `工作簿中要读取的工作表合计超过 ${count(p.limit)} 个单元格（读到工作表"${p.sheet}"时），不像评审表：请删除多余的数据，或拆成几个工作簿后重试`;
    case "book-bytes":
      return `工作簿中要读取的工作表解压后合计超过 ${mb(p.limit)}（读到工作表"${p.sheet}"时），不像评审表：请删除多余的数据，或拆成几个工作簿后重试`;
    case "sources-cells":
      return `要汇总的文件合计超过 ${count(p.limit)} 个单元格（读到工作表"${p.sheet}"时）：请分几次汇总，每次少一些文件`;
    case "workbook-cells":
      return `工作簿共有超过 ${count(p.limit)} 个单元格（${p.part}），超过 .xls 和 .ods 文件的读取上限：请删除多余的数据，或在 Excel 或 WPS 中另存为 .xlsx 后重试`;
    case "records":
      return `工作簿文件可疑：${p.part} 中的记录超过 ${count(p.limit)} 条，未读取`;
    case "sheets":
      return `工作簿有超过 ${count(p.limit)} 个工作表（${p.part}），未读取`;
  }
};

const enTooLarge = (p: TooLargeParams): string => {
  switch (p.what) {
    case "part":
      return `The workbook file is too large: ${p.part} inflates to ${mb(p.size)}, above the limit of ${mb(p.limit)}; not read`;
    case "ratio":
      return `The workbook file is suspicious (a zip bomb): ${p.part} is compressed more than 1:${p.limit} (${mb(p.size)} inflated); not read`;
    case "cells":
      return `Sheet "${p.sheet}" has more than ${count(p.limit)} cells (${p.part}), which no review sheet has: delete the extra data and try again`;
    case "strings":
      return `The workbook file is too large: the shared-string table (${p.part}) holds more than ${count(p.limit)} strings; not read`;
    case "entries":
      return `The workbook file is too large: the zip package holds ${count(p.size)} parts, above the limit of ${count(p.limit)}`;
    case "file":
      return `The file is too large (${mb(p.size)}), above the limit of ${mb(p.limit)}: review workbooks are a few MB`;
    case "book-cells":
      return `The sheets to read in this workbook hold more than ${count(p.limit)} cells in all (reached at sheet "${p.sheet}"), which no review workbook has: delete the extra data, or split the workbook, and try again`;
    case "book-bytes":
      return `The sheets to read in this workbook inflate to more than ${mb(p.limit)} in all (reached at sheet "${p.sheet}"), which no review workbook does: delete the extra data, or split the workbook, and try again`;
    case "sources-cells":
      return `The files to consolidate hold more than ${count(p.limit)} cells in all (reached at sheet "${p.sheet}"): consolidate fewer files at a time`;
    case "workbook-cells":
      return `The workbook has more than ${count(p.limit)} cells (${p.part}), above what is read from .xls and .ods files: delete the extra data, or save it as .xlsx in Excel or WPS, and try again`;
    case "records":
      return `The workbook file is suspicious: ${p.part} holds more than ${count(p.limit)} records; not read`;
    case "sheets":
      return `The workbook has more than ${count(p.limit)} sheets (${p.part}); not read`;
  }
};

const enCorrupt = (p: CorruptParams): string => {
  const where = p.sheet ? `sheet "${p.sheet}"${p.cell ? ` ${p.cell}` : ""} (${p.part ?? ""})` : p.part ?? "";
  switch (p.kind) {
    case "zip":
      return `The workbook file is damaged: broken zip structure${p.reason ? ` (${enReason(p)})` : ""}`;
    case "xml":
      return `The workbook file is damaged: malformed XML in ${where}${p.line ? ` (line ${p.line})` : ""}${p.reason ? `: ${enReason(p)}` : ""}`;
    case "char":
      if (p.name?.what === "sheet") return `The workbook file is damaged: sheet name "${p.name.value}" holds ${p.detail}, a character XML does not allow: open it in Excel or WPS (let it repair the file), rename the sheet, save it, and try again`;
      if (p.name) return `The workbook file is damaged: the name "${p.name.value}" (Formulas › Name Manager) holds ${p.detail}, a character XML does not allow: ${enRepair}`;
      return `The workbook file is damaged: ${enAt(p)} holds ${p.detail}, a character XML does not allow: ${enRepair}`;
    case "method":
      return `The workbook file cannot be read: ${where} uses an unsupported compression method${p.detail ? ` ${p.detail}` : ""}`;
    case "crc":
      return `The workbook file is damaged: checksum mismatch in ${where}`;
    case "missing-part":
      return `The workbook file is damaged: ${where} is missing`;
    case "shared-string":
      return `The workbook file is damaged: ${where} refers to shared string #${p.detail ?? ""}, which does not exist`;
    case "number":
      return `The workbook file is damaged: ${where} holds an invalid number: "${p.detail ?? ""}"`;
    case "row":
      return `The workbook file is damaged: ${enAt(p)} has an invalid row number "${p.detail ?? ""}" (a whole number from 1 to 1048576)`;
    case "ref":
      return `The workbook file is damaged: ${enAt(p)} has an invalid cell reference "${p.detail ?? ""}" (A1 to XFD1048576)`;
    case "cfb":
      return `The workbook file is damaged: the internal directory of the Office 97-2003 file cannot be read; the file may be incomplete${p.detail ? ` (${p.detail})` : ""}`;
    case "biff":
      return `The workbook file is damaged: the .xls workbook data${p.sheet ? ` (sheet "${p.sheet}")` : ""} is incomplete or wrong; the file may be cut short${p.detail ? ` (${p.detail})` : ""}`;
  }
};

export const zh = {
  /** What a workbook read through the .xls/.ods reader was, as the notes about it name it. */
  legacyName: { xls: "Excel 97-2003 工作簿（.xls）", et: "WPS 表格文件（.et 或 .xls）", ods: "OpenDocument 电子表格（.ods）" },
  errors: {
    notZip: "这不是 Excel 工作簿（.xlsx）文件：无法作为 zip 包读取，文件可能不完整或已损坏",
    encrypted: "工作簿设有打开密码（已加密），无法读取：请在 Excel 中取消密码后另存，再重试",
    legacyXls: "这是旧版 Excel 97-2003 工作簿（.xls），无法读取：请在 Excel 或 WPS 中另存为 .xlsx 后重试",
    notWorkbook: "zip 包中没有 Excel 工作簿（缺少 xl/workbook.xml）：这不是 .xlsx 文件",
    formats: {
      xlsb: "这是 Excel 二进制工作簿（.xlsb），无法读取：请在 Excel 中另存为 .xlsx（Excel 工作簿）后重试",
      ods: "这是 OpenDocument 电子表格（.ods），无法读取：请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 后重试",
      csv: "这是纯文本表格（CSV 或制表符分隔），不是 Excel 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再重试",
      html: "这是网页（HTML）文件，只是扩展名像 Excel：请在 Excel 或 WPS 中打开后另存为 .xlsx 再重试",
      spreadsheetml: "这是 Excel 2003 XML 表格（SpreadsheetML），无法读取：请在 Excel 或 WPS 中打开后另存为 .xlsx 再重试",
      docx: "这是 Word 文档（.docx），不是 Excel 工作簿：请确认发来的文件是否正确",
      pdf: "这是 PDF 文件，不是 Excel 工作簿：请向发送方索取 .xlsx 原件",
      et: "这是 WPS 表格文件（.et），其中没有可以读取的工作簿数据：请在 WPS 表格中选择 文件 → 另存为 → Excel 工作簿（.xlsx），再重试",
      doc: "这是 Word 97-2003 文档（.doc），不是 Excel 工作簿：请确认发来的文件是否正确",
      ppt: "这是 PowerPoint 97-2003 演示文稿（.ppt），不是 Excel 工作簿：请确认发来的文件是否正确",
      ole: "这是 Office 97-2003 格式的文件，但其中没有 Excel 工作簿：请确认发来的文件是否正确，或在 Excel 或 WPS 中另存为 .xlsx 后重试",
    },
    corrupt: zhCorrupt,
    tooLarge: zhTooLarge,
    noRoom: (sheet: string, cell: string) =>
      `工作表"${sheet}"的结果需要写到 ${cell}，超出了 Excel 的表格范围（最多 16384 列、1048576 行）：请删除表格右侧或下方多余的内容后重试`,
    protectedSheet: (sheet: string) => `工作表"${sheet}"受保护，无法写入：请先在 Excel 中撤销工作表保护（审阅 › 撤销工作表保护）`,
    protectedStructure: (sheet: string) =>
      `工作簿结构受保护，无法添加工作表"${sheet}"：请先在 Excel 中撤销工作簿保护（审阅 › 保护工作簿）`,
    /** Our own write failed its check: the part and why, for the maintainers. */
    notVerified: (part: string, r: VerifyReason) => `${part}：${zhVerify(r)}`,
  },
};

export const en: typeof zh = {
  legacyName: { xls: "an Excel 97-2003 workbook (.xls)", et: "a WPS Spreadsheets file (.et or .xls)", ods: "an OpenDocument spreadsheet (.ods)" },
  errors: {
    notZip: "This is not an Excel workbook (.xlsx): it cannot be read as a zip package; the file may be incomplete or damaged",
    encrypted: "The workbook has a password to open (it is encrypted) and cannot be read: remove the password in Excel, save, and try again",
    legacyXls: "This is an old Excel 97-2003 workbook (.xls) and cannot be read: save it as .xlsx in Excel or WPS and try again",
    notWorkbook: "The zip package holds no Excel workbook (xl/workbook.xml is missing): this is not an .xlsx file",
    formats: {
      xlsb: "This is an Excel binary workbook (.xlsb) and cannot be read: save it as .xlsx (Excel Workbook) in Excel and try again",
      ods: "This is an OpenDocument spreadsheet (.ods) and cannot be read: save it as .xlsx in WPS, LibreOffice or Excel and try again",
      csv: "This is a plain-text table (CSV or tab-separated), not an Excel workbook: open it in Excel or WPS, save it as .xlsx and try again",
      html: "This is a web page (HTML) with a spreadsheet's name: open it in Excel or WPS, save it as .xlsx and try again",
      spreadsheetml: "This is an Excel 2003 XML spreadsheet (SpreadsheetML) and cannot be read: open it in Excel or WPS, save it as .xlsx and try again",
      docx: "This is a Word document (.docx), not an Excel workbook: check that the right file was sent",
      pdf: "This is a PDF file, not an Excel workbook: ask the sender for the .xlsx original",
      et: "This is a WPS Spreadsheets file (.et) without workbook data that can be read: in WPS Spreadsheets choose File → Save As → Excel Workbook (.xlsx), then try again",
      doc: "This is a Word 97-2003 document (.doc), not an Excel workbook: check that the right file was sent",
      ppt: "This is a PowerPoint 97-2003 presentation (.ppt), not an Excel workbook: check that the right file was sent",
      ole: "This is an Office 97-2003 file without an Excel workbook in it: check that the right file was sent, or save it as .xlsx in Excel or WPS and try again",
    },
    corrupt: enCorrupt,
    tooLarge: enTooLarge,
    noRoom: (sheet: string, cell: string) =>
      `The results for sheet "${sheet}" would go to ${cell}, outside Excel's grid (16384 columns, 1048576 rows): delete the extra content to the right of or below the table and try again`,
    protectedSheet: (sheet: string) =>
      `Sheet "${sheet}" is protected and cannot be written: unprotect it in Excel first (Review › Unprotect Sheet)`,
    protectedStructure: (sheet: string) =>
      `The workbook structure is protected, so sheet "${sheet}" cannot be added: unprotect the workbook in Excel first (Review › Protect Workbook)`,
    notVerified: (part: string, r: VerifyReason) => `${part}: ${enVerify(r)}`,
  },
};
