import { CaseEntry, Cell, Grid, Review, builtinScheme, gridFromValues, review } from "../../src/core";
import { caseScore, mapCaseCategory } from "../../src/core/testing";
import type { CaseScheme } from "../../src/core";

const CX = builtinScheme("chuangxin-2021") as CaseScheme;

interface CaseSpec {
  name: string;
  category: string;
  recommender?: string;
  subscriptions?: Cell;
  reason?: string;
}

function caseSheet(cases: CaseSpec[]): Grid {
  return gridFromValues("推介汇总表", [
    ["2021年度“创新中国”工商联（商会）工作案例推介汇总表"],
    ["序号", "案例名称", "完成单位", "推介类别", "推荐单位", "订阅份数", "推荐理由"],
    ...cases.map((c, i) => [i + 1, c.name, `${c.name}单位`, c.category, c.recommender ?? `推荐${i + 1}`, c.subscriptions ?? 50, c.reason ?? "理由"]),
  ]);
}

/** One expert sheet: scores per case 序号 (three criteria each). */
function expert(name: string, rows: [number, Cell, Cell, Cell][]): Grid {
  return gridFromValues(name, [[`评审专家：${name}`], ["序号", "案例名称", "创新特性", "典型意义", "实践成果"], ...rows.map(([k, a, b, c]) => [k, `案例${k}`, a, b, c])]);
}

const entry = (r: Review, name: string) => r.entries.find((e) => e.name === name) as CaseEntry;

