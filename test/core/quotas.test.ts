/** Quota precedence (SPEC §3.3), the quota and tie messages, and the verdict in words. */
import {
  ChamberEntry,
  Grid,
  Review,
  entryWhy,
  gridFromValues,
  issueMessage,
  loadScheme,
  parseQuotaSetting,
  review,
  withEveryQuota,
  withGroupQuota,
  groupKey,
  type QuotaSetting,
  type Scheme,
} from "../../src/core";
import { quotaGrid, scores, scoresTotalling, summaryGrid } from "../helpers/grids";
import { layoutSheet } from "../helpers/layouts";

/** Two provinces: 四川省 with totals 490, 480, 470, 470; 贵州省 with 480, 470. */
function twoProvinces(quotaSheet: Record<string, number> | null): Grid[] {
  const rows = [
    { name: "川一", group: "四川省", total: 490 },
    { name: "川二", group: "四川省", total: 480 },
    { name: "川三", group: "四川省", total: 470 },
    { name: "川四", group: "四川省", total: 470 },
    { name: "黔一", group: "贵州省", total: 480 },
    { name: "黔二", group: "贵州省", total: 470 },
  ];
  const grids: Grid[] = [summaryGrid(rows.map((r) => ({ name: r.name, group: r.group })))];
  rows.forEach((r, i) => grids.push(layoutSheet(`表${i + 1}`, r.name, scoresTotalling(r.total))));
  if (quotaSheet) grids.push(quotaGrid(quotaSheet));
  return grids;
}

const verdicts = (r: Review) => r.entries.map((e) => (e as ChamberEntry).withinQuota);
const sources = (r: Review) => r.groups.map((g) => [g.name, g.quota, g.quotaSource]);

describe("quota precedence: --quota > pane > quota sheet > scheme", () => {
  let scheme: Scheme;
  beforeAll(async () => {
    const withSchemeQuota = await loadScheme({ extends: "sihao-2020", quotas: { default: 5, groups: { 四川省: 3 } } });
    if (!withSchemeQuota.ok) throw new Error("scheme");
    scheme = withSchemeQuota.scheme;
  });

  test("the scheme alone: its group quota, then its default", () => {
    const r = review(twoProvinces(null), { scheme });
    expect(sources(r)).toEqual([
      ["四川省", 3, "scheme"],
      ["贵州省", 5, "scheme"],
    ]);
    expect(verdicts(r)).toEqual(["yes", "yes", "tie", "tie", "yes", "yes"]);
  });

  test("the quota sheet beats the scheme", () => {
    const r = review(twoProvinces({ 四川省: 1, 贵州省: 1 }), { scheme });
    expect(sources(r)).toEqual([
      ["四川省", 1, "sheet"],
      ["贵州省", 1, "sheet"],
    ]);
    expect(verdicts(r)).toEqual(["yes", "no", "no", "no", "yes", "no"]);
  });

  test("the pane's setting beats the sheet: a group's own quota, else every group's", () => {
    const pane: QuotaSetting = { every: 2, groups: { 四川: 4 } };
    const r = review(twoProvinces({ 四川省: 1, 贵州省: 1 }), { scheme, quotaSetting: pane });
    expect(sources(r)).toEqual([
      ["四川省", 4, "pane"],
      ["贵州省", 2, "pane"],
    ]);
    expect(verdicts(r)).toEqual(["yes", "yes", "yes", "yes", "yes", "yes"]);
  });

  test("a pane setting for one group leaves the others to the sheet", () => {
    const r = review(twoProvinces({ 四川省: 1, 贵州省: 1 }), { quotaSetting: { every: null, groups: { 贵州省: 2 } } });
    expect(sources(r)).toEqual([
      ["四川省", 1, "sheet"],
      ["贵州省", 2, "pane"],
    ]);
  });

  test("--quota beats everything", () => {
    const r = review(twoProvinces({ 四川省: 1 }), { scheme, quota: 2, quotaSetting: { every: 4, groups: { 四川省: 4 } } });
    expect(sources(r)).toEqual([
      ["四川省", 2, "cli"],
      ["贵州省", 2, "cli"],
    ]);
    expect(verdicts(r)).toEqual(["yes", "yes", "no", "no", "yes", "yes"]);
  });

  test("no quota anywhere: no source, QUOTA_MISSING says where to set one", () => {
    const r = review(twoProvinces(null));
    expect(sources(r)).toEqual([
      ["四川省", null, null],
      ["贵州省", null, null],
    ]);
    const missing = r.issues.find((i) => i.code === "QUOTA_MISSING")!;
    expect(issueMessage(missing, "zh")).toBe('"四川省"没有推荐名额，"名额内"留空；可在推荐名额分配表或任务窗格中设置名额');
  });
});

