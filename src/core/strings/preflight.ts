/**
 * Strings of 发送前检查 (the pre-send checklist) and of the check stamp (校验记录): the pane,
 * the CLI and the stamp sheet all take their words from here.
 */

function listed(items: string[], sep: string, more: (n: number) => string, max = 8): string {
  return items.length <= max ? items.join(sep) : `${items.slice(0, max).join(sep)}${more(items.length)}`;
}

export const zh = {
  title: "发送前检查",
  verdict: { ready: "可以发送", fix: "需要修改" },
  verdictLine: (ready: boolean, fails: number) => (ready ? "发送前检查：可以发送" : `发送前检查：需要修改（${fails} 项未通过）`),
  state: { pass: "通过", fail: "未通过", warn: "请留意", na: "不适用" },
  item: {
    sheets: "工作表齐全、可以识别",
    name: "名称已填写",
    contact: "联系人和联系电话已填写",
    scores: "评分无错误",
    totals: "所填合计与核验一致",
    status: "否决项和基础项状态明确",
    textLimits: "推荐理由和案例介绍字数符合要求",
    quota: "推荐数量在名额之内",
  },
  finding: {
    NAME_BLANK: (p: { label: string }) => `"${p.label}"后面是空的，请填写名称`,
    CONTACT_MISSING: (p: { label: string; name?: string }) => (p.name ? `"${p.name}"的"${p.label}"没有填写` : `"${p.label}"没有填写`),
    PHONE_INVALID: (p: { label: string; value: string }) => `"${p.label}"不像电话号码："${p.value}"，请填写 7 位以上的数字号码`,
    STATUS_PENDING: (p: { name: string }) => `"${p.name}"的资格无法判定（待核），请先改正它的错误`,
    STATUS_DISQUALIFIED: (p: { name: string; why: string }) => `"${p.name}"不合格：${p.why}`,
    NOTHING_FILLED: () => "工作簿中还没有填写任何商会或案例的评分",
  },
  more: (n: number) => `…另有 ${n} 处`,
  stamp: {
    /** Cell A1 of the stamp sheet: how both readers recognise it, in every language. */
    sheet: "校验记录",
    note: "本表由评审助手在“发送前检查”通过后写入，记录当时各工作表内容的哈希值，供接收方核对发送后内容是否改动。它是一致性核对，不是电子签名：任何人都可以改动数据后重新生成本表。",
    labels: { note: "说明", time: "校验时间", version: "工具版本", scheme: "评审方案", schemeHash: "方案哈希", setting: "设置", sheet: "工作表", hash: "内容哈希", cells: "单元格数" },
    /** Stored settings the stamp covers: their labels in the stamp sheet and names in messages. */
    settings: { quotas: "任务窗格中设置的名额" } as Record<string, string>,
    same: (time: string, version: string) => `与发送前校验一致（校验时间 ${time}，评审助手 ${version}）`,
    changed: (sheets: string[]) => `自上次校验后，以下工作表的内容有改动：${listed(sheets.map((s) => `"${s}"`), "、", (n) => ` 等 ${n} 张`)}`,
    settingsChanged: (names: string[]) => `自上次校验后，以下设置有改动：${names.join("、")}`,
    settingsUnverified: (names: string[]) => `校验记录由较早版本的评审助手写入，没有记录${names.join("、")}，无法核对它们是否改动。请重新做发送前检查并写入校验记录。`,
    earlier: "此校验记录由较早版本的评审助手写入，不含工作簿中保存的设置（如任务窗格中设置的名额）。",
    schemeChanged: (was: string, now: string) => `校验记录所用的评审方案（${was}）与本次（${now}）不同，结果可能不同`,
    damaged: (sheet: string) => `工作表"${sheet}"像是校验记录，但内容不完整或被改动，无法核对`,
    absent: "工作簿中没有校验记录",
    written: (sheet: string) => `已写入校验记录（工作表"${sheet}"）。接收方校验时会核对内容是否改动。`,
    notReady: "发送前检查未通过，不能写入校验记录。请先改正未通过的项目。",
    edited: (sheet: string) => `工作表"${sheet}"是以前的校验记录，但其中有改动，未替换它。请把要保留的内容移到别处并删除这张表后，再写入校验记录。`,
    write: "写入校验记录",
    writeHint: "在工作簿中加一张“校验记录”表，接收方校验时可核对发送后内容是否改动（一致性核对，不是电子签名）",
  },
  close: "关闭",
};

