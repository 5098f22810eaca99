/** Strings of the excel edge: what the Office.js adapter tells the user when it cannot go on. */
import * as trust from "./trust";

type Feature = "baseline" | "mergedAreas" | "nativeUndo";

const zhFeature: Record<Feature, string> = { baseline: "评审助手", mergedAreas: "读取合并单元格", nativeUndo: "一步撤销" };
const enFeature: Record<Feature, string> = { baseline: "Review Assistant", mergedAreas: "reading merged cells", nativeUndo: "one-step undo" };

/** A part of the workbook a failed fill or undo did or did not put back. */
export type RestorePart = { kind: "values"; sheets: string[] } | { kind: "fills" } | { kind: "report"; sheet: string } | { kind: "memo" };

/** What Excel's error codes (OfficeExtension.ErrorCodes) mean, in words; never Excel's own English message. */
const zhCodes: Record<string, string> = {
  RequestPayloadSizeLimitExceeded: "请求超过了 Excel 网页版 5 MB 的上限",
  ResponsePayloadSizeLimitExceeded: "Excel 的应答超过了 5 MB 的上限",
  AccessDenied: "Excel 拒绝了访问（可能有工作表或工作簿结构受保护）",
  GeneralException: "Excel 内部出错",
  InvalidArgument: "Excel 不接受所给的参数",
  InvalidOperation: "Excel 当前不允许这项操作",
  InvalidOperationInCellEditMode: "Excel 正在编辑单元格",
  ItemNotFound: "找不到要处理的工作表或单元格",
  ItemAlreadyExists: "已有同名的工作表",
  Conflict: "另一项编辑与这次操作冲突",
  ConnectionFailure: "与 Excel 的连接中断",
  RequestAborted: "请求被中止",
  Timeout: "Excel 没有及时应答",
  ServiceNotAvailable: "Excel 服务暂时不可用",
  ApiNotFound: "当前 Excel 不支持所需的功能",
  NotImplemented: "当前 Excel 不支持所需的功能",
};

const enCodes: Record<string, string> = {
  RequestPayloadSizeLimitExceeded: "the request was over the 5 MB limit of Excel on the web",
  ResponsePayloadSizeLimitExceeded: "Excel's answer was over the 5 MB limit",
  AccessDenied: "Excel denied access (a sheet or the workbook structure may be protected)",
  GeneralException: "Excel hit an internal error",
  InvalidArgument: "Excel did not accept an argument",
  InvalidOperation: "Excel does not allow this now",
  InvalidOperationInCellEditMode: "Excel is editing a cell",
  ItemNotFound: "a sheet or cell to work on was not found",
  ItemAlreadyExists: "a sheet of that name already exists",
  Conflict: "another edit conflicted with this one",
  ConnectionFailure: "the connection to Excel was lost",
  RequestAborted: "the request was aborted",
  Timeout: "Excel did not answer in time",
  ServiceNotAvailable: "the Excel service is unavailable",
  ApiNotFound: "this Excel lacks a needed feature",
  NotImplemented: "this Excel lacks a needed feature",
};

/** An Office error code in words: `Excel 内部出错（GeneralException）`. */
function zhCode(code: string): string {
  return code ? `${zhCodes[code] ?? "发生了未知错误"}（${code}）` : "发生了未知错误";
}

function enCode(code: string): string {
  return code ? `${enCodes[code] ?? "an unknown error"} (${code})` : "an unknown error";
}

function zhPart(p: RestorePart): string {
  const t = trust.zh.failed.part;
  return p.kind === "values" ? t.values(p.sheets) : p.kind === "report" ? t.report(p.sheet) : p.kind === "fills" ? t.fills : t.memo;
}

function enPart(p: RestorePart): string {
  const t = trust.en.failed.part;
  return p.kind === "values" ? t.values(p.sheets) : p.kind === "report" ? t.report(p.sheet) : p.kind === "fills" ? t.fills : t.memo;
}

interface Failed {
  code: string;
  /** English detail from Excel, shown in the English pane only. */
  message?: string;
  /** Parts put back and not, when putting back did not fully succeed. */
  done?: RestorePart[];
  failed?: RestorePart[];
}

