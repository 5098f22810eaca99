import { ChamberEntry, Grid, Review, review } from "../../src/core";
import { quotaVerdict, rankScores } from "../../src/core/testing";
import { builtinScheme, loadScheme } from "../../src/core";
import { quotaGrid, scores, scoresTotalling, summaryGrid } from "../helpers/grids";
import { layoutSheet } from "../helpers/layouts";

describe("rankScores", () => {
  test("competition ranking (RANK.EQ): 1,2,2,4", () => {
    expect(rankScores([480, 470, 470, 460], "competition").map((p) => p.rank)).toEqual([1, 2, 2, 4]);
  });
  test("dense ranking (中国式排名): 1,2,2,3", () => {
    expect(rankScores([480, 470, 470, 460], "dense").map((p) => p.rank)).toEqual([1, 2, 2, 3]);
  });
  test("order of input does not matter; float noise does not split a tie", () => {
    const p = rankScores([0.1 + 0.2, 500, 0.3], "competition");
    expect(p.map((x) => x.rank)).toEqual([2, 1, 2]);
    expect(p[0].tieSize).toBe(2);
  });
});

describe("quotaVerdict", () => {
  const placed = rankScores([500, 490, 490, 490, 480], "competition");
  test.each([
    [1, ["yes", "no", "no", "no", "no"]],
    [2, ["yes", "tie", "tie", "tie", "no"]],
    [3, ["yes", "tie", "tie", "tie", "no"]],
    [4, ["yes", "yes", "yes", "yes", "no"]],
    [5, ["yes", "yes", "yes", "yes", "yes"]],
    [0, ["no", "no", "no", "no", "no"]],
  ])("quota %i", (q, expected) => {
    expect(placed.map((p) => quotaVerdict(p, q))).toEqual(expected);
  });
});

/** A province with chambers scoring `totals` (null: a missing score, so 待核). */
function province(totals: (number | "veto" | null)[], quotas: Record<string, number | string> | null, opts: { quota?: number } = {}) {
  const names = totals.map((_, i) => `第${i + 1}商会`);
  const grids: Grid[] = [summaryGrid(names.map((name) => ({ name })))];
  totals.forEach((t, i) => {
    const s = t === null ? scores({ 2: null }) : t === "veto" ? scores({ 1: 0 }) : scoresTotalling(t);
    grids.push(layoutSheet(`表${i + 1}`, names[i], s));
  });
  if (quotas) grids.push(quotaGrid(quotas));
  return review(grids, opts);
}

const verdicts = (r: Review) => r.entries.map((e) => (e as ChamberEntry).withinQuota);
const ranks = (r: Review) => r.entries.map((e) => e.rank);