describe("the stored pane setting", () => {
  test("is read from Office's object or a file's JSON text; anything else is refused, never guessed", () => {
    expect(parseQuotaSetting({ every: 3 })).toEqual({ every: 3, groups: {} });
    expect(parseQuotaSetting('{"groups":{"四川省":4}}')).toEqual({ every: null, groups: { 四川省: 4 } });
    expect(parseQuotaSetting(null)).toBeNull();
    expect(parseQuotaSetting("")).toBeNull();
    expect(parseQuotaSetting({ every: null, groups: {} })).toBeNull();
    expect(parseQuotaSetting({ every: -1 })).toBe("invalid");
    expect(parseQuotaSetting({ every: 2.5 })).toBe("invalid");
    expect(parseQuotaSetting({ groups: { 四川省: "四" } })).toBe("invalid");
    expect(parseQuotaSetting({ every: 2, colour: "red" })).toBe("invalid");
    expect(parseQuotaSetting("{not json")).toBe("invalid");
    expect(parseQuotaSetting(7)).toBe("invalid");
  });

  // The hand-written check accepts exactly what the earlier zod schema did (strict keys; whole quotas ≥ 0; names trimmed).
  test.each([
    ["a negative quota", { every: -1 }],
    ["a fraction", { every: 1.5 }],
    ["a number as text", { every: "3" }],
    ["NaN", { every: NaN }],
    ["Infinity", { every: Infinity }],
    ["beyond exact integers", { every: 2 ** 53 }],
    ["an extra key", { every: 3, extra: 1 }],
    ["a blank group name", { groups: { "  ": 2 } }],
    ["an empty group name", '{"groups":{"":2}}'],
    ["a group quota of -1", { groups: { 四川省: -1 } }],
    ["a fractional group quota", { groups: { 四川省: 1.5 } }],
    ["a group quota as text", '{"groups":{"四川省":"3"}}'],
    ["a null group quota", { groups: { 四川省: null } }],
    ["groups as a list", { groups: [3] }],
    ["groups as null", { groups: null }],
    ["a list", "[1,2]"],
    ["text", "四川省 3"],
  ])("refuses %s", (_what, raw) => {
    expect(parseQuotaSetting(raw)).toBe("invalid");
  });

  test("accepts 0, null and absent, and trims group names", () => {
    expect(parseQuotaSetting({ every: 0 })).toEqual({ every: 0, groups: {} });
    expect(parseQuotaSetting({ every: null, groups: { " 四川省\u3000": 0 } })).toEqual({ every: null, groups: { 四川省: 0 } });
    expect(parseQuotaSetting('{"every":9007199254740991}')).toEqual({ every: 9007199254740991, groups: {} });
    expect(parseQuotaSetting({ groups: {} })).toBeNull();
    expect(parseQuotaSetting("   ")).toBeNull();
  });

  test("changing one group replaces its earlier entry under any spelling; every-N clears the groups", () => {
    const a = withGroupQuota(null, "四川", 4, groupKey);
    expect(a).toEqual({ every: null, groups: { 四川: 4 } });
    const b = withGroupQuota({ every: 2, groups: { 四川: 4, 贵州省: 1 } }, "四川省", 6, groupKey);
    expect(b).toEqual({ every: 2, groups: { 贵州省: 1, 四川省: 6 } });
    expect(withGroupQuota(b, "四川省", null, groupKey)).toEqual({ every: 2, groups: { 贵州省: 1 } });
    expect(withEveryQuota(5)).toEqual({ every: 5, groups: {} });
  });
});

