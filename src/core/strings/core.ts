/** The engine's strings: issue and reason messages, result values, the 校验报告 sheet. */
import type { IssueCode, Params, ReasonCode } from "../kernel/issues";


type Msg = (p: Params) => string;

const s = (v: unknown) => (v === undefined || v === null ? "" : String(v));

const zhWhat = (p: Params) => (p.field ? s(p.field) : p.criterion ? `"${s(p.criterion)}"评分` : "自评分");
const enWhat = (p: Params) => (p.field ? `"${s(p.field)}"` : p.criterion ? `Score for "${s(p.criterion)}"` : "Score");

const zhIssues: Record<IssueCode, Msg> = {
  NO_KNOWN_SHEET: () =>
    '没有找到可识别的工作表：需要含"商会名称"列的推荐名单汇总表，或含"分值""自评分"列的自评表，或含"创新特性"等评分列的专家评分表',
  SCHEME_MISMATCH: (p) => `这是${s(p.foundWorkbook)}工作簿，当前方案为${s(p.currentName)}。请改用${s(p.foundShort)}评审方案（${s(p.use)}）后再校验`,
  MIXED_PROGRAMMES: (p) =>
    `本工作簿有两项评审的工作表：${s(p.currentName)}（工作表"${s(p.currentSheet)}"）和${s(p.foundName)}（工作表"${s(p.foundSheet)}"）。` +
    `本次只按${s(p.currentName)}（${s(p.scheme)}）校验，${s(p.foundName)}的工作表没有校验。请在评审方案中选定要校验的一项（${s(p.scheme)} 或 ${s(p.use)}）后再校验`,
  SHEET_NOT_FOUND: (p) =>
    p.ref
      ? `找不到"${s(p.name)}"的自评表：工作表"${s(p.ref)}"${p.exists ? "不是可识别的自评表" : "不存在"}`
      : `找不到"${s(p.name)}"的自评表${p.hint ? `（是否为工作表"${s(p.hint)}"？）` : ""}`,
  AMBIGUOUS_SHEET: (p) => `"${s(p.name)}"对应多张自评表：${s(p.sheets)}`,
  ORPHAN_SHEET: (p) => `自评表"${s(p.sheet)}"（${s(p.name)}）不在汇总表中`,
  DUPLICATE_ENTRY: (p) => `"${s(p.name)}"在汇总表中重复出现（第 ${s(p.rows)} 行）`,
  NAME_MISSING: (p) => `第 ${s(p.row)} 行缺少名称`,
  TEMPLATE_CATEGORY_MAX: (p) => `"${s(p.category)}"各项分值之和为 ${s(p.sum)}，应为 ${s(p.max)}`,
  TEMPLATE_VETO_COUNT: (p) => `否决项（*）有 ${s(p.count)} 项，应为 ${s(p.expected)} 项`,
  TEMPLATE_BASIC_COUNT: (p) => `基础达标项（※）有 ${s(p.count)} 项，应为 ${s(p.expected)} 项`,
  UNKNOWN_CATEGORY: (p) =>
    p.category
      ? `类别"${s(p.category)}"不在评审方案中（应为：${s(p.expected)}）`
      : `无法确定评分项目的类别（应为：${s(p.expected)}）`,
  ITEM_MAX_INVALID: (p) => `评分项目"${s(p.item)}"的分值不是正数："${s(p.value)}"，该项无法计分`,
  SCORE_MISSING: (p) => `${zhWhat(p)}为空（满分 ${s(p.max)}）`,
  SCORE_NOT_NUMBER: (p) => `${zhWhat(p)}不是数字："${s(p.value)}"`,
  SCORE_FORMULA_ERROR: (p) => `${zhWhat(p)}是公式错误 ${s(p.value)}`,
  SCORE_OUT_OF_RANGE: (p) =>
    Number(p.value) < 0
      ? `${zhWhat(p)}不能为负数：${s(p.value)} < 0`
      : `${zhWhat(p)}超过分值上限：${s(p.value)} > ${s(p.max)}`,
  SCORE_PRECISION: (p) => `${zhWhat(p)}多于一位小数：${s(p.value)}`,
  SUBTOTAL_MISMATCH: (p) => `"${s(p.category)}"小计填写为 ${s(p.stated)}，核算为 ${s(p.computed)}`,
  TOTAL_MISMATCH: (p) => `合计填写为 ${s(p.stated)}，核算为 ${s(p.computed)}`,
  SUMMARY_TOTAL_MISMATCH: (p) => `汇总表自评分为 ${s(p.stated)}，自评表核算为 ${s(p.computed)}`,
  QUOTA_TIE: (p) => {
    const unit = p.line ? "个案例" : "家";
    const line = p.line === "shortlist" ? "初选线" : p.line === "final" ? "终审线" : "名额线";
    const with_ = !p.other ? `与另外 ${s(p.others)} ${unit}` : Number(p.others) > 1 ? `与"${s(p.other)}"等 ${s(p.others)} ${unit}` : `与"${s(p.other)}"`;
    return `${with_}并列第 ${s(p.rank)} 名，跨越${line}（${s(p.quota)} 个）`;
  },
  QUOTA_MISSING: (p) =>
    `${p.group ? `"${s(p.group)}"` : ""}没有推荐名额，"名额内"留空；可在推荐名额分配表或任务窗格中设置名额`,
  QUOTA_INVALID: (p) => `"${s(p.group)}"的推荐名额必须是非负整数：${s(p.value)}`,
  OVER_QUOTA: (p) =>
    `${p.group ? `"${s(p.group)}"` : ""}推荐 ${s(p.count)} 家，名额 ${s(p.quota)} 个，超出 ${s(p.excess ?? Number(p.count) - Number(p.quota))} 家`,
  TOO_FEW_EXPERTS: (p) => `只有 ${s(p.count)} 位专家评分${p.left ? `（${s(p.left)} 位回避或利益冲突，不计入）` : ""}，至少需要 ${s(p.min)} 位`,
  UNKNOWN_CASE: (p) => `专家表中的案例"${s(p.key)}"不在推介汇总表中`,
  SCORE_OUTLIER: (p) => `专家"${s(p.expert)}"的评分 ${s(p.score)} 与其他专家平均分 ${s(p.mean)} 相差超过 ${s(p.ratio)}%`,
  REASON_TOO_LONG: (p) => `推荐理由 ${s(p.length)} 字，超过 ${s(p.max)} 字`,
  CASE_TOO_LONG: (p) => `案例介绍 ${s(p.length)} 字，超过 ${s(p.max)} 字`,
  OVER_RECOMMENDED: (p) => `"${s(p.recommender)}"推荐了 ${s(p.count)} 个案例，最多 ${s(p.limit)} 个`,
  CONFLICT_OF_INTEREST: (p) =>
    `专家"${s(p.expert)}"的单位"${s(p.unit)}"是案例"${s(p.name)}"的${p.field === "unit" ? "完成单位" : "推荐单位"}，应当回避：该评分不计入平均分，请改填"回避"`,
  EXPERT_INCONSISTENT: (p) =>
    `专家"${s(p.expert)}"的评分与其他专家差异较大：在 ${s(p.cases)} 个共同评审的案例上，其总分与其他专家平均分的相关系数为 ${s(p.r)}，低于 ${s(p.min)}，请核对`,
  EXPERT_NO_SPREAD: (p) =>
    Number(p.count) === 1
      ? `专家"${s(p.expert)}"只有 1 个案例的评分（${s(p.value)} 分）计入，无法标准化：其标准分按 0 计（即平均水平）`
      : p.zscore
        ? `专家"${s(p.expert)}"给 ${s(p.count)} 个案例的总分都是 ${s(p.value)}，没有差异，无法标准化：其标准分按 0 计（即平均水平）`
        : `专家"${s(p.expert)}"给 ${s(p.count)} 个案例的总分都是 ${s(p.value)}，没有差异，无法计算与其他专家的相关系数`,
};

