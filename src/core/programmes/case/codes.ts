/**
 * 创新中国's own issue codes and reasons (SPEC §4), with their words in both languages: the
 * expert panel, recusal, text limits, recommendations. The shared codes are in kernel/issues.ts.
 */
import { type Params, issueMaker } from "../../kernel/issues";
import { ownCodes, ownReasons } from "../../contract/ownCodes";

const s = (v: unknown) => (v === undefined || v === null ? "" : String(v));

const SEVERITY = {
  TOO_FEW_EXPERTS: "error",
  UNKNOWN_CASE: "warning",
  SCORE_OUTLIER: "warning",
  REASON_TOO_LONG: "error",
  CASE_TOO_LONG: "warning",
  OVER_RECOMMENDED: "error",
  CONFLICT_OF_INTEREST: "error",
  EXPERT_INCONSISTENT: "warning",
  EXPERT_NO_SPREAD: "warning",
} as const;

type Code = keyof typeof SEVERITY;

const zhIssues: Record<Code, (p: Params) => string> = {
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

const enIssues: Record<Code, (p: Params) => string> = {
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

/** Why an entry waits, in a few words, and the 发送前检查 item of each code. */
const MORE: Parameters<typeof ownCodes<Code>>[2] = {
  TOO_FEW_EXPERTS: {
    why: { zh: (_n, p) => `只有 ${Number(p.count)} 位专家评分（至少 ${Number(p.min)} 位）`, en: (_n, p) => `only ${Number(p.count)} expert(s) scored (at least ${Number(p.min)})` },
    check: "scores",
  },
  SCORE_OUTLIER: { check: "scores" },
  REASON_TOO_LONG: { why: { zh: (_n, p) => `推荐理由超过 ${Number(p.max)} 字`, en: (_n, p) => `recommendation reason over ${Number(p.max)} characters` }, check: "textLimits" },
  CASE_TOO_LONG: { check: "textLimits" },
  OVER_RECOMMENDED: { why: { zh: () => "推荐单位推荐超数", en: () => "recommender put forward too many cases" }, check: "quota" },
  CONFLICT_OF_INTEREST: { check: "scores" },
  EXPERT_INCONSISTENT: { check: "scores" },
  EXPERT_NO_SPREAD: { check: "scores" },
};

export const CASE_CODES = ownCodes(SEVERITY, { zh: zhIssues, en: enIssues }, MORE);

/** Issues of the shared codes and of case's own. */
export const makeIssue = issueMaker(CASE_CODES);

const zhReasons = {
  NOT_SUBSCRIBED: (p) => `订阅 ${s(p.count)} 份，不足 ${s(p.min)} 份`,
} satisfies Record<string, (p: Params) => string>;

const enReasons: typeof zhReasons = {
  NOT_SUBSCRIBED: (p) => `${s(p.count)} subscriptions, fewer than ${s(p.min)}`,
};

export const CASE_REASONS = ownReasons({ zh: zhReasons, en: enReasons });
