/**
 * 四好's own issue codes and reasons (SPEC §3), with their words in both languages: linking
 * summary rows to 自评表, the template, stated totals, quotas; the reasons that make a chamber
 * 不合格 (eligibility.ts). The shared codes are in kernel/issues.ts.
 */
import { type Params, issueMaker } from "../../kernel/issues";
import { ownCodes, ownReasons } from "../../contract/ownCodes";

const s = (v: unknown) => (v === undefined || v === null ? "" : String(v));

const SEVERITY = {
  SHEET_NOT_FOUND: "error",
  AMBIGUOUS_SHEET: "error",
  ORPHAN_SHEET: "warning",
  TEMPLATE_CATEGORY_MAX: "warning",
  TEMPLATE_VETO_COUNT: "warning",
  TEMPLATE_BASIC_COUNT: "warning",
  ITEM_MAX_INVALID: "error",
  SUBTOTAL_MISMATCH: "warning",
  TOTAL_MISMATCH: "warning",
  SUMMARY_TOTAL_MISMATCH: "warning",
  QUOTA_MISSING: "warning",
  QUOTA_INVALID: "warning",
  OVER_QUOTA: "warning",
} as const;

type Code = keyof typeof SEVERITY;

const zhIssues: Record<Code, (p: Params) => string> = {
  SHEET_NOT_FOUND: (p) =>
    p.ref
      ? `找不到"${s(p.name)}"的自评表：工作表"${s(p.ref)}"${p.exists ? "不是可识别的自评表" : "不存在"}`
      : `找不到"${s(p.name)}"的自评表${p.hint ? `（是否为工作表"${s(p.hint)}"？）` : ""}`,
  AMBIGUOUS_SHEET: (p) => `"${s(p.name)}"对应多张自评表：${s(p.sheets)}`,
  ORPHAN_SHEET: (p) => `自评表"${s(p.sheet)}"（${s(p.name)}）不在汇总表中`,
  TEMPLATE_CATEGORY_MAX: (p) => `"${s(p.category)}"各项分值之和为 ${s(p.sum)}，应为 ${s(p.max)}`,
  TEMPLATE_VETO_COUNT: (p) => `否决项（*）有 ${s(p.count)} 项，应为 ${s(p.expected)} 项`,
  TEMPLATE_BASIC_COUNT: (p) => `基础达标项（※）有 ${s(p.count)} 项，应为 ${s(p.expected)} 项`,
  ITEM_MAX_INVALID: (p) => `评分项目"${s(p.item)}"的分值不是正数："${s(p.value)}"，该项无法计分`,
  SUBTOTAL_MISMATCH: (p) => `"${s(p.category)}"小计填写为 ${s(p.stated)}，核算为 ${s(p.computed)}`,
  TOTAL_MISMATCH: (p) => `合计填写为 ${s(p.stated)}，核算为 ${s(p.computed)}`,
  SUMMARY_TOTAL_MISMATCH: (p) => `汇总表自评分为 ${s(p.stated)}，自评表核算为 ${s(p.computed)}`,
  QUOTA_MISSING: (p) =>
    `${p.group ? `"${s(p.group)}"` : ""}没有推荐名额，"名额内"留空；可在推荐名额分配表或任务窗格中设置名额`,
  QUOTA_INVALID: (p) => `"${s(p.group)}"的推荐名额必须是非负整数：${s(p.value)}`,
  OVER_QUOTA: (p) =>
    `${p.group ? `"${s(p.group)}"` : ""}推荐 ${s(p.count)} 家，名额 ${s(p.quota)} 个，超出 ${s(p.excess ?? Number(p.count) - Number(p.quota))} 家`,
};

