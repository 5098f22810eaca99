/** `normalize: "zscore"` (SPEC §4.3) on panels worked by hand; k = √1.5 = 1.2247 below. */
import { buildWritePlan, issueMessage, review, toJsonReport, type CaseEntry, type CaseScheme } from "../../src/core";
import { CX, caseList, codes, panelGrids, schemeWith } from "./helpers";

const NOW = new Date(2021, 10, 20, 10, 0);

/** One category of 6 cases: 3 go to 初选 and 2 to 终审; two experts per case are enough here. */
const small: Partial<Record<"none" | "zscore", CaseScheme>> = {};
beforeAll(async () => {
  for (const normalize of ["none", "zscore"] as const) {
    small[normalize] = await schemeWith({
      normalize,
      minExperts: 2,
      categories: [{ name: "商会", match: ["商会"], shortlist: 3, final: 2 }],
      recommenderLimit: { default: 1, raised: null },
    });
  }
});

/*
 * Each expert scored a different half: E1 and E2 cases 1–3 (lenient), E3 and E4 cases 4–6
 * (harsh).
 *   E1: 90 80 70 (mean 80)  → z +k, 0, −k      E3: 64 60 56 (mean 60) → z +k, 0, −k
 *   E2: 85 80 75 (mean 80)  → z +k, 0, −k      E4: 62 58 60 (mean 60) → z +k, −k, 0
 * (a spread of ±d around the mean with one 0 has SD d·√(2/3), so z = ±√1.5 = ±k.)
 * Raw case scores: 87.5, 80, 72.5 | 63, 59, 58. Case z: k, 0, −k | k, −k/2, −k/2.
 * Mapped onto [58, 87.5] (z −k → 58, z +k → 87.5): 87.5, 72.75, 58 | 87.5, 65.375, 65.375
 * → 65.38. So case 4, the harsh experts' best, ties case 1 for first place, while by raw
 * score it is 4th.
 */
const T = [
  [90, 80, 70, null, null, null],
  [85, 80, 75, null, null, null],
  [null, null, null, 64, 60, 56],
  [null, null, null, 62, 58, 60],
];
const halves = (normalize: "none" | "zscore") =>
  review([caseList(Array.from({ length: 6 }, () => ({}))), ...panelGrids(["E1", "E2", "E3", "E4"], T)], { scheme: small[normalize]! });

describe("a panel where each expert scored a different half", () => {
  test("normalised scores on the raw range", () => {
    const r = halves("zscore");
    expect(r.entries.map((e) => (e.kind === "case" ? (e as CaseEntry).score : null))).toEqual([87.5, 80, 72.5, 63, 59, 58]);
    expect(r.entries.map((e) => (e.kind === "case" ? (e as CaseEntry).normalizedScore : null))).toEqual([87.5, 72.75, 58, 87.5, 65.38, 65.38]);
  });

  test("ranking, 初选 and 终审 use the normalised score", () => {
    const r = halves("zscore");
    expect(r.entries.map((e) => e.rank)).toEqual([1, 3, 6, 1, 4, 4]);
    expect(r.entries.map((e) => (e.kind === "case" ? (e as CaseEntry).final : null))).toEqual(["yes", "no", "no", "yes", "no", "no"]);
    expect(r.entries.map((e) => (e.kind === "case" ? (e as CaseEntry).shortlisted : null))).toEqual(["yes", "yes", "no", "yes", "no", "no"]);
  });

  test("without normalisation the raw score ranks, and there is no normalised score", () => {
    const r = halves("none");
    expect(r.entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.entries.map((e) => (e.kind === "case" ? (e as CaseEntry).final : null))).toEqual(["yes", "yes", "no", "no", "no", "no"]);
    expect(r.entries.every((e) => e.kind === "case" && (e as CaseEntry).normalizedScore === null)).toBe(true);
  });

  test("column 标准化分 after 平均分, only when normalising; JSON normalizedScore", () => {
    // The case list has 6 columns (A–F): results from G: 专家数, 平均分, 标准化分, 类别内排名, …
    const plan = buildWritePlan(halves("zscore"), { now: NOW });
    expect(plan.blocks[0]).toEqual({ sheet: "推介汇总表", row: 0, col: 6, values: [["专家数", "平均分", "标准化分", "类别内排名", "入围初选", "入选终审", "资格审查", "校验说明"]] });
    const row4 = plan.blocks.find((b) => b.row === 1)!.values[3];
    expect(row4).toEqual([2, 63, 87.5, 1, "是", "是", "合格", null]);
    const off = buildWritePlan(halves("none"), { now: NOW });
    expect(off.blocks[0].values[0]).not.toContain("标准化分");
    expect(toJsonReport(halves("zscore")).entries[3]).toMatchObject({ score: 63, normalizedScore: 87.5, rank: 1 });
  });
});

