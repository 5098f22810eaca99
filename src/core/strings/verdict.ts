/** The verdict in words for a table row (why 待核, why 不合格) and where a quota came from. */
export const zh = {
  /** Why an entry is 待核, in a few words (results view, CLI table); a programme words its own codes (OwnCode.why). */
  why: {
    duplicate: "名称重复",
    nameMissing: "缺少名称",
    otherErrors: (n: number) => `${n} 处错误`,
  },
  /** Where a group's quota came from (SPEC §3.3). */
  quotaSource: { cli: "命令行 --quota", pane: "本窗格设置", sheet: "推荐名额分配表", scheme: "方案" },
};

export const en: typeof zh = {
  why: {
    duplicate: "listed twice",
    nameMissing: "no name",
    otherErrors: (n: number) => `${n} error${n > 1 ? "s" : ""}`,
  },
  quotaSource: { cli: "command line --quota", pane: "set in this pane", sheet: "推荐名额分配表 (quota sheet)", scheme: "the scheme" },
};