const enIssues: Record<IssueCode, Msg> = {
  NO_KNOWN_SHEET: () =>
    "No known sheet: expected a recommendation summary with a 商会名称 column, a self-assessment sheet with 分值 and 自评分 columns, or an expert score sheet with 创新特性 etc.",
  SCHEME_MISMATCH: (p) =>
    `This is a ${s(p.foundWorkbook)} workbook, but the scheme in use is for ${s(p.currentName)}. Choose the ${s(p.foundShort)} scheme (${s(p.use)}) and check again`,
  MIXED_PROGRAMMES: (p) =>
    `This workbook holds sheets of two reviews: ${s(p.currentName)} (sheet "${s(p.currentSheet)}") and ${s(p.foundName)} (sheet "${s(p.foundSheet)}"). ` +
    `Only ${s(p.currentName)} (${s(p.scheme)}) was checked; the sheets of ${s(p.foundName)} were not. Choose the scheme to check (${s(p.scheme)} or ${s(p.use)}) and check again`,
  SHEET_NOT_FOUND: (p) =>
    p.ref
      ? `No self-assessment sheet for "${s(p.name)}": sheet "${s(p.ref)}" ${p.exists ? "is not a recognisable self-assessment sheet" : "does not exist"}`
      : `No self-assessment sheet for "${s(p.name)}"${p.hint ? ` (is it sheet "${s(p.hint)}"?)` : ""}`,
  AMBIGUOUS_SHEET: (p) => `"${s(p.name)}" matches several self-assessment sheets: ${s(p.sheets)}`,
  ORPHAN_SHEET: (p) => `Self-assessment sheet "${s(p.sheet)}" (${s(p.name)}) is not listed in the summary`,
  DUPLICATE_ENTRY: (p) => `"${s(p.name)}" is listed more than once (rows ${s(p.rows)})`,
  NAME_MISSING: (p) => `Row ${s(p.row)} has no name`,
  TEMPLATE_CATEGORY_MAX: (p) => `Item maxima of "${s(p.category)}" add up to ${s(p.sum)}, expected ${s(p.max)}`,
  TEMPLATE_VETO_COUNT: (p) => `${s(p.count)} veto items (*), expected ${s(p.expected)}`,
  TEMPLATE_BASIC_COUNT: (p) => `${s(p.count)} basic items (※), expected ${s(p.expected)}`,
  UNKNOWN_CATEGORY: (p) =>
    p.category
      ? `Category "${s(p.category)}" is not in the scheme (expected one of: ${s(p.expected)})`
      : `Cannot tell the item's category (expected one of: ${s(p.expected)})`,
  ITEM_MAX_INVALID: (p) => `The maximum of item "${s(p.item)}" is not a positive number: "${s(p.value)}"; the item cannot be scored`,
  SCORE_MISSING: (p) => `${enWhat(p)} is empty (max ${s(p.max)})`,
  SCORE_NOT_NUMBER: (p) => `${enWhat(p)} is not a number: "${s(p.value)}"`,
  SCORE_FORMULA_ERROR: (p) => `${enWhat(p)} is a formula error ${s(p.value)}`,
  SCORE_OUT_OF_RANGE: (p) =>
    Number(p.value) < 0
      ? `${enWhat(p)} is negative: ${s(p.value)} < 0`
      : `${enWhat(p)} is above the item maximum: ${s(p.value)} > ${s(p.max)}`,
  SCORE_PRECISION: (p) => `${enWhat(p)} has more than one decimal place: ${s(p.value)}`,
  SUBTOTAL_MISMATCH: (p) => `Subtotal of "${s(p.category)}" says ${s(p.stated)}, computed ${s(p.computed)}`,
  TOTAL_MISMATCH: (p) => `Total says ${s(p.stated)}, computed ${s(p.computed)}`,
  SUMMARY_TOTAL_MISMATCH: (p) => `Summary says ${s(p.stated)}, the self-assessment sheet adds up to ${s(p.computed)}`,
  QUOTA_TIE: (p) => {
    const n = Number(p.others);
    const line = p.line === "shortlist" ? "shortlist line" : p.line === "final" ? "final line" : "quota line";
    const with_ = !p.other ? `${s(p.others)} other(s)` : n > 1 ? `"${s(p.other)}" and ${n - 1} other${n > 2 ? "s" : ""}` : `"${s(p.other)}"`;
    return `Tied at rank ${s(p.rank)} with ${with_}, across the ${line} (${s(p.quota)})`;
  },
  QUOTA_MISSING: (p) =>
    `No quota for ${p.group ? `"${s(p.group)}"` : "this group"}: 名额内 (in quota) left blank; set one in a 推荐名额分配表 sheet or in the task pane`,
  QUOTA_INVALID: (p) => `The quota of "${s(p.group)}" must be a whole number, 0 or more: ${s(p.value)}`,
  OVER_QUOTA: (p) =>
    `${p.group ? `"${s(p.group)}" lists` : "Lists"} ${s(p.count)} entries against a quota of ${s(p.quota)}: ${s(p.excess ?? Number(p.count) - Number(p.quota))} too many`,
  TOO_FEW_EXPERTS: (p) =>
    `Scored by ${s(p.count)} expert(s)${p.left ? ` (${s(p.left)} abstained or conflicted, not counted)` : ""}, at least ${s(p.min)} needed`,
  UNKNOWN_CASE: (p) => `Case "${s(p.key)}" on an expert sheet is not in the case list`,
  SCORE_OUTLIER: (p) =>
    `Expert "${s(p.expert)}" gave ${s(p.score)}, more than ${s(p.ratio)}% away from the others' mean ${s(p.mean)}`,
  REASON_TOO_LONG: (p) => `Recommendation reason has ${s(p.length)} characters, more than ${s(p.max)}`,
  CASE_TOO_LONG: (p) => `Case text has ${s(p.length)} characters, more than ${s(p.max)}`,
  OVER_RECOMMENDED: (p) => `"${s(p.recommender)}" put forward ${s(p.count)} cases, at most ${s(p.limit)} allowed`,
  CONFLICT_OF_INTEREST: (p) =>
    `Expert "${s(p.expert)}" is from "${s(p.unit)}", the ${p.field === "unit" ? "unit" : "recommender"} of case "${s(p.name)}", and must abstain: this score is left out of the mean; write "回避" instead`,
  EXPERT_INCONSISTENT: (p) =>
    `Expert "${s(p.expert)}" disagrees with the panel: over ${s(p.cases)} shared cases their totals correlate ${s(p.r)} with the other experts' mean, below ${s(p.min)}; please check`,
  EXPERT_NO_SPREAD: (p) =>
    Number(p.count) === 1
      ? `Only 1 total from expert "${s(p.expert)}" counts (${s(p.value)}): it cannot be standardised, so its z-score is 0 (average)`
      : p.zscore
        ? `Expert "${s(p.expert)}" gave all ${s(p.count)} cases the same total ${s(p.value)}: with no spread it cannot be standardised, so its z-scores are 0 (average)`
        : `Expert "${s(p.expert)}" gave all ${s(p.count)} cases the same total ${s(p.value)}: with no spread no correlation with the other experts can be computed`,
};