export const zh = {
  error: {
    NEEDS_NEWER_EXCEL: (p: { version: string; feature: Feature }) =>
      `${zhFeature[p.feature]}需要 Excel 2019 或更新版本（ExcelApi ${p.version}），当前 Excel 不支持。请升级 Excel，或改用 Microsoft 365 / 网页版 Excel。`,
    SHEET_PROTECTED: (p: { sheet: string }) => `工作表"${p.sheet}"受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护）再试；工作簿未做任何修改。`,
    SHEET_MISSING: (p: { sheet: string }) => `找不到工作表"${p.sheet}"，它可能已被删除或改名。请重新校验后再填写；工作簿未做任何修改。`,
    STRUCTURE_LOCKED: (p: { sheet: string }) =>
      `工作簿结构受保护，无法添加工作表"${p.sheet}"。请先撤销工作簿保护（审阅 → 保护工作簿）再试；工作簿未做任何修改。`,
    SHEET_CHANGED: (p: { sheet: string }) => `工作表"${p.sheet}"的表头在校验之后有改动。请重新校验后再填写；工作簿未做任何修改。`,
    SHEET_TOO_LARGE: (p: { sheet: string; cells: number; limit: number }) =>
      `工作表"${p.sheet}"的已用区域有 ${p.cells} 个单元格，超过上限 ${p.limit}。请删除多余内容或将其移到其他工作簿后再试。`,
    UNDO_TOO_LARGE: (p: { bytes: number; limit: number; sheet: string }) =>
      `这次填写的撤销记录约 ${Math.ceil(p.bytes / 1e6)} MB，超过上限 ${Math.floor(p.limit / 1e6)} MB（主要是旧的"${p.sheet}"）。请先删除工作表"${p.sheet}"再填写；工作簿未做任何修改。`,
    SYNC_FAILED: (p: Failed) => `与 Excel 通信失败：${zhCode(p.code)}。工作簿未做任何修改，请稍后重试。`,
    WRITE_FAILED: (p: Failed) =>
      p.failed && p.failed.length
        ? `写入时出错：${zhCode(p.code)}。${trust.zh.failed.partial(p.failed.map(zhPart), (p.done ?? []).map(zhPart))}`
        : `写入时出错：${zhCode(p.code)}。已把写入的部分恢复原状，工作簿与填写前相同。请稍后重试。`,
    UNDO_FAILED: (p: Failed) => `撤销时出错：${zhCode(p.code)}。${trust.zh.failed.partial((p.failed ?? []).map(zhPart), (p.done ?? []).map(zhPart))}`,
    UNDO_SHEET_GONE: (p: { sheet: string }) =>
      `无法撤销上次填写：工作表"${p.sheet}"在填写后已被改名或删除，工作簿的结构与填写时不同。撤销记录仍保留；把工作表名改回"${p.sheet}"后可再撤销。工作簿未做任何修改。`,
    NOTHING_TO_UNDO: () => "没有可撤销的填写。",
    SETTINGS_FAILED: (p: { code: string; message?: string }) => `无法在工作簿中保存评审方案：${zhCode(p.code)}。`,
  },
  feature: zhFeature,
  code: zhCode,
};

export const en: typeof zh = {
  error: {
    NEEDS_NEWER_EXCEL: (p) =>
      `${enFeature[p.feature]} needs Excel 2019 or later (ExcelApi ${p.version}), which this Excel does not support. Please update Excel, or use Microsoft 365 / Excel on the web.`,
    SHEET_PROTECTED: (p) => `Sheet "${p.sheet}" is protected and cannot be written. Unprotect it (Review → Unprotect Sheet) and try again; nothing was changed.`,
    SHEET_MISSING: (p) => `Sheet "${p.sheet}" no longer exists; it may have been deleted or renamed. Check again before filling; nothing was changed.`,
    STRUCTURE_LOCKED: (p) => `The workbook structure is protected, so sheet "${p.sheet}" cannot be added. Unprotect the workbook (Review → Protect Workbook) and try again; nothing was changed.`,
    SHEET_CHANGED: (p) => `The header of sheet "${p.sheet}" changed since the check. Check again before filling; nothing was changed.`,
    SHEET_TOO_LARGE: (p) =>
      `The used range of sheet "${p.sheet}" has ${p.cells} cells, more than the limit of ${p.limit}. Remove the extra content or move it to another workbook and try again.`,
    UNDO_TOO_LARGE: (p) =>
      `The undo record of this fill would be about ${Math.ceil(p.bytes / 1e6)} MB, over the ${Math.floor(p.limit / 1e6)} MB limit (mostly the old "${p.sheet}"). Delete sheet "${p.sheet}" and fill again; nothing was changed.`,
    SYNC_FAILED: (p) => `Talking to Excel failed: ${enCode(p.code)}${p.message ? ` — ${p.message}` : ""}. Nothing was changed; please try again.`,
    WRITE_FAILED: (p) =>
      p.failed && p.failed.length
        ? `Writing failed: ${enCode(p.code)}${p.message ? ` — ${p.message}` : ""}. ${trust.en.failed.partial(p.failed.map(enPart), (p.done ?? []).map(enPart))}`
        : `Writing failed: ${enCode(p.code)}${p.message ? ` — ${p.message}` : ""}. What had been written was put back; the workbook is as before the fill. Please try again.`,
    UNDO_FAILED: (p) => `Undo failed: ${enCode(p.code)}. ${trust.en.failed.partial((p.failed ?? []).map(enPart), (p.done ?? []).map(enPart))}`,
    UNDO_SHEET_GONE: (p) =>
      `The last fill cannot be undone: sheet "${p.sheet}" was renamed or deleted after it, so the workbook is not shaped as it was. The undo record is kept; rename the sheet back to "${p.sheet}" to undo. Nothing was changed.`,
    NOTHING_TO_UNDO: () => "There is no fill to undo.",
    SETTINGS_FAILED: (p) => `The scheme could not be saved in the workbook: ${enCode(p.code)}${p.message ? ` — ${p.message}` : ""}.`,
  },
  feature: enFeature,
  code: enCode,
};
