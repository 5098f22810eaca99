/** Strings of the excel edge: what the Office.js adapter tells the user when it cannot go on. */
type Feature = "baseline" | "mergedAreas" | "nativeUndo";

const zhFeature: Record<Feature, string> = { baseline: "评审助手", mergedAreas: "读取合并单元格", nativeUndo: "一步撤销" };
const enFeature: Record<Feature, string> = { baseline: "Review Assistant", mergedAreas: "reading merged cells", nativeUndo: "one-step undo" };

export const zh = {
  error: {
    NEEDS_NEWER_EXCEL: (p: { version: string; feature: Feature }) =>
      `${zhFeature[p.feature]}需要 Excel 2019 或更新版本（ExcelApi ${p.version}），当前 Excel 不支持。请升级 Excel，或改用 Microsoft 365 / 网页版 Excel。`,
    SHEET_PROTECTED: (p: { sheet: string }) => `工作表"${p.sheet}"受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护）再试；工作簿未做任何修改。`,
    SHEET_MISSING: (p: { sheet: string }) => `找不到工作表"${p.sheet}"，它可能已被删除或改名。请重新校验后再填写；工作簿未做任何修改。`,
    SHEET_TOO_LARGE: (p: { sheet: string; cells: number; limit: number }) =>
      `工作表"${p.sheet}"的已用区域有 ${p.cells} 个单元格，超过上限 ${p.limit}。请删除多余内容或将其移到其他工作簿后再试。`,
    SYNC_FAILED: (p: { detail: string }) => `与 Excel 通信失败（${p.detail}）。工作簿未做任何修改，请稍后重试。`,
    WRITE_FAILED: (p: { detail: string; restored: boolean }) =>
      p.restored
        ? `写入时出错（${p.detail}），已把已写入的部分恢复原状。请稍后重试。`
        : `写入时出错（${p.detail}），且未能完全恢复原状。请使用 Excel 的撤销（Ctrl+Z）检查工作簿。`,
    NOTHING_TO_UNDO: () => "没有可撤销的填写。",
    SETTINGS_FAILED: (p: { detail: string }) => `无法在工作簿中保存评审方案（${p.detail}）。`,
  },
  feature: zhFeature,
};

export const en: typeof zh = {
  error: {
    NEEDS_NEWER_EXCEL: (p) =>
      `${enFeature[p.feature]} needs Excel 2019 or later (ExcelApi ${p.version}), which this Excel does not support. Please update Excel, or use Microsoft 365 / Excel on the web.`,
    SHEET_PROTECTED: (p) => `Sheet "${p.sheet}" is protected and cannot be written. Unprotect it (Review → Unprotect Sheet) and try again; nothing was changed.`,
    SHEET_MISSING: (p) => `Sheet "${p.sheet}" no longer exists; it may have been deleted or renamed. Check again before filling; nothing was changed.`,
    SHEET_TOO_LARGE: (p) =>
      `The used range of sheet "${p.sheet}" has ${p.cells} cells, more than the limit of ${p.limit}. Remove the extra content or move it to another workbook and try again.`,
    SYNC_FAILED: (p) => `Talking to Excel failed (${p.detail}). Nothing was changed; please try again.`,
    WRITE_FAILED: (p) =>
      p.restored
        ? `Writing failed (${p.detail}); what had been written was put back. Please try again.`
        : `Writing failed (${p.detail}) and could not be fully put back. Please check the workbook with Excel's Undo (Ctrl+Z).`,
    NOTHING_TO_UNDO: () => "There is no fill to undo.",
    SETTINGS_FAILED: (p) => `The scheme could not be saved in the workbook (${p.detail}).`,
  },
  feature: enFeature,
};