const zhReasons: Record<ReasonCode, Msg> = {
  VETO_ZERO: (p) => `否决项 0 分：${s(p.items)}`,
  BASIC_SHORTFALL: (p) => `基础达标项 ${s(p.count)} 项未满分（最多 ${s(p.limit)} 项）`,
  BELOW_THRESHOLD: (p) =>
    p.certain
      ? `总分 ${s(p.total)} 低于 ${s(p.threshold)} 分`
      : `即使缺项按满分计，总分最多 ${s(p.total)}，低于 ${s(p.threshold)} 分`,
  NOT_SUBSCRIBED: (p) => `订阅 ${s(p.count)} 份，不足 ${s(p.min)} 份`,
};

const enReasons: Record<ReasonCode, Msg> = {
  VETO_ZERO: (p) => `Veto item scored 0: ${s(p.items)}`,
  BASIC_SHORTFALL: (p) => `${s(p.count)} basic items below full marks (at most ${s(p.limit)})`,
  BELOW_THRESHOLD: (p) =>
    p.certain
      ? `Total ${s(p.total)} is below ${s(p.threshold)}`
      : `Even with full marks for the missing items the total is at most ${s(p.total)}, below ${s(p.threshold)}`,
  NOT_SUBSCRIBED: (p) => `${s(p.count)} subscriptions, fewer than ${s(p.min)}`,
};