describe("chuangxin-2021 (SPEC §4)", () => {
  test("categories by containment, most specific first", () => {
    expect(mapCaseCategory("副省级工商联", CX)).toBe("副省级、地市级工商联");
    expect(mapCaseCategory("地市级工商联工作", CX)).toBe("副省级、地市级工商联");
    expect(mapCaseCategory("省级工商联", CX)).toBe("省级工商联");
    expect(mapCaseCategory("区县级工商联", CX)).toBe("区县级工商联");
    expect(mapCaseCategory("异地商会", CX)).toBe("商会");
    expect(mapCaseCategory("青年企业家组织", CX)).toBe("商会");
    expect(mapCaseCategory("媒体", CX)).toBeNull();
  });

  test("case score: mean; with 5 or more experts one highest and one lowest dropped; 2 decimals", () => {
    expect(caseScore([80, 90, 70], CX)).toBe(80);
    expect(caseScore([80, 90, 70, 85], CX)).toBe(81.25);
    expect(caseScore([100, 80, 90, 70, 10], CX)).toBe(80);
    expect(caseScore([81, 82, 80], CX)).toBe(81);
    expect(caseScore([80, 81, 81], CX)).toBe(80.67);
    expect(caseScore([100, 80, 90], { trim: "highlow", trimFrom: 5 })).toBe(90);
    expect(caseScore([100, 80, 90, 70, 10], { trim: "none", trimFrom: 5 })).toBe(70);
  });

  function panel() {
    const cases = caseSheet([
      { name: "案例1", category: "省级工商联", recommender: "甲省工商联" },
      { name: "案例2", category: "省级工商联", recommender: "甲省工商联" },
      { name: "案例3", category: "商会", subscriptions: 20 },
      { name: "案例4", category: "区县级工商联", reason: "字".repeat(501) },
      { name: "案例5", category: "媒体" },
      { name: "案例6", category: "商会", recommender: "乙商会" },
      { name: "案例7", category: "行业商会", recommender: "乙商会" },
    ]);
    const experts = [
      expert("专家A", [[1, 35, 25, 25], [2, 30, 20, 20], [3, 30, 20, 20], [4, 30, 20, 20], [5, 30, 20, 20], [6, 30, 25, 25], [7, 30, 25, 25], [9, 10, 10, 10]]),
      expert("专家B", [[1, 35, 25, 25], [2, 30, 20, 20], [3, 30, 20, 20], [4, 30, 20, 20], [5, 30, 20, 20], [6, 30, 25, 25], [7, 30, 25, 25]]),
      expert("专家C", [[1, 35, 25, 25], [2, 20, 15, 10], [3, 30, 20, 20], [5, 30, 20, 20], [6, 30, 25, 25], [7, 30, 25, 25]]),
      expert("专家D", [[1, 35, 25, 25], [2, 30, 20, 20], [3, 30, 20, 20], [6, 45, 25, 25], [7, 30, 25, "#N/A"]]),
    ];
    return review([cases, ...experts]);
  }

  test("detected from the expert sheets; scores averaged over the experts", () => {
    const r = panel();
    expect(r.scheme.id).toBe("chuangxin-2021");
    expect(entry(r, "案例1")).toMatchObject({ experts: 4, score: 85, status: "qualified", category: "省级工商联", rank: 1 });
  });

  test("an outlying expert total is a warning at that expert's row", () => {
    const r = panel();
    const o = r.issues.filter((i) => i.code === "SCORE_OUTLIER");
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ severity: "warning", sheet: "专家C", cell: "A4" });
    expect(o[0].params).toMatchObject({ expert: "专家C", score: "45", mean: "70", ratio: 30 });
    expect(entry(r, "案例2").score).toBe(63.75);
  });

  test("fewer than 30 subscriptions: 不合格 (NOT_SUBSCRIBED), and 否 on both lists", () => {
    const e = entry(panel(), "案例3");
    expect(e.status).toBe("disqualified");
    expect(e.reasons.map((x) => x.code)).toEqual(["NOT_SUBSCRIBED"]);
    expect([e.shortlisted, e.final]).toEqual(["no", "no"]);
  });

  test("a reason over 500 characters is an error; too few experts is an error", () => {
    const r = panel();
    const e = entry(r, "案例4");
    expect(e.status).toBe("pending");
    expect(e.errors.map((i) => i.code).sort()).toEqual(["REASON_TOO_LONG", "TOO_FEW_EXPERTS"]);
    expect(r.issues.find((i) => i.code === "REASON_TOO_LONG")).toMatchObject({ cell: "G6", params: { length: 501, max: 500 } });
  });

  test("an unmappable category is an error at its cell", () => {
    const r = panel();
    expect(r.issues.find((i) => i.code === "UNKNOWN_CATEGORY")).toMatchObject({ sheet: "推介汇总表", cell: "D7" });
    expect(entry(r, "案例5").status).toBe("pending");
  });

  test("a recommender may put forward 2 cases when one is 省级, else 1", () => {
    const r = panel();
    const over = r.issues.filter((i) => i.code === "OVER_RECOMMENDED");
    expect(over.map((i) => i.cell)).toEqual(["E8", "E9"]);
    expect(over[0].params).toMatchObject({ recommender: "乙商会", count: 2, limit: 1 });
    expect(entry(r, "案例1").status).toBe("qualified");
  });

  test("score errors and out-of-range scores keep a case 待核 with no score", () => {
    const r = panel();
    const e6 = entry(r, "案例6");
    expect(e6.status).toBe("pending");
    expect(e6.score).toBeNull();
    expect(r.issues.find((i) => i.code === "SCORE_OUT_OF_RANGE")).toMatchObject({ sheet: "专家D", cell: "C6" });
    expect(r.issues.find((i) => i.code === "SCORE_FORMULA_ERROR")).toMatchObject({ sheet: "专家D", cell: "E7" });
  });

  test("a scored case missing from the case sheet is UNKNOWN_CASE", () => {
    expect(panel().issues.find((i) => i.code === "UNKNOWN_CASE")).toMatchObject({ severity: "warning", sheet: "专家A", cell: "A10" });
  });

  test("shortlist and final per category, with ties at the line", () => {
    const n = 12;
    const cases = caseSheet(Array.from({ length: n }, (_, i) => ({ name: `案例${i + 1}`, category: "省级工商联", recommender: `省${i}` })));
    const totals = [95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 86, 70];
    const rows = totals.map((t, i) => [i + 1, 40, 30, t - 70] as [number, Cell, Cell, Cell]);
    const r = review([cases, expert("A", rows), expert("B", rows), expert("C", rows)]);
    const es = r.entries as CaseEntry[];
    expect(es.map((e) => e.final)).toEqual(["yes", "yes", "yes", "yes", "yes", "yes", "yes", "yes", "yes", "tie", "tie", "no"]);
    expect(es.every((e) => e.shortlisted === "yes")).toBe(true);
    expect(r.issues.filter((i) => i.code === "QUOTA_TIE").map((i) => i.cell)).toEqual(["B12", "B13"]);
    expect(r.groups).toEqual([
      { name: "省级工商联", groupKey: "省级工商联", listed: 12, qualified: 12, disqualified: 0, pending: 0, quota: 10, yes: 9, tie: 2, shortlist: 32, shortlistYes: 12, shortlistTie: 0 },
    ]);
  });
});
