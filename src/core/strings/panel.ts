/**
 * Strings of the expert panel (创新中国): the panel table shared by 校验报告, the CLI and
 * the pane, and the expert scoring sheets (templates) with their input prompts.
 */
export const zh = {
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
  tooLong: (names: string, max: number) => `专家姓名过长（最多 ${max} 个字符）：${names}`,
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
  cli: {
    fromAndExperts: "生成专家评分表需要同时给出 --from 与 --experts，例如：--from 推介汇总表.xlsx --experts 张三,李四",
    notCase: (id: string) => `评审方案"${id}"没有专家评分，不能生成专家评分表；请用 --scheme chuangxin-2021 或以它为基础的方案`,
    noExperts: "--experts 中没有专家姓名（用逗号分隔，例如 --experts 张三,李四）",
    repeated: (names: string) => `专家姓名重复：${names}`,
    noCaseList: (file: string) => `${file} 中没有推介汇总表（需要"案例名称"和"类别"列）`,
    noCases: (file: string, sheet: string) => `${file} 的工作表"${sheet}"中没有案例`,
    notFolder: (p: string) => `输出位置"${p}"已存在但不是文件夹；--experts 时 -o 指定一个文件夹`,
    exists: (list: string) => `以下文件已存在，未写入任何文件（请换一个输出文件夹，或先移走这些文件）：\n${list}`,
    written: (n: number, cases: number, dir: string) => `已为 ${n} 位专家生成评分表（每份 ${cases} 个案例）：${dir}`,
    next: (from: string, dir: string) => `评分表收回后汇总：review-assistant consolidate ${from} ${dir} -o 汇总.xlsx`,
    fileName: (expert: string) => `专家评分表-${expert}.xlsx`,
  },
  pane: {
    title: "插入空白模板",
    blank: "空白模板（推介汇总表与专家评分表样式）",
    experts: "按推介汇总表为每位专家插入评分表",
    namesLabel: "专家姓名（用逗号或顿号分隔）",
    namesPlaceholder: "张三，李四，王五",
    insert: "插入",
    cancel: "取消",
    noCaseList: '本工作簿中没有推介汇总表（需要"案例名称"和"类别"列），只能插入空白模板',
    cases: (n: number, sheet: string) => `将列出"${sheet}"中的 ${n} 个案例`,
    inserted: (n: number, names: string) => `已插入 ${n} 张专家评分表：${names}。评分格之外的单元格已锁定（工作表保护，无密码）`,
    noValidation: "此版本 Excel 不支持数据验证（需要 ExcelApi 1.8），评分范围不会在输入时检查，校验时仍会检查",
    noNames: "请填写至少一位专家的姓名",
    repeated: (names: string) => `专家姓名重复：${names}`,
    modeLabel: "插入内容",
  },
};

export type PanelStrings = typeof zh;

export const en: PanelStrings = {
  title: "Panel consistency",
  columns: ["Expert", "Sheet", "Cases", "Mean", "SD", "Shared", "Correlation", "Outliers", "Abstained", "Conflicts", "Note"],
  narrowColumns: ["Expert", "Sheet", "Cases", "Mean", "SD", "Shared", "r", "Outl.", "Abst.", "Confl.", "Note"],
  short: { expert: "Expert", cases: "Cases", mean: "Mean", sd: "SD", r: "r", outliers: "Outl." },
  tableLabel: "Consistency of each expert",
  inconsistent: (r: string, min: number) => `correlation ${r} below ${min}`,
  flat: "no spread in totals",
  flagged: (expert: string, why: string) => `${expert}: ${why}`,
  tooLong: (names: string, max: number) => `Expert name too long (at most ${max} characters): ${names}`,
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
  cli: {
    fromAndExperts: "Expert scoring sheets need both --from and --experts, e.g. --from cases.xlsx --experts 张三,李四",
    notCase: (id: string) => `Scheme "${id}" has no expert scoring: no scoring sheets can be made; use --scheme chuangxin-2021 or one based on it`,
    noExperts: "--experts names no expert (separate names with commas, e.g. --experts 张三,李四)",
    repeated: (names: string) => `Expert named twice: ${names}`,
    noCaseList: (file: string) => `${file} has no case list (a sheet with 案例名称 and 类别 columns)`,
    noCases: (file: string, sheet: string) => `Sheet "${sheet}" of ${file} lists no case`,
    notFolder: (p: string) => `"${p}" exists and is not a folder; with --experts, -o names a folder`,
    exists: (list: string) => `These files already exist; nothing was written (choose another folder, or move them away first):\n${list}`,
    written: (n: number, cases: number, dir: string) => `Scoring sheets for ${n} experts (${cases} cases each) written to ${dir}`,
    next: (from: string, dir: string) => `When they come back: review-assistant consolidate ${from} ${dir} -o 汇总.xlsx`,
    fileName: (expert: string) => `专家评分表-${expert}.xlsx`,
  },
  pane: {
    title: "Insert a template",
    blank: "Blank template (case list and scoring sheet layout)",
    experts: "A scoring sheet per expert, from the case list",
    namesLabel: "Expert names (separated by commas)",
    namesPlaceholder: "张三, 李四, 王五",
    insert: "Insert",
    cancel: "Cancel",
    noCaseList: "This workbook has no case list (案例名称 and 类别 columns): only the blank template can be inserted",
    cases: (n: number, sheet: string) => `Lists the ${n} cases of "${sheet}"`,
    inserted: (n: number, names: string) => `${n} scoring sheets inserted: ${names}. Cells other than the scores are locked (sheet protection, no password)`,
    noValidation: "This Excel has no data validation (needs ExcelApi 1.8): scores are not checked as they are typed, only when checking",
    noNames: "Enter at least one expert's name",
    repeated: (names: string) => `Expert named twice: ${names}`,
    modeLabel: "What to insert",
  },
};
