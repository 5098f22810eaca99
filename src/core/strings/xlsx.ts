/** Strings of the xlsx file adapter: why a workbook file cannot be read or written. */

/** What exactly is broken in a damaged package. */
export type CorruptKind = "zip" | "xml" | "method" | "crc" | "missing-part" | "shared-string" | "number";

export interface CorruptParams {
  kind: CorruptKind;
  /** The zip part, e.g. `xl/worksheets/sheet3.xml`. */
  part?: string;
  sheet?: string;
  cell?: string;
  line?: number;
  detail?: string;
}

const zhCorrupt = (p: CorruptParams): string => {
  const where = p.sheet ? `工作表"${p.sheet}"${p.cell ? ` ${p.cell}` : ""}（${p.part ?? ""}）` : p.part ?? "";
  switch (p.kind) {
    case "zip":
      return `工作簿文件已损坏：zip 包结构错误${p.detail ? `（${p.detail}）` : ""}`;
    case "xml":
      return `工作簿文件已损坏：${where} 的 XML 格式错误${p.line ? `（第 ${p.line} 行）` : ""}${p.detail ? `：${p.detail}` : ""}`;
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
  }
};

const enCorrupt = (p: CorruptParams): string => {
  const where = p.sheet ? `sheet "${p.sheet}"${p.cell ? ` ${p.cell}` : ""} (${p.part ?? ""})` : p.part ?? "";
  switch (p.kind) {
    case "zip":
      return `The workbook file is damaged: broken zip structure${p.detail ? ` (${p.detail})` : ""}`;
    case "xml":
      return `The workbook file is damaged: malformed XML in ${where}${p.line ? ` (line ${p.line})` : ""}${p.detail ? `: ${p.detail}` : ""}`;
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
  }
};

export const zh = {
  errors: {
    notZip: "这不是 Excel 工作簿（.xlsx）文件：无法作为 zip 包读取，文件可能不完整或已损坏",
    encrypted: "工作簿设有打开密码（已加密），无法读取：请在 Excel 中取消密码后另存，再重试",
    legacyXls: "这是旧版 Excel 97-2003 工作簿（.xls），无法读取：请在 Excel 中另存为 .xlsx 后重试",
    notWorkbook: "zip 包中没有 Excel 工作簿（缺少 xl/workbook.xml）：这不是 .xlsx 文件",
    corrupt: zhCorrupt,
    protectedSheet: (sheet: string) => `工作表"${sheet}"受保护，无法写入：请先在 Excel 中撤销工作表保护（审阅 › 撤销工作表保护）`,
    protectedStructure: (sheet: string) =>
      `工作簿结构受保护，无法添加工作表"${sheet}"：请先在 Excel 中撤销工作簿保护（审阅 › 保护工作簿）`,
  },
};

export const en: typeof zh = {
  errors: {
    notZip: "This is not an Excel workbook (.xlsx): it cannot be read as a zip package; the file may be incomplete or damaged",
    encrypted: "The workbook has a password to open (it is encrypted) and cannot be read: remove the password in Excel, save, and try again",
    legacyXls: "This is an old Excel 97-2003 workbook (.xls) and cannot be read: save it as .xlsx in Excel and try again",
    notWorkbook: "The zip package holds no Excel workbook (xl/workbook.xml is missing): this is not an .xlsx file",
    corrupt: enCorrupt,
    protectedSheet: (sheet: string) =>
      `Sheet "${sheet}" is protected and cannot be written: unprotect it in Excel first (Review › Unprotect Sheet)`,
    protectedStructure: (sheet: string) =>
      `The workbook structure is protected, so sheet "${sheet}" cannot be added: unprotect the workbook in Excel first (Review › Protect Workbook)`,
  },
};