describe("ranking and quotas (SPEC §3.5)", () => {
  test("ranks only qualified entries; disqualified are 否, pending blank", () => {
    const r = province([480, "veto", 470, null, 490], { 四川省: 2 });
    expect(ranks(r)).toEqual([2, null, 3, null, 1]);
    expect(verdicts(r)).toEqual(["yes", "no", "no", null, "yes"]);
  });

  test("a tie straddling the quota line: 并列待定 with a QUOTA_TIE warning on each tied name", () => {
    const r = province([490, 480, 480, 470], { 四川省: 2 });
    expect(verdicts(r)).toEqual(["yes", "tie", "tie", "no"]);
    const ties = r.issues.filter((i) => i.code === "QUOTA_TIE");
    expect(ties.map((i) => i.cell)).toEqual(["C5", "C6"]);
    expect(ties[0].params).toMatchObject({ rank: 2, others: 1, quota: 2 });
    expect(r.groups[0]).toMatchObject({ name: "四川省", listed: 4, qualified: 4, quota: 2, yes: 1, tie: 2 });
  });

  test("a tie that fits inside the quota is 是 for all", () => {
    expect(verdicts(province([490, 480, 480, 470], { 四川省: 3 }))).toEqual(["yes", "yes", "yes", "no"]);
  });

  test("dense ranking changes the displayed rank, never who fits the quota", async () => {
    const dense = await loadScheme({ extends: "sihao-2020", rankMethod: "dense" });
    if (!dense.ok) throw new Error("scheme");
    const grids: Grid[] = [summaryGrid([{ name: "甲" }, { name: "乙" }, { name: "丙" }, { name: "丁" }])];
    [490, 490, 480, 470].forEach((t, i) => grids.push(layoutSheet(`表${i}`, "甲乙丙丁"[i], scoresTotalling(t))));
    grids.push(quotaGrid({ 四川省: 3 }));
    const r = review(grids, { scheme: dense.scheme });
    expect(ranks(r)).toEqual([1, 1, 2, 3]);
    expect(verdicts(r)).toEqual(["yes", "yes", "yes", "no"]);
  });

  test("OVER_QUOTA when a province lists more chambers than its quota", () => {
    const r = province([490, 480, 470], { 四川省: 2 });
    const o = r.issues.find((i) => i.code === "OVER_QUOTA")!;
    expect(o).toMatchObject({ severity: "warning", cell: "B4" });
    expect(o.params).toMatchObject({ group: "四川省", count: 3, quota: 2 });
    expect(province([490, 480], { 四川省: 2 }).issues.map((i) => i.code)).not.toContain("OVER_QUOTA");
  });

  test("QUOTA_MISSING once per group without a quota; 名额内 left blank", () => {
    const r = province([490, "veto"], { 贵州省: 2 });
    expect(verdicts(r)).toEqual([null, null]);
    expect(r.issues.filter((i) => i.code === "QUOTA_MISSING").map((i) => i.params.group)).toEqual(["四川省"]);
  });

  test("--quota N gives every group N and overrides the quota sheet", () => {
    const r = province([490, 480, 470], { 四川省: 1 }, { quota: 2 });
    expect(verdicts(r)).toEqual(["yes", "yes", "no"]);
  });

  test("a quota that is not a non-negative integer is reported and ignored", () => {
    const r = province([490], { 四川省: "两个" });
    expect(r.issues.find((i) => i.code === "QUOTA_INVALID")).toMatchObject({ sheet: "推荐名额分配表", cell: "B2" });
    expect(r.issues.map((i) => i.code)).toContain("QUOTA_MISSING");
    expect(province([490], { 四川省: 1.5 }).issues.map((i) => i.code)).toContain("QUOTA_INVALID");
  });

  test("四川 in the quota sheet is 四川省 in the summary", () => {
    expect(verdicts(province([490, 480], { 四川: 1 }))).toEqual(["yes", "no"]);
  });

  test("groups are ranked separately", () => {
    const grids: Grid[] = [
      summaryGrid([
        { name: "甲", group: "四川省" },
        { name: "乙", group: "贵州省" },
        { name: "丙", group: "四川省" },
      ]),
    ];
    [480, 470, 490].forEach((t, i) => grids.push(layoutSheet(`表${i}`, "甲乙丙"[i], scoresTotalling(t))));
    grids.push(quotaGrid({ 四川省: 1, 贵州省: 1 }));
    const r = review(grids);
    expect(ranks(r)).toEqual([2, 1, 1]);
    expect(verdicts(r)).toEqual(["no", "yes", "yes"]);
    expect(r.groups.map((g) => [g.name, g.listed, g.yes])).toEqual([
      ["四川省", 2, 1],
      ["贵州省", 1, 1],
    ]);
  });

  test("a scheme's own quotas apply when the workbook has none", async () => {
    const s = await loadScheme({ extends: "sihao-2020", quotas: { default: null, groups: { 四川省: 1 } } });
    if (!s.ok) throw new Error("scheme");
    const grids: Grid[] = [summaryGrid([{ name: "甲" }, { name: "乙" }])];
    [490, 480].forEach((t, i) => grids.push(layoutSheet(`表${i}`, "甲乙"[i], scoresTotalling(t))));
    expect(verdicts(review(grids, { scheme: s.scheme }))).toEqual(["yes", "no"]);
    expect(builtinScheme("sihao-2020")!.id).toBe("sihao-2020");
  });
});