export const zh = {
  issue: zhIssues,
  reason: zhReasons,
  severity: { error: "错误", warning: "警告" },
  status: { qualified: "合格", disqualified: "不合格", pending: "待核" },
  verdict: { yes: "是", no: "否", tie: "并列待定" },
  none: "无",
  allGroups: "全部",
  noteErrors: (n: number, first: string) => (n === 1 ? first : `${first}（等 ${n} 处错误）`),
  noteSheetErrors: (sheet: string, n: number, cell: string, msg: string) =>
    `自评表"${sheet}"有 ${n} 处错误，首个 ${cell}：${msg}`,
  noteSep: "；",
  scheme: {
    unknownBase: (id: string, ids: string) => `没有内置评审方案"${id}"，可选：${ids}`,
    badJson: (detail: string) => `评审方案不是有效的 JSON：${detail}`,
    unknownKey: (key: string) => `未知的设置项"${key}"（拼写错误？）`,
    checkerMissing: (detail: string) => `无法载入评审方案的检查程序（${detail}），方案未采用。请重新打开任务窗格（或检查网络）后再试`,
    repeats: (what: "category" | "column" | "criterion", k: string) =>
      `${{ category: "类别", column: "结果列", criterion: "评分标准" }[what]}"${k}"重复`,
    sumMismatch: (sum: number, total: number) => `类别满分之和 ${sum} 与总分 ${total} 不一致`,
    thresholdAbove: (t: number, total: number) => `合格线 ${t} 高于总分 ${total}`,
    finalAboveShortlist: (f: number, sl: number) => `终审名额 ${f} 多于初选名额 ${sl}`,
    noCategory: (c: string) => `没有类别"${c}"`,
    /** Plain words for a field's problem (scheme/problems.ts builds sentences from them). */
    plain: {
      number: "数字",
      integer: "整数",
      text: "文字",
      nonEmptyText: "非空文字",
      list: "列表",
      object: "一组设置（{ … }）",
      boolean: "true 或 false",
      value: "值",
      above: (n: number) => `大于 ${n} 的`,
      atLeast: (n: number) => `不小于 ${n} 的`,
      below: (n: number) => `小于 ${n} 的`,
      atMost: (n: number) => `不大于 ${n} 的`,
      bounded: (base: string, bounds: string[]) => `${bounds.join("")}${base}`,
      orNull: (what: string) => `${what}或 null`,
      oneOf: (list: string) => `以下之一：${list}`,
      listSep: "、",
      expected: (what: string) => `应为${what}`,
      actualText: (v: string) => `文字"${v}"`,
      actualList: "列表",
      actualObject: "一组设置",
      actual: (what: string) => `实际是${/^[-\d]/.test(what) ? " " : ""}${what}`,
      missing: (expected: string) => `缺少此项，${expected}`,
      sentence: (expected: string, actual: string) => `${expected}，${actual}`,
      nonEmpty: "不能为空",
      atLeastItems: (n: number) => `至少要有 ${n} 项`,
      atMostItems: (n: number) => `最多 ${n} 项`,
      idFormat: "只能用小写英文字母、数字和 . _ -，并以字母或数字开头（如 sihao-2020-custom）",
      format: "格式不对",
      invalidKey: "名称不对",
    },
    json: {
      at: (line: number, col: number, what: string) => `第 ${line} 行第 ${col} 列：${what}`,
      end: (line: number, col: number, what: string) => `文件在第 ${line} 行第 ${col} 列意外结束：${what}`,
      expected: (what: string) => `这里应有${what}`,
      value: "一个值（数字、文字、列表或 { … }）",
      commaOr: (close: string) => `逗号或"${close}"`,
      colon: '冒号":"',
      key: "用双引号括起来的设置项名称",
      trailingComma: '最后一项后面不能有逗号',
      badString: "文字中有不能直接出现的字符（换行或制表符），或转义写错了",
      unclosedString: '文字缺少结尾的双引号"',
      extra: "JSON 已经结束，后面还有多余内容",
      empty: "文件是空的",
      singleQuote: "文字和名称要用双引号\"，不能用单引号'",
      comment: "JSON 不允许注释",
    },
  },
  detection: {
    found: (sheet: string, what: string, scheme: string) => `工作表"${sheet}"是${what}，按评审方案 ${scheme} 读取`,
    candidate: "（先试的自定义方案）",
    none: (scheme: string) => `没有工作表可识别为任何评审方案的表格，按 ${scheme} 读取`,
    passed: (ids: string) => `；已试未符：${ids}`,
  },
  report: {
    title: "评审助手 校验报告",
    scheme: "评审方案",
    time: "校验时间",
    entries: "条目",
    qualified: "合格",
    disqualified: "不合格",
    pending: "待核",
    errors: "错误",
    warnings: "警告",
    columns: ["级别", "代码", "工作表", "单元格", "说明"],
    noIssues: "未发现问题",
  },
};

