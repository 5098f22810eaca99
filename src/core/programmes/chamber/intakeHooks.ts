/** 导入工作簿 and 发送前检查 for 四好: the summary list an import appends to, and the 自评表's form labels. */
import { sheetHead } from "../../kernel/headerBlock";
import type { IntakeHooks } from "../../contract/programme";
import type { ChamberRow } from "./consolidation";
import { chamberIndexes, detectSelfHeader, detectSummaryHeader } from "./headers";
import type { ChamberScheme } from "./scheme";
import type { ChamberEntry } from "./entry";
import { chamberTemplate } from "./blankTemplate";

export const chamberIntake: IntakeHooks<ChamberScheme, ChamberEntry, ChamberRow[]> = {
  rows: (rows) => rows,
  sheets: (rows) => rows.flatMap((r) => (r.sheet ? [r.sheet] : [])),
  summaryColumns: (g, scheme) => {
    const header = detectSummaryHeader(sheetHead(g), chamberIndexes(scheme));
    if (!header || header.cols.name === undefined) return null;
    return { row: header.row, cols: { ...header.cols, name: header.cols.name } };
  },
  // The template's summary: 序号, 省份, 商会名称, 类型, 自评总分, 自评表 from column A.
  newSummary: (scheme) => ({ spec: chamberTemplate(scheme)[0], cols: { seq: 0, group: 1, name: 2, type: 3, statedTotal: 4, sheetRef: 5 } }),
  unit: (e) => (e.name ? { name: e.name, sheet: e.selfAssessmentSheet, row: e.sheet === e.selfAssessmentSheet ? null : e.row } : null),
  formTop: (g, scheme) => detectSelfHeader(sheetHead(g), chamberIndexes(scheme))?.top ?? null,
  // No text limits in 四好; quotas are a summary's matter: a lone 自评表 has none to respect.
  notApplicable: (rv) => (rv.table ? ["textLimits"] : ["textLimits", "quota"]),
};
