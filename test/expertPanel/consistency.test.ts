/** Panel statistics and EXPERT_INCONSISTENT (SPEC §4.3), on panels worked by hand. */
import { buildWritePlan, review, toJsonReport } from "../../src/core";
import { PANEL_WORDS } from "../../src/core/programmes/case/panelWords";
import { CX, caseList, codes, panelGrids, schemeWith } from "./helpers";

const NOW = new Date(2021, 10, 20, 10, 0);

/*
 * A, B and C give cases 1..n the totals 90, 80, 70, 60, 50 (the first n of them); X gives
 * them in reverse, 50 … 90 (n = 5) or 50, 60, 70, 80 (n = 4).
 * X against the others' mean (90, 80, …): a falling line, r = −1.
 * A against the mean of B, C and X: n = 5: (90+90+50)/3 = 76.67, 73.33, 70, 66.67, 63.33 —
 * falling with A's own totals, r = +1.
 * X's totals 50, 60, 70, 80, 90: mean 70, SD √((400+100+0+100+400)/5) = √200 = 14.14.
 * SCORE_OUTLIER (30 % from the others' mean): X's 50 vs 90 (40 > 27), 80 vs 60 (20 > 18),
 * 90 vs 50 (40 > 15); not 60 vs 80 (20 < 24) nor 70 vs 70 → 3 outliers for X, none for A.
 */
function panel(n: 4 | 5, scheme = CX) {
  const abc = [90, 80, 70, 60, 50].slice(0, n);
  const x = [50, 60, 70, 80, 90].slice(0, n);
  return review([caseList(abc.map(() => ({}))), ...panelGrids(["A", "B", "C", "X"], [abc, abc, abc, x])], { scheme });
}

describe("per-expert statistics", () => {
  test("cases, mean, SD, shared cases, correlation, outliers", () => {
    const r = panel(5);
    const x = r.experts!.find((s) => s.expert === "X")!;
    expect(x).toMatchObject({ sheet: "X", at: { row: 0, col: 0 }, cases: 5, mean: 70, sd: 14.14, shared: 5, correlation: -1, outliers: 3 });
    const a = r.experts!.find((s) => s.expert === "A")!;
    expect(a).toMatchObject({ cases: 5, mean: 70, sd: 14.14, shared: 5, correlation: 1, outliers: 0, inconsistent: false });
    expect(r.experts!.map((s) => s.expert)).toEqual(["A", "B", "C", "X"]);
  });
});

describe("EXPERT_INCONSISTENT: r below 0.3 on at least 5 shared cases", () => {
  test("5 shared cases, r = −1: a warning on the expert's name cell", () => {
    const r = panel(5);
    const w = codes(r, "EXPERT_INCONSISTENT");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: "warning", sheet: "X", cell: "A1", params: { expert: "X", r: "-1", min: 0.3, cases: 5 } });
    expect(r.experts!.find((s) => s.expert === "X")!.inconsistent).toBe(true);
  });

  test("4 shared cases: r is shown (−1) but too few cases to warn", () => {
    const r = panel(4);
    expect(codes(r, "EXPERT_INCONSISTENT")).toEqual([]);
    expect(r.experts!.find((s) => s.expert === "X")).toMatchObject({ shared: 4, correlation: -1, inconsistent: false });
  });

  test("the threshold and the case count are scheme options", async () => {
    expect(codes(panel(4, await schemeWith({ consistency: { minSharedCases: 4 } })), "EXPERT_INCONSISTENT")).toHaveLength(1);
    expect(codes(panel(5, await schemeWith({ consistency: { minCorrelation: null } })), "EXPERT_INCONSISTENT")).toEqual([]);
    // A's r is +1: only a threshold above 1 could flag it, and −1..1 is all a scheme may say.
    expect((await schemeWith({ consistency: { minCorrelation: -1 } })).consistency).toEqual({ minCorrelation: -1, minSharedCases: 5 });
  });

  test("r = 0.8 is not flagged at 0.3, flagged at 0.85", async () => {
    /*
     * A and B give cases 1..5: 55, 65, 75, 85, 95. Y gives 65, 55, 85, 75, 95; against the
     * mean of A and B (55, 65, 75, 85, 95): Y mean 75, dx −10, −20, 10, 0, 20; dy −20, −10,
     * 0, 10, 20; Σdxdy 200+200+0+0+400 = 800; Σdx² 1000; Σdy² 1000 → r = 800/1000 = 0.8.
     */
    const t = [55, 65, 75, 85, 95];
    const y = [65, 55, 85, 75, 95];
    const grids = [caseList(t.map(() => ({}))), ...panelGrids(["A", "B", "Y"], [t, t, y])];
    const at = async (min: number) => review(grids, { scheme: await schemeWith({ consistency: { minCorrelation: min } }) });
    expect((await at(0.3)).experts!.find((s) => s.expert === "Y")!.correlation).toBe(0.8);
    expect(codes(await at(0.3), "EXPERT_INCONSISTENT")).toEqual([]);
    expect(codes(await at(0.85), "EXPERT_INCONSISTENT").map((i) => i.params.expert)).toEqual(["Y"]);
  });
});

describe("the table in 校验报告 and the JSON", () => {
  test("a section after the issues: title, note, labels, one row per expert", () => {
    const r = panel(5);
    const plan = buildWritePlan(r, { now: NOW });
    const v = plan.report.values;
    const head = v.findIndex((row) => row[0] === "专家" && row[1] === "工作表");
    expect(v[head - 2][0]).toBe("专家评分一致性");
    expect(v[head]).toEqual([...PANEL_WORDS.zh.columns]);
    expect(v[head + 4]).toEqual(["X", "X", 5, 70, 14.14, 5, -1, 3, 0, 0, "相关系数 -1 低于 0.3"]);
    expect(v[head + 1]).toEqual(["A", "A", 5, 70, 14.14, 5, 1, 0, 0, 0, null]);
    expect(plan.report.links.every((l) => l.row < head)).toBe(true);
    expect(head).toBeGreaterThan(v.findIndex((row) => row[1] === "EXPERT_INCONSISTENT"));
  });

  test("JSON `experts`", () => {
    const j = toJsonReport(panel(5));
    expect(j.experts).toHaveLength(4);
    expect(j.experts![3]).toEqual({
      expert: "X",
      sheet: "X",
      unit: null,
      cases: 5,
      mean: 70,
      sd: 14.14,
      sharedCases: 5,
      correlation: -1,
      outliers: 3,
      abstained: 0,
      conflicts: 0,
      inconsistent: true,
      noSpread: false,
    });
  });

  test("a 四好 review has no panel", () => {
    const j = toJsonReport(review([], {}));
    expect(j.experts).toBeUndefined();
  });
});
