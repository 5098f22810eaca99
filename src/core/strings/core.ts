/**
 * The engine's strings: the shared issue codes' messages, result values, the 校验报告 sheet. A
 * programme's own codes and reasons are worded in its folder (programmes/<kind>/codes.ts).
 */
import type { IssueCode, Params } from "../kernel/issues";

type Msg = (p: Params) => string;

const s = (v: unknown) => (v === undefined || v === null ? "" : String(v));

const zhWhat = (p: Params) => (p.field ? s(p.field) : p.criterion ? `"${s(p.criterion)}"评分` : "自评分");
const enWhat = (p: Params) => (p.field ? `"${s(p.field)}"` : p.criterion ? `Score for "${s(p.criterion)}"` : "Score");

const zhIssues: Record<IssueCode, Msg> = {
  // `known`: what each programme looked for, in its own words (ProgrammeWords.known).
  NO_KNOWN_SHEET: (p) => (p.known ? `没有找到可识别的工作表：需要${s(p.known)}` : "没有找到可识别的工作表"),
  SCHEME_MISMATCH: (p) => `这是${s(p.foundWorkbook)}工作簿，当前方案为${s(p.currentName)}。请改用${s(p.foundShort)}评审方案（${s(p.use)}）后再校验`,
  MIXED_PROGRAMMES: (p) =>
    `本工作簿有两项评审的工作表：${s(p.currentName)}（工作表"${s(p.currentSheet)}"）和${s(p.foundName)}（工作表"${s(p.foundSheet)}"）。` +
    `本次只按${s(p.currentName)}（${s(p.scheme)}）校验，${s(p.foundName)}的工作表没有校验。请在评审方案中选定要校验的一项（${s(p.scheme)} 或 ${s(p.use)}）后再校验`,
  DUPLICATE_ENTRY: (p) => `"${s(p.name)}"在汇总表中重复出现（第 ${s(p.rows)} 行）`,
  NAME_MISSING: (p) => `第 ${s(p.row)} 行缺少名称`,
  UNKNOWN_CATEGORY: (p) =>
    p.category
      ? `类别"${s(p.category)}"不在评审方案中（应为：${s(p.expected)}）`
      : `无法确定评分项目的类别（应为：${s(p.expected)}）`,
  SCORE_MISSING: (p) => `${zhWhat(p)}为空（满分 ${s(p.max)}）`,
  SCORE_NOT_NUMBER: (p) => `${zhWhat(p)}不是数字："${s(p.value)}"`,
  SCORE_FORMULA_ERROR: (p) => `${zhWhat(p)}是公式错误 ${s(p.value)}`,
  SCORE_OUT_OF_RANGE: (p) =>
    Number(p.value) < 0
      ? `${zhWhat(p)}不能为负数：${s(p.value)} < 0`
      : `${zhWhat(p)}超过分值上限：${s(p.value)} > ${s(p.max)}`,
  SCORE_PRECISION: (p) => `${zhWhat(p)}多于一位小数：${s(p.value)}`,
  QUOTA_TIE: (p) => {
    // A programme's own line (`line`) comes with its name and what it ranks (ProgrammeWords.lines).
    const unit = p.unit ? s(p.unit) : "家";
    const line = p.lineName ? s(p.lineName) : "名额线";
    const with_ = !p.other ? `与另外 ${s(p.others)} ${unit}` : Number(p.others) > 1 ? `与"${s(p.other)}"等 ${s(p.others)} ${unit}` : `与"${s(p.other)}"`;
    return `${with_}并列第 ${s(p.rank)} 名，跨越${line}（${s(p.quota)} 个）`;
  },
};

