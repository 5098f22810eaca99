/** The verdict in words for a table row (why 待核, why 不合格) and where a quota came from. */
export const zh = {
  /** Why an entry is 待核, in a few words (results view, CLI table). */
  why: {
    scoreErrors: (n: number, chamber: boolean) => `${n} 处${chamber ? "自评分" : "专家评分"}错误`,
    sheetNotFound: "找不到自评表",
    ambiguousSheet: "对应多张自评表",
    duplicate: "名称重复",
    nameMissing: "缺少名称",
    unknownCategory: (n: number, chamber: boolean) => (chamber ? `${n} 项类别无法识别` : "类别无法识别"),
    itemMaxInvalid: (n: number) => `${n} 项分值无法读取`,
    tooFewExperts: (count: number, min: number) => `只有 ${count} 位专家评分（至少 ${min} 位）`,
    reasonTooLong: (max: number) => `推荐理由超过 ${max} 字`,
    overRecommended: "推荐单位推荐超数",
    otherErrors: (n: number) => `${n} 处错误`,
  },
  /** Where a group's quota came from (SPEC §3.3). */
  quotaSource: { cli: "命令行 --quota", pane: "本窗格设置", sheet: "推荐名额分配表", scheme: "方案" },
};

export const en: typeof zh = {
  why: {
    scoreErrors: (n: number, chamber: boolean) => `${n} ${chamber ? "self-assessment" : "expert"} score error${n > 1 ? "s" : ""}`,
    sheetNotFound: "no self-assessment sheet",
    ambiguousSheet: "several self-assessment sheets",
    duplicate: "listed twice",
    nameMissing: "no name",
    unknownCategory: (n: number, chamber: boolean) => (chamber ? `${n} item(s) with an unknown category` : "unknown category"),
    itemMaxInvalid: (n: number) => `${n} item maximum(s) unreadable`,
    tooFewExperts: (count: number, min: number) => `only ${count} expert(s) scored (at least ${min})`,
    reasonTooLong: (max: number) => `recommendation reason over ${max} characters`,
    overRecommended: "recommender put forward too many cases",
    otherErrors: (n: number) => `${n} error${n > 1 ? "s" : ""}`,
  },
  quotaSource: { cli: "command line --quota", pane: "set in this pane", sheet: "推荐名额分配表 (quota sheet)", scheme: "the scheme" },
};