describe("quota and tie messages (issue 16)", () => {
  test("over quota names the count, the quota and the excess", () => {
    const r = review([...twoProvinces({ 四川省: 1, 贵州省: 2 })]);
    const over = r.issues.find((i) => i.code === "OVER_QUOTA")!;
    expect(issueMessage(over, "zh")).toBe('"四川省"推荐 4 家，名额 1 个，超出 3 家');
    expect(issueMessage(over, "en")).toBe('"四川省" lists 4 entries against a quota of 1: 3 too many');
  });

  test("a chamber tie names one other entry", () => {
    const r = review(twoProvinces({ 四川省: 3, 贵州省: 2 }));
    const ties = r.issues.filter((i) => i.code === "QUOTA_TIE");
    expect(ties.map((i) => issueMessage(i, "zh"))).toEqual([
      '与"川四"并列第 3 名，跨越名额线（3 个）',
      '与"川三"并列第 3 名，跨越名额线（3 个）',
    ]);
    expect(issueMessage(ties[0], "en")).toBe('Tied at rank 3 with "川四", across the quota line (3)');
  });

  test("a tie of three names one and counts the others", () => {
    const msg = (lang: "zh" | "en", line?: string) =>
      issueMessage({ code: "QUOTA_TIE", params: { rank: 32, others: 2, other: "甲案例", quota: 32, ...(line ? { line } : {}) } }, lang);
    expect(msg("zh", "shortlist")).toBe('与"甲案例"等 2 个案例并列第 32 名，跨越初选线（32 个）');
    expect(msg("zh", "final")).toBe('与"甲案例"等 2 个案例并列第 32 名，跨越终审线（32 个）');
    expect(msg("zh")).toBe('与"甲案例"等 2 家并列第 32 名，跨越名额线（32 个）');
    expect(msg("en", "final")).toBe('Tied at rank 32 with "甲案例" and 1 other, across the final line (32)');
  });
});

describe("the verdict in words", () => {
  test("不合格 gives its reasons, 待核 what keeps it waiting, 合格 a tie at the line", () => {
    const grids: Grid[] = [
      summaryGrid([{ name: "甲" }, { name: "乙" }, { name: "丙" }, { name: "丁" }, { name: "戊" }]),
      layoutSheet("表甲", "甲", scores({ 1: 0 })),
      layoutSheet("表乙", "乙", scores({ 3: null, 4: "abc" })),
      layoutSheet("表丁", "丁", scoresTotalling(480)),
      layoutSheet("表戊", "戊", scoresTotalling(480)),
      quotaGrid({ 四川省: 1 }),
    ];
    const r = review(grids);
    const why = r.entries.map((e) => entryWhy(e, "zh"));
    expect(why[0]).toMatch(/^否决项 0 分：/);
    expect(why[1]).toBe("2 处自评分错误");
    expect(why[2]).toBe("找不到自评表");
    expect(why[3]).toBe('与"戊"并列第 1 名，跨越名额线（1 个）');
    expect(entryWhy(r.entries[1], "en")).toBe("2 self-assessment score errors");
    expect(entryWhy(r.entries[2], "en")).toBe("no self-assessment sheet");
  });
});

describe("what the pane needs from a review", () => {
  test("sheet titles name the chamber of each 自评表", () => {
    const r = review([summaryGrid([{ name: "四川省甲商会" }]), layoutSheet("甲", "四川省甲商会")]);
    expect(r.sheetTitles).toEqual({ 甲: "四川省甲商会" });
  });

  test("blank: nothing listed and no score entered; one score or one listed entry is not blank", () => {
    const empty = scores(Object.fromEntries([...scores().keys()].map((k) => [k, null])));
    expect(review([summaryGrid([]), layoutSheet("表", "甲", empty)]).blank).toBe(true);
    expect(review([layoutSheet("表", "甲", empty)]).blank).toBe(true);
    expect(review([layoutSheet("表", "甲", scores({ ...Object.fromEntries([...scores().keys()].map((k) => [k, null])), 1: 5 }))]).blank).toBe(false);
    expect(review([summaryGrid([{ name: "甲" }])]).blank).toBe(false);
    const cases = gridFromValues("推介汇总表", [["序号", "案例名称", "完成单位", "推介类别"]]);
    const expert = gridFromValues("专家一", [["序号", "案例名称", "创新特性", "典型意义", "实践成果"]]);
    expect(review([cases, expert]).blank).toBe(true);
  });
});
