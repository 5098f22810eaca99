/** Strings of 导入工作簿 (importing chambers' workbooks into the open workbook) and of the 来源清单 sheet it keeps. */

export const zh = {
  sourcesSheet: "来源清单",
  /** The 内容哈希 label is how the pane recognises its own 来源清单 (and the files already imported). */
  sourcesHeader: ["文件", "大小（字节）", "内容哈希", "导入时间", "结果", "原工作表", "导入为", "说明"],
  hashLabel: "内容哈希",
  result: { taken: "已导入", replaced: "已替换", skipped: "已跳过", same: "内容相同，未重复导入" },
  summaryTitle: "全国“四好”商会推荐名单汇总表",
  reason: {
    unreadable: (why: string) => `无法读取：${why}`,
    nothing: "没有找到自评表或专家评分表",
    otherProgramme: (found: string, open: string) => `这是"${found}"的工作簿，与当前工作簿（${open}）不是同一项评审`,
    same: (earlier: string) => `与已导入的"${earlier}"内容相同，未重复导入`,
    declined: (names: string[]) => `工作簿中已有${names.map((n) => `"${n}"`).join("、")}，您选择了不替换`,
    noRoom: (sheet: string, row: number) => `"${sheet}"第 ${row} 行以下已有其他内容，无法追加名单。请在名单末尾留出空行后再导入`,
    tooLarge: (mb: string) => `文件有 ${mb} MB，超过导入上限`,
    noSheet: (name: string) => `"${name}"没有对应的自评表，只添加了汇总表中的一行`,
  },
  /** Per file, in the pane's list and the progress line. */
  progress: (done: number, total: number, file: string) => `导入工作簿 ${done}/${total}：${file}`,
  ask: {
    title: "替换已有的商会？",
    body: (file: string, names: string[]) => `"${file}"中的${names.map((n) => `"${n}"`).join("、")}已在工作簿中，但内容与上次导入的不同。要用新文件替换吗？`,
    replace: "替换",
    keep: "保留原有的",
  },
  done: (taken: number, skipped: number) => `已导入 ${taken} 个文件${skipped ? `，跳过 ${skipped} 个` : ""}。请点击"校验"查看结果。`,
  cancelled: (taken: number, left: number) => `已停止导入：已导入 ${taken} 个文件，其余 ${left} 个未导入。`,
  valuesOnly: "此版本的 Excel 不能整表插入（需要 ExcelApi 1.13），已只导入数值和合并单元格，未带格式。",
};

export type IntakeStrings = typeof zh;

export const en: IntakeStrings = {
  sourcesSheet: "来源清单",
  sourcesHeader: ["File", "Size (bytes)", "内容哈希", "Imported at", "Result", "Source sheets", "Imported as", "Note"],
  hashLabel: "内容哈希",
  result: { taken: "imported", replaced: "replaced", skipped: "skipped", same: "same content, not imported again" },
  summaryTitle: "全国“四好”商会推荐名单汇总表",
  reason: {
    unreadable: (why) => `Cannot be read: ${why}`,
    nothing: "No self-assessment or expert score sheet found",
    otherProgramme: (found, open) => `This is a "${found}" workbook; the open workbook is ${open}`,
    same: (earlier) => `Same content as "${earlier}", already imported`,
    declined: (names) => `${names.map((n) => `"${n}"`).join(", ")} already in the workbook; you chose not to replace`,
    noRoom: (sheet, row) => `"${sheet}" has other content below row ${row}: leave empty rows after the list, then import again`,
    tooLarge: (mb) => `The file is ${mb} MB, above the import limit`,
    noSheet: (name) => `"${name}" has no self-assessment sheet: only its summary row was added`,
  },
  progress: (done, total, file) => `Importing ${done}/${total}: ${file}`,
  ask: {
    title: "Replace chambers already in the workbook?",
    body: (file, names) => `${names.map((n) => `"${n}"`).join(", ")} from "${file}" are already in the workbook, with different content. Replace them with the new file?`,
    replace: "Replace",
    keep: "Keep the old ones",
  },
  done: (taken, skipped) => `${taken} file${taken === 1 ? "" : "s"} imported${skipped ? `, ${skipped} skipped` : ""}. Click Check to see the results.`,
  cancelled: (taken, left) => `Import stopped: ${taken} imported, ${left} not imported.`,
  valuesOnly: "This Excel cannot insert whole sheets (ExcelApi 1.13 needed): values and merged cells were imported, without formatting.",
};