export type CoreStrings = typeof zh;

export const en: CoreStrings = {
  issue: enIssues,
  reason: enReasons,
  severity: { error: "Error", warning: "Warning" },
  status: { qualified: "合格", disqualified: "不合格", pending: "待核" },
  verdict: { yes: "是", no: "否", tie: "并列待定" },
  none: "无",
  allGroups: "All",
  noteErrors: (n: number, first: string) => (n === 1 ? first : `${first} (and ${n - 1} more errors)`),
  noteSheetErrors: (sheet: string, n: number, cell: string, msg: string) =>
    `Sheet "${sheet}" has ${n} error(s), first ${cell}: ${msg}`,
  noteSep: "; ",
  scheme: {
    unknownBase: (id: string, ids: string) => `No built-in scheme "${id}"; choose one of: ${ids}`,
    badJson: (detail: string) => `The scheme is not valid JSON: ${detail}`,
    unknownKey: (key: string) => `Unknown setting "${key}" (a typo?)`,
    checkerMissing: (detail: string) => `The scheme checker could not be loaded (${detail}), so the scheme is not used. Reopen the task pane (or check the network) and try again`,
    repeats: (what: "category" | "column" | "criterion", k: string) =>
      `${{ category: "Category", column: "Result column", criterion: "Criterion" }[what]} "${k}" repeats`,
    sumMismatch: (sum: number, total: number) => `Category maxima add up to ${sum}, not ${total}`,
    thresholdAbove: (t: number, total: number) => `Threshold ${t} is above the total ${total}`,
    finalAboveShortlist: (f: number, sl: number) => `Final size ${f} is above the shortlist size ${sl}`,
    noCategory: (c: string) => `No category "${c}"`,
    plain: {
      number: "a number",
      integer: "a whole number",
      text: "text",
      nonEmptyText: "non-empty text",
      list: "a list",
      object: "a group of settings ({ … })",
      boolean: "true or false",
      value: "a value",
      above: (n: number) => `greater than ${n}`,
      atLeast: (n: number) => `of ${n} or more`,
      below: (n: number) => `less than ${n}`,
      atMost: (n: number) => `of ${n} or less`,
      bounded: (base: string, bounds: string[]) => (bounds.length ? `${base} ${bounds.join(" and ")}` : base),
      orNull: (what: string) => `${what} or null`,
      oneOf: (list: string) => `one of ${list}`,
      listSep: ", ",
      expected: (what: string) => `must be ${what}`,
      actualText: (v: string) => `the text "${v}"`,
      actualList: "a list",
      actualObject: "a group of settings",
      actual: (what: string) => `but is ${what}`,
      missing: (expected: string) => `missing; it ${expected}`,
      sentence: (expected: string, actual: string) => `${expected}, ${actual}`,
      nonEmpty: "must not be empty",
      atLeastItems: (n: number) => `needs at least ${n} item(s)`,
      atMostItems: (n: number) => `takes at most ${n} item(s)`,
      idFormat: "may use only lower-case letters, digits and . _ -, starting with a letter or digit (e.g. sihao-2020-custom)",
      format: "has the wrong format",
      invalidKey: "has a wrong name",
    },
    json: {
      at: (line: number, col: number, what: string) => `line ${line}, column ${col}: ${what}`,
      end: (line: number, col: number, what: string) => `the file ends too early at line ${line}, column ${col}: ${what}`,
      expected: (what: string) => `expected ${what} here`,
      value: "a value (number, text, list or { … })",
      commaOr: (close: string) => `a comma or "${close}"`,
      colon: 'a colon ":"',
      key: "a setting name in double quotes",
      trailingComma: "no comma is allowed after the last item",
      badString: "the text holds a character that must be escaped (a line break or tab), or a wrong escape",
      unclosedString: 'the text has no closing double quote "',
      extra: "the JSON has ended but more follows",
      empty: "the file is empty",
      singleQuote: "text and names take double quotes \", not single quotes '",
      comment: "JSON allows no comments",
    },
  },
  detection: {
    found: (sheet: string, what: string, scheme: string) => `Sheet "${sheet}" is read as the ${what} of scheme ${scheme}`,
    candidate: " (a custom scheme tried first)",
    none: (scheme: string) => `No sheet is one any scheme knows: read with ${scheme}`,
    passed: (ids: string) => `; tried first, no match: ${ids}`,
  },
  report: {
    title: "Review Assistant — validation report",
    scheme: "Scheme",
    time: "Checked at",
    entries: "Entries",
    qualified: "Qualified",
    disqualified: "Disqualified",
    pending: "Pending",
    errors: "Errors",
    warnings: "Warnings",
    columns: ["Level", "Code", "Sheet", "Cell", "Message"],
    noIssues: "No issues found",
  },
};