const enIssues: Record<Code, (p: Params) => string> = {
  SHEET_NOT_FOUND: (p) =>
    p.ref
      ? `No self-assessment sheet for "${s(p.name)}": sheet "${s(p.ref)}" ${p.exists ? "is not a recognisable self-assessment sheet" : "does not exist"}`
      : `No self-assessment sheet for "${s(p.name)}"${p.hint ? ` (is it sheet "${s(p.hint)}"?)` : ""}`,
  AMBIGUOUS_SHEET: (p) => `"${s(p.name)}" matches several self-assessment sheets: ${s(p.sheets)}`,
  ORPHAN_SHEET: (p) => `Self-assessment sheet "${s(p.sheet)}" (${s(p.name)}) is not listed in the summary`,
  TEMPLATE_CATEGORY_MAX: (p) => `Item maxima of "${s(p.category)}" add up to ${s(p.sum)}, expected ${s(p.max)}`,
  TEMPLATE_VETO_COUNT: (p) => `${s(p.count)} veto items (*), expected ${s(p.expected)}`,
  TEMPLATE_BASIC_COUNT: (p) => `${s(p.count)} basic items (※), expected ${s(p.expected)}`,
  ITEM_MAX_INVALID: (p) => `The maximum of item "${s(p.item)}" is not a positive number: "${s(p.value)}"; the item cannot be scored`,
  SUBTOTAL_MISMATCH: (p) => `Subtotal of "${s(p.category)}" says ${s(p.stated)}, computed ${s(p.computed)}`,
  TOTAL_MISMATCH: (p) => `Total says ${s(p.stated)}, computed ${s(p.computed)}`,
  SUMMARY_TOTAL_MISMATCH: (p) => `Summary says ${s(p.stated)}, the self-assessment sheet adds up to ${s(p.computed)}`,
  QUOTA_MISSING: (p) =>
    `No quota for ${p.group ? `"${s(p.group)}"` : "this group"}: 名额内 (in quota) left blank; set one in a 推荐名额分配表 sheet or in the task pane`,
  QUOTA_INVALID: (p) => `The quota of "${s(p.group)}" must be a whole number, 0 or more: ${s(p.value)}`,
  OVER_QUOTA: (p) =>
    `${p.group ? `"${s(p.group)}" lists` : "Lists"} ${s(p.count)} entries against a quota of ${s(p.quota)}: ${s(p.excess ?? Number(p.count) - Number(p.quota))} too many`,
};

/** Why an entry waits, in a few words, and the 发送前检查 item of each code. */
const MORE: Parameters<typeof ownCodes<Code>>[2] = {
  SHEET_NOT_FOUND: { why: { zh: () => "找不到自评表", en: () => "no self-assessment sheet" } },
  AMBIGUOUS_SHEET: { why: { zh: () => "对应多张自评表", en: () => "several self-assessment sheets" } },
  ITEM_MAX_INVALID: { why: { zh: (n) => `${n} 项分值无法读取`, en: (n) => `${n} item maximum(s) unreadable` }, check: "scores" },
  SUBTOTAL_MISMATCH: { check: "totals" },
  TOTAL_MISMATCH: { check: "totals" },
  SUMMARY_TOTAL_MISMATCH: { check: "totals" },
  QUOTA_MISSING: { check: "quota" },
  QUOTA_INVALID: { check: "quota" },
  OVER_QUOTA: { check: "quota" },
};

export const CHAMBER_CODES = ownCodes(SEVERITY, { zh: zhIssues, en: enIssues }, MORE);

/** Issues of the shared codes and of chamber's own. */
export const makeIssue = issueMaker(CHAMBER_CODES);

const zhReasons = {
  VETO_ZERO: (p) => `否决项 0 分：${s(p.items)}`,
  BASIC_SHORTFALL: (p) => `基础达标项 ${s(p.count)} 项未满分（最多 ${s(p.limit)} 项）`,
  BELOW_THRESHOLD: (p) =>
    p.certain
      ? `总分 ${s(p.total)} 低于 ${s(p.threshold)} 分`
      : `即使缺项按满分计，总分最多 ${s(p.total)}，低于 ${s(p.threshold)} 分`,
} satisfies Record<string, (p: Params) => string>;

const enReasons: typeof zhReasons = {
  VETO_ZERO: (p) => `Veto item scored 0: ${s(p.items)}`,
  BASIC_SHORTFALL: (p) => `${s(p.count)} basic items below full marks (at most ${s(p.limit)})`,
  BELOW_THRESHOLD: (p) =>
    p.certain
      ? `Total ${s(p.total)} is below ${s(p.threshold)}`
      : `Even with full marks for the missing items the total is at most ${s(p.total)}, below ${s(p.threshold)}`,
};

export const CHAMBER_REASONS = ownReasons({ zh: zhReasons, en: enReasons });
