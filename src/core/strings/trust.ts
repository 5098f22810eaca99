/**
 * Strings of what keeps a fill trustworthy: notes after a fill (locked sheets skipped, a
 * report or column of the user's avoided), undo's account of what it kept, an interrupted
 * fill's account of what was put back, and where the scheme came from.
 */

/** At most `max` items, then "…等 N 个". */
function listed(items: string[], sep: string, more: (n: number) => string, max = 8): string {
  return items.length <= max ? items.join(sep) : `${items.slice(0, max).join(sep)}${more(items.length)}`;
}

export const zh = {
  /** Not in parentheses: a header's trailing "(…)" is read as a unit and ignored, which would make it the user's label again. */
  /** `n` > 1 when `…【评审助手】` is the user's too. */
  ourColumn: (label: string, n = 1) => `${label}【评审助手${n > 1 ? n : ""}】`,
  notes: {
    lockedSkipped: (sheets: string[]) =>
      `工作表${listed(sheets.map((s) => `"${s}"`), "、", (n) => ` 等 ${n} 个`)}受保护，未在其中标记问题单元格（其余结果已写入）。如需标记，请撤销保护后再填写。`,
    reportRenamed: (userSheet: string, sheet: string) => `工作簿中已有一个不是评审助手创建的"${userSheet}"，未改动它；校验报告写在"${sheet}"。`,
    columnMoved: (sheet: string, label: string, newLabel: string, col: string) =>
      `"${sheet}"的 ${col} 列"${label}"是您自己的数据，未改动它；结果写在新列"${newLabel}"。`,
  },
  undo: {
    done: "已撤销上次填写。",
    doneAll: "已撤销上次填写，工作簿已恢复原样。",
    kept: (n: number, cells: string[]) => `已保留您在填写后修改的 ${n} 个单元格：${listed(cells, "、", (m) => ` 等 ${m} 处`)}`,
    reportKept: (sheet: string) => `"${sheet}"中有您的改动，已原样保留这张工作表。`,
  },
  failed: {
    /** What a failed fill put back and what not. */
    part: {
      values: (sheets: string[]) => `${listed(sheets.map((s) => `"${s}"`), "、", (n) => ` 等 ${n} 张工作表`, 3)}的单元格`,
      fills: "问题标记",
      report: (sheet: string) => `"${sheet}"工作表`,
      memo: "标记记录",
    },
    partial: (notRestored: string[], restored: string[]) =>
      `部分内容未能恢复：${notRestored.join("、")}${restored.length ? `（已恢复：${restored.join("、")}）` : ""}。撤销记录已保存在工作簿中，请稍后选择"撤销上次填写"完成恢复。`,
  },
  scheme: {
    chip: (name: string, hash8: string) => `方案来自工作簿：${name}（${hash8}）`,
    diffTitle: (base: string) => `与内置方案 ${base} 的不同：`,
    noDiff: (base: string) => `与内置方案 ${base} 相同。`,
    change: (path: string, from: string, to: string) => `${path} ${from} → ${to}`,
    added: (path: string, to: string) => `${path} 新增 ${to}`,
    removed: (path: string, from: string) => `${path} 删除（原为 ${from}）`,
    more: (n: number) => `… 另有 ${n} 处不同`,
    reusesBuiltin: (id: string) => `工作簿中保存的方案使用了内置方案的 id "${id}"，不予采用：工作簿中的方案必须使用自己的 id，以免被当作内置方案。`,
    unused: (name: string, hash8: string) =>
      `注意：工作簿中保存了方案"${name}"（${hash8}），本次未使用。如需使用，请加 --scheme workbook。`,
    unusedBad: (hash8: string) => `注意：工作簿中保存了一个无法使用的方案（${hash8}），本次未使用；加 --scheme workbook 可查看它的问题。`,
    noneStored: (file: string) => `"${file}"中没有保存的评审方案（--scheme workbook 需要工作簿中保存的方案）。`,
    consolidateIgnores: (n: number) => `${n} 个来源文件保存了评审方案，汇总时不采用来源文件中的方案。`,
    consolidateWorkbook: "consolidate 不从来源文件读取评审方案，请用内置方案 id 或方案 JSON 文件。",
    templateWorkbook: "template 需要内置方案 id 或方案 JSON 文件，不能用 --scheme workbook。",
  },
};

export const en: typeof zh = {
  ourColumn: (label: string, n = 1) => `${label} [Review Assistant${n > 1 ? ` ${n}` : ""}]`,
  notes: {
    lockedSkipped: (sheets) =>
      `Sheet${sheets.length === 1 ? "" : "s"} ${listed(sheets.map((s) => `"${s}"`), ", ", (n) => ` and others, ${n} in all`)} ${sheets.length === 1 ? "is" : "are"} protected: problem cells there were not marked (the other results were written). Unprotect and fill again to mark them.`,
    reportRenamed: (userSheet, sheet) => `The workbook has a sheet "${userSheet}" that Review Assistant did not create; it was left alone and the report was written to "${sheet}".`,
    columnMoved: (sheet, label, newLabel, col) => `Column ${col} "${label}" of "${sheet}" holds your own data and was left alone; the results went to a new column "${newLabel}".`,
  },
  undo: {
    done: "The last fill was undone.",
    doneAll: "The last fill was undone; the workbook is as it was.",
    kept: (n, cells) => `Kept ${n} cell(s) you changed after the fill: ${listed(cells, ", ", (m) => ` and others, ${m} in all`)}`,
    reportKept: (sheet) => `"${sheet}" holds changes of yours and was left as it is.`,
  },
  failed: {
    part: {
      values: (sheets) => `cells of ${listed(sheets.map((s) => `"${s}"`), ", ", (n) => ` and others (${n} sheets)`, 3)}`,
      fills: "highlights",
      report: (sheet) => `sheet "${sheet}"`,
      memo: "the highlight memo",
    },
    partial: (notRestored, restored) =>
      `Some content could not be put back: ${notRestored.join(", ")}${restored.length ? ` (put back: ${restored.join(", ")})` : ""}. The undo record is kept in the workbook; choose "Undo last fill" later to finish.`,
  },
  scheme: {
    chip: (name, hash8) => `Scheme from the workbook: ${name} (${hash8})`,
    diffTitle: (base) => `Differs from built-in ${base}:`,
    noDiff: (base) => `Same as built-in ${base}.`,
    change: (path, from, to) => `${path} ${from} → ${to}`,
    added: (path, to) => `${path} added ${to}`,
    removed: (path, from) => `${path} removed (was ${from})`,
    more: (n) => `… and ${n} more difference(s)`,
    reusesBuiltin: (id) => `The scheme stored in the workbook uses the built-in id "${id}" and is not used: a stored scheme must have its own id, so it is never taken for the built-in one.`,
    unused: (name, hash8) => `Note: the workbook stores a scheme "${name}" (${hash8}) that was not used. Add --scheme workbook to use it.`,
    unusedBad: (hash8) => `Note: the workbook stores a scheme that cannot be used (${hash8}); it was not used. Add --scheme workbook to see its problems.`,
    noneStored: (file) => `"${file}" stores no review scheme (--scheme workbook needs one).`,
    consolidateIgnores: (n) => `${n} source file(s) store a review scheme; consolidate does not take rules from source files.`,
    consolidateWorkbook: "consolidate does not read schemes from source files; name a built-in scheme id or a scheme JSON file.",
    templateWorkbook: "template needs a built-in scheme id or a scheme JSON file, not --scheme workbook.",
  },
};