export type PreflightStrings = typeof zh;

export const en: PreflightStrings = {
  title: "Pre-send check",
  verdict: { ready: "Ready to send", fix: "Needs changes" },
  verdictLine: (ready, fails) => (ready ? "Pre-send check: ready to send" : `Pre-send check: needs changes (${fails} item${fails === 1 ? "" : "s"} failed)`),
  state: { pass: "passed", fail: "failed", warn: "note", na: "n/a" },
  item: {
    sheets: "Sheets present and recognised",
    name: "Names filled in",
    contact: "Contact person and phone filled in",
    scores: "No score errors",
    totals: "Stated totals agree",
    status: "Veto and basic items settled",
    textLimits: "Reason and case texts within length limits",
    quota: "Recommendations within quota",
  },
  finding: {
    NAME_BLANK: (p) => `Nothing follows "${p.label}": fill in the name`,
    CONTACT_MISSING: (p) => (p.name ? `"${p.label}" of "${p.name}" is empty` : `"${p.label}" is empty`),
    PHONE_INVALID: (p) => `"${p.label}" does not look like a phone number: "${p.value}" (7 digits or more expected)`,
    STATUS_PENDING: (p) => `"${p.name}" cannot be judged (pending): correct its errors first`,
    STATUS_DISQUALIFIED: (p) => `"${p.name}" is not eligible: ${p.why}`,
    NOTHING_FILLED: () => "Nothing has been filled in yet: no chamber or case has scores",
  },
  more: (n) => `…and ${n} more`,
  stamp: {
    sheet: "校验记录",
    note: "Written by Review Assistant when the pre-send check passed: a hash of each sheet's content at that time, so the receiver can tell whether it changed. A consistency check, not a signature: anyone can change the data and write a new stamp.",
    labels: { note: "Note", time: "Checked at", version: "Tool version", scheme: "Scheme", schemeHash: "Scheme hash", setting: "Setting", sheet: "Sheet", hash: "Content hash", cells: "Cells" },
    settings: { quotas: "quotas set in the pane" },
    same: (time, version) => `Matches the pre-send check (checked ${time}, Review Assistant ${version})`,
    changed: (sheets) => `Changed since the last check: ${listed(sheets.map((s) => `"${s}"`), ", ", (n) => ` and ${n - 8} more`)}`,
    settingsChanged: (names) => `Settings changed since the last check: ${names.join(", ")}`,
    settingsUnverified: (names) =>
      `The stamp was written by an earlier version of Review Assistant and does not record ${names.join(", ")}: whether they changed cannot be told. Run the pre-send check again and write a new stamp.`,
    earlier: "This stamp was written by an earlier version of Review Assistant and does not cover the settings kept in the workbook (such as quotas set in the pane).",
    schemeChanged: (was, now) => `The stamp was made with another scheme (${was}) than this check (${now}); results may differ`,
    damaged: (sheet) => `Sheet "${sheet}" looks like a check stamp but is incomplete or was edited: it cannot be compared`,
    absent: "The workbook holds no check stamp",
    written: (sheet) => `Check stamp written (sheet "${sheet}"). The receiver's check will tell whether the content changed.`,
    notReady: "The pre-send check did not pass, so no stamp was written. Correct the failed items first.",
    edited: (sheet) => `Sheet "${sheet}" is an earlier check stamp with changes in it; it was not replaced. Move what you want to keep elsewhere and delete the sheet, then write the stamp again.`,
    write: "Write check stamp",
    writeHint: "Adds a 校验记录 sheet so the receiver's check can tell whether the content changed after sending (a consistency check, not a signature)",
  },
  close: "Close",
};
