/**
 * 创新中国's words for its expert panel: the panel table shared by 校验报告, the CLI and the
 * pane (view.ts), and the expert scoring sheets with their input prompts (scoringSheets.ts).
 * What the CLI and the pane say about making those sheets is in strings/experts.ts.
 */
const zh = {
  title: "专家评分一致性",
  /** One column per ExpertStat field shown, in order (see core/case/view.ts). */
  columns: ["专家", "工作表", "计分案例", "平均分", "标准差", "共同案例", "相关系数", "偏离次数", "回避", "利益冲突", "提示"],
  /** The same, shorter, for a terminal too narrow for the full labels (CLI). */
  narrowColumns: ["专家", "工作表", "案例", "平均分", "标准差", "共同", "相关", "偏离", "回避", "冲突", "提示"],
  /** The pane's compact table. */
  short: { expert: "专家", cases: "案例", mean: "均分", sd: "标准差", r: "相关", outliers: "偏离" },
  tableLabel: "各专家评分一致性",
  inconsistent: (r: string, min: number) => `相关系数 ${r} 低于 ${min}`,
  flat: "总分没有差异",
  flagged: (expert: string, why: string) => `${expert}：${why}`,
  none: "—",
  note: (threshold: number | null, cases: number) =>
    threshold === null ? "未设一致性阈值" : `相关系数：该专家总分与其他专家同一案例平均分的相关；至少 ${cases} 个共同案例时低于 ${threshold} 提示`,
  template: {
    sheetTitle: (programme: string) => `${programme} 专家评分表`,
    instructions: (criteria: string) => [
      `说明：1. 请在${criteria}列填写评分（0 至该项满分，最多一位小数），合计自动计算。`,
      `2. 案例与本人单位有关时，请在该案例的评分格填写"回避"，并在上方"单位："后填写本人单位。`,
      "3. 序号、案例名称、类别已锁定，请勿改动；评完后保存并发回。",
    ],
    promptTitle: "评分",
    prompt: (max: number) => `0 至 ${max} 分，最多一位小数；需要回避时填写"回避"。`,
    errorTitle: "评分无效",
    error: (max: number) => `请填写 0 至 ${max} 之间、最多一位小数的分数，或填写"回避"。`,
  },
};

const en: typeof zh = {
  title: "Panel consistency",
  columns: ["Expert", "Sheet", "Cases", "Mean", "SD", "Shared", "Correlation", "Outliers", "Abstained", "Conflicts", "Note"],
  narrowColumns: ["Expert", "Sheet", "Cases", "Mean", "SD", "Shared", "r", "Outl.", "Abst.", "Confl.", "Note"],
  short: { expert: "Expert", cases: "Cases", mean: "Mean", sd: "SD", r: "r", outliers: "Outl." },
  tableLabel: "Consistency of each expert",
  inconsistent: (r: string, min: number) => `correlation ${r} below ${min}`,
  flat: "no spread in totals",
  flagged: (expert: string, why: string) => `${expert}: ${why}`,
  none: "—",
  note: (threshold: number | null, cases: number) =>
    threshold === null
      ? "No consistency threshold set"
      : `Correlation: the expert's totals against the other experts' mean for the same cases; below ${threshold} is flagged from ${cases} shared cases`,
  template: {
    sheetTitle: (programme: string) => `${programme} — expert scoring sheet`,
    instructions: (criteria: string) => [
      `Notes: 1. Score each case in the ${criteria} columns (0 to the column's maximum, at most one decimal); 合计 adds up by itself.`,
      '2. For a case from your own unit write "回避" in its score cells, and write your unit after "单位：" above.',
      "3. 序号, 案例名称 and 类别 are locked; save and send the workbook back when done.",
    ],
    promptTitle: "Score",
    prompt: (max: number) => `0 to ${max}, at most one decimal; write "回避" to abstain.`,
    errorTitle: "Invalid score",
    error: (max: number) => `Enter a score from 0 to ${max} with at most one decimal, or "回避".`,
  },
};

export const PANEL_WORDS = { zh, en };