describe("trimming comes first, then normalising", () => {
  /*
   * Five experts on three cases, so one highest and one lowest total of each case are dropped:
   *        c1  c2  c3
   *   E1:  90  80  50   (c3: lowest → dropped)
   *   E2:  85  80  75
   *   E3:  60  70  65   (c1, c2: lowest → dropped)
   *   E4:  95  90  85   (highest everywhere → dropped)
   *   E5:  80  75  70
   * Raw: c1 (90+85+80)/3 = 85, c2 (80+80+75)/3 = 78.33, c3 (75+65+70)/3 = 70.
   * Each expert is standardised over the totals kept: E1 90, 80 → z +1, −1; E2 and E5
   * +k, 0, −k; E3 only 65 (c3) → z 0, with EXPERT_NO_SPREAD; E4 nothing kept.
   * Case z: c1 (1+k+k)/3 = 1.14983, c2 (−1+0+0)/3 = −0.33333, c3 (−k+0−k)/3 = −0.81650.
   * Mapped onto [70, 85]: c1 85, c3 70, c2 70 + (−0.33333+0.81650)/(1.14983+0.81650) × 15
   * = 70 + 0.24572 × 15 = 73.69.
   * (Standardised over all their totals first, E1's mean would be 73.33 and E3's 65: other z.)
   */
  test("the kept totals alone are standardised", async () => {
    const T5 = [
      [90, 80, 50],
      [85, 80, 75],
      [60, 70, 65],
      [95, 90, 85],
      [80, 75, 70],
    ];
    const r = review([caseList([{}, {}, {}]), ...panelGrids(["E1", "E2", "E3", "E4", "E5"], T5)], { scheme: await schemeWith({ normalize: "zscore" }) });
    expect(r.entries.map((e) => (e.kind === "case" ? [(e as CaseEntry).score, (e as CaseEntry).normalizedScore] : null))).toEqual([
      [85, 85],
      [78.33, 73.69],
      [70, 70],
    ]);
    expect(codes(r, "EXPERT_NO_SPREAD").map((i) => [i.params.expert, i.params.count, i.params.value])).toEqual([["E3", 1, "65"]]);
  });
});

describe("an expert with zero spread", () => {
  /*
   * A 80, 70, 60 and B 90, 80, 70 (z +k, 0, −k each); C gives every case 75: SD 0, so C's
   * z-scores are 0 and a warning says why. Case z: 2k/3, 0, −2k/3; raw 81.67, 75, 68.33 →
   * mapped 81.67, 75, 68.33.
   */
  const grids = [caseList([{}, {}, {}]), ...panelGrids(["A", "B", "C"], [[80, 70, 60], [90, 80, 70], [75, 75, 75]])];

  test("z = 0, no division by zero, and EXPERT_NO_SPREAD on the expert's name cell", async () => {
    const r = review(grids, { scheme: await schemeWith({ normalize: "zscore" }) });
    expect(r.entries.map((e) => (e.kind === "case" ? (e as CaseEntry).normalizedScore : null))).toEqual([81.67, 75, 68.33]);
    const w = codes(r, "EXPERT_NO_SPREAD");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: "warning", sheet: "C", cell: "A1", params: { expert: "C", count: 3, value: "75", zscore: 1 } });
    expect(issueMessage(w[0])).toBe('专家"C"给 3 个案例的总分都是 75，没有差异，无法标准化：其标准分按 0 计（即平均水平）');
    expect(r.experts!.find((s) => s.expert === "C")).toMatchObject({ sd: 0, correlation: null, flat: true });
  });

  test("without normalisation, 3 equal totals are no reason to warn; 5 are (no correlation possible)", () => {
    expect(codes(review(grids, { scheme: CX }), "EXPERT_NO_SPREAD")).toEqual([]);
    const five = [caseList([{}, {}, {}, {}, {}]), ...panelGrids(["A", "B", "C"], [[80, 70, 60, 50, 40], [90, 80, 70, 60, 50], [75, 75, 75, 75, 75]])];
    const w = codes(review(five, { scheme: CX }), "EXPERT_NO_SPREAD");
    expect(w.map((i) => [i.sheet, i.params.zscore])).toEqual([["C", 0]]);
    expect(issueMessage(w[0])).toBe('专家"C"给 5 个案例的总分都是 75，没有差异，无法计算与其他专家的相关系数');
  });

  test("an expert with a single counted total cannot be standardised either", async () => {
    const r = review(
      [caseList([{}, {}, {}]), ...panelGrids(["A", "B", "C", "D"], [[80, 70, 60], [90, 80, 70], [85, 75, 65], [88, null, null]])],
      { scheme: await schemeWith({ normalize: "zscore" }) },
    );
    const w = codes(r, "EXPERT_NO_SPREAD");
    expect(w.map((i) => i.params.expert)).toEqual(["D"]);
    expect(issueMessage(w[0])).toBe('专家"D"只有 1 个案例的评分（88 分）计入，无法标准化：其标准分按 0 计（即平均水平）');
  });
});
