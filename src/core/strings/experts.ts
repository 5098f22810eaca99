/**
 * Making expert scoring sheets (a programme's `scoringSheets`, 创新中国's one per expert): what
 * the command line (`template --from … --experts …`) and the pane's 插入空白模板 dialog say.
 */
export const zh = {
  tooLong: (names: string, max: number) => `专家姓名过长（最多 ${max} 个字符）：${names}`,
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

export type ExpertsStrings = typeof zh;

export const en: ExpertsStrings = {
  tooLong: (names: string, max: number) => `Expert name too long (at most ${max} characters): ${names}`,
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
