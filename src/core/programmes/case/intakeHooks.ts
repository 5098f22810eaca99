/** 导入工作簿 and 发送前检查 for 创新中国: expert sheets go in as they are; no summary rows, no form labels. */
import type { IntakeHooks } from "../../contract/programme";
import type { CaseGathering } from "./consolidation";
import type { CaseScheme } from "./scheme";
import type { CaseEntry } from "./entry";

export const caseIntake: IntakeHooks<CaseScheme, CaseEntry, CaseGathering> = {
  rows: () => null,
  sheets: (g) => g.experts,
  summaryColumns: () => null,
  newSummary: () => null,
  unit: () => null,
  formTop: () => null,
  notApplicable: () => [],
};