const enIssues: Record<IssueCode, Msg> = {
  NO_KNOWN_SHEET: (p) => (p.known ? `No known sheet: expected ${s(p.known)}` : "No known sheet"),
  SCHEME_MISMATCH: (p) =>
    `This is a ${s(p.foundWorkbook)} workbook, but the scheme in use is for ${s(p.currentName)}. Choose the ${s(p.foundShort)} scheme (${s(p.use)}) and check again`,
  MIXED_PROGRAMMES: (p) =>
    `This workbook holds sheets of two reviews: ${s(p.currentName)} (sheet "${s(p.currentSheet)}") and ${s(p.foundName)} (sheet "${s(p.foundSheet)}"). ` +
    `Only ${s(p.currentName)} (${s(p.scheme)}) was checked; the sheets of ${s(p.foundName)} were not. Choose the scheme to check (${s(p.scheme)} or ${s(p.use)}) and check again`,
  DUPLICATE_ENTRY: (p) => `"${s(p.name)}" is listed more than once (rows ${s(p.rows)})`,
  NAME_MISSING: (p) => `Row ${s(p.row)} has no name`,
  UNKNOWN_CATEGORY: (p) =>
    p.category
      ? `Category "${s(p.category)}" is not in the scheme (expected one of: ${s(p.expected)})`
      : `Cannot tell the item's category (expected one of: ${s(p.expected)})`,
  SCORE_MISSING: (p) => `${enWhat(p)} is empty (max ${s(p.max)})`,
  SCORE_NOT_NUMBER: (p) => `${enWhat(p)} is not a number: "${s(p.value)}"`,
  SCORE_FORMULA_ERROR: (p) => `${enWhat(p)} is a formula error ${s(p.value)}`,
  SCORE_OUT_OF_RANGE: (p) =>
    Number(p.value) < 0
      ? `${enWhat(p)} is negative: ${s(p.value)} < 0`
      : `${enWhat(p)} is above the item maximum: ${s(p.value)} > ${s(p.max)}`,
  SCORE_PRECISION: (p) => `${enWhat(p)} has more than one decimal place: ${s(p.value)}`,
  QUOTA_TIE: (p) => {
    const n = Number(p.others);
    const line = p.lineName ? s(p.lineName) : "quota line";
    const with_ = !p.other ? `${s(p.others)} other(s)` : n > 1 ? `"${s(p.other)}" and ${n - 1} other${n > 2 ? "s" : ""}` : `"${s(p.other)}"`;
    return `Tied at rank ${s(p.rank)} with ${with_}, across the ${line} (${s(p.quota)})`;
  },
};

export const zh = {
  issue: zhIssues,
  severity: { error: "错误", warning: "警告" },
  status: { qualified: "合格", disqualified: "不合格", pending: "待核" },
  verdict: { yes: "是", no: "否", tie: "并列待定" },
  none: "无",
  allGroups: "全部",
  noteErrors: (n: number, first: string) => (n === 1 ? first : `${first}（等 ${n} 处错误）`),
  noteSheetErrors: (sheet: string, n: number, cell: string, msg: string) =>
    `自评表"${sheet}"有 ${n} 处错误，首个 ${cell}：${msg}`,
  noteSep: "；",
  /** Alternatives in one sentence (NO_KNOWN_SHEET: what each programme looked for). */
  orList: (parts: string[]) => parts.join("，或"),
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
    /** Plain words for a field's problem (engine/schemes/problems.ts builds sentences from them). */
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
  severity: { error: "Error", warning: "Warning" },
  status: { qualified: "合格", disqualified: "不合格", pending: "待核" },
  verdict: { yes: "是", no: "否", tie: "并列待定" },
  none: "无",
  allGroups: "All",
  noteErrors: (n: number, first: string) => (n === 1 ? first : `${first} (and ${n - 1} more errors)`),
  noteSheetErrors: (sheet: string, n: number, cell: string, msg: string) =>
    `Sheet "${sheet}" has ${n} error(s), first ${cell}: ${msg}`,
  noteSep: "; ",
  orList: (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(", ")}, or ${parts[parts.length - 1]}` : parts.join("")),
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
