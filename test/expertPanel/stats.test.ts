/**
 * The panel arithmetic on small hand-worked examples (expected values worked out in the
 * comments, never by the code under test).
 */
import { keptIndices } from "../../src/core/programmes/case/caseScore";
import { leaveOneOut, mapOnto, normalise, pearson, spread } from "../../src/core/programmes/case/stats";

describe("spread: mean and population SD (STDEV.P)", () => {
  test("80, 70, 60: mean 70, SD √((100+0+100)/3) = √66.67 = 8.165", () => {
    const s = spread([80, 70, 60])!;
    expect(s.n).toBe(3);
    expect(s.mean).toBe(70);
    expect(s.sd).toBeCloseTo(8.16497, 5);
  });
  test("one total: SD 0; none: null", () => {
    expect(spread([85])).toEqual({ n: 1, mean: 85, sd: 0 });
    expect(spread([])).toBeNull();
  });
});

describe("pearson", () => {
  test("x 1,2,3,4 and y 2,1,4,3: Σdxdy 3, Σdx² 5, Σdy² 5, r = 3/5 = 0.6", () => {
    expect(pearson([1, 2, 3, 4], [2, 1, 4, 3])).toBeCloseTo(0.6, 12);
  });
  test("reversed order is −1; a straight line +1", () => {
    expect(pearson([50, 60, 70, 80], [90, 80, 70, 60])).toBeCloseTo(-1, 12);
    expect(pearson([1, 2, 3], [10, 20, 30])).toBeCloseTo(1, 12);
  });
  test("undefined with 2 pairs (always ±1) or a side that does not vary", () => {
    expect(pearson([1, 2], [2, 1])).toBeNull();
    expect(pearson([75, 75, 75], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
  });
});

describe("leave-one-out agreement", () => {
  /*
   * Experts 0, 1, 2 on cases 0..3; expert 2 skips case 3.
   *   case:     0   1   2   3
   *   expert 0: 90  80  70  60
   *   expert 1: 88  82  72  58
   *   expert 2: 60  70  80  —
   * Expert 0 against the others' mean: case 0 (88+60)/2 = 74, case 1 (82+70)/2 = 76,
   * case 2 (72+80)/2 = 76, case 3 58 (expert 1 alone) → x 90,80,70,60 vs y 74,76,76,58:
   * mean x 75, mean y 71; dx 15,5,−5,−15; dy 3,5,5,−13; Σdxdy 45+25−25+195 = 240;
   * Σdx² 500; Σdy² 9+25+25+169 = 228; r = 240/√(500·228) = 240/337.64 = 0.7108.
   * Expert 2 shares cases 0..2: x 60,70,80 vs y (90+88)/2 = 89, 81, 71: dx −10,0,10;
   * dy 8.667, 0.667, −9.333; Σdxdy −180; Σdx² 200; Σdy² 162.667; r = −180/√32533.3 = −0.9979.
   */
  const obs = [
    [90, 80, 70, 60],
    [88, 82, 72, 58],
    [60, 70, 80, null],
  ].flatMap((row, expert) => row.flatMap((t, item) => (t === null ? [] : [{ expert, item, total: t }])));

  test("shared cases and r per expert", () => {
    const a = leaveOneOut(obs, 3);
    expect(a.map((x) => x.shared)).toEqual([4, 4, 3]);
    expect(a[0].correlation).toBeCloseTo(0.7108, 4);
    expect(a[2].correlation).toBeCloseTo(-0.9979, 4);
  });

  test("a case only one expert scored is not shared", () => {
    const a = leaveOneOut([{ expert: 0, item: 0, total: 80 }, { expert: 1, item: 1, total: 70 }], 2);
    expect(a).toEqual([
      { shared: 0, correlation: null },
      { shared: 0, correlation: null },
    ]);
  });
});

describe("mapOnto: z back onto the raw scores' range", () => {
  test("lowest z → lowest raw, highest → highest, linear between", () => {
    // z −1, 0, 2 over raw 60..90: 60 + (z+1)/3 × 30 → 60, 70, 90.
    const out = mapOnto(new Map([[0, -1], [1, 0], [2, 2]]), new Map([[0, 90], [1, 60], [2, 75]]));
    expect([...out]).toEqual([[0, 60], [1, 70], [2, 90]]);
  });
  test("every z equal: the middle of the raw range", () => {
    expect([...mapOnto(new Map([[0, 0], [1, 0]]), new Map([[0, 80], [1, 70]]))]).toEqual([[0, 75], [1, 75]]);
    expect([...mapOnto(new Map([[0, 0.3]]), new Map([[0, 81.5]]))]).toEqual([[0, 81.5]]);
  });
});

describe("normalise", () => {
  test("an expert whose totals do not vary: z = 0, named in `flat`, no NaN", () => {
    /*
     * A 80,70,60 (mean 70, SD 8.165: z +1.2247, 0, −1.2247); B 90,80,70 (same z); C 75,75,75 (flat: 0,0,0).
     * Case z: (1.2247+1.2247+0)/3 = 0.8165, 0, −0.8165; raw 81.67, 75, 68.33 → mapped 81.67, 75, 68.33.
     */
    const kept = [
      [80, 70, 60],
      [90, 80, 70],
      [75, 75, 75],
    ].flatMap((row, expert) => row.map((total, item) => ({ expert, item, total })));
    const n = normalise(kept, new Map([[0, 81.67], [1, 75], [2, 68.33]]), 3);
    expect(n.flat).toEqual([{ expert: 2, n: 3, value: 75 }]);
    expect([...n.scores]).toEqual([[0, 81.67], [1, 75], [2, 68.33]]);
  });
});

describe("keptIndices: which totals a trimmed mean keeps", () => {
  test("of equal totals, the first listed is the one dropped", () => {
    // 80, 90, 80, 90, 70: lowest 70 (4th index) and the first 90 (index 1) go.
    expect(keptIndices([80, 90, 80, 90, 70], { trim: "auto", trimFrom: 5 })).toEqual([0, 2, 3]);
    expect(keptIndices([75, 75, 75, 75, 75], { trim: "auto", trimFrom: 5 })).toEqual([2, 3, 4]);
  });
  test("below trimFrom, or trim none, everything is kept; highlow from 3", () => {
    expect(keptIndices([80, 90, 70, 60], { trim: "auto", trimFrom: 5 })).toEqual([0, 1, 2, 3]);
    expect(keptIndices([80, 90, 70, 60, 50], { trim: "none", trimFrom: 5 })).toEqual([0, 1, 2, 3, 4]);
    expect(keptIndices([80, 90, 70], { trim: "highlow", trimFrom: 5 })).toEqual([0]);
  });
});
