import { ChamberEntry, Cell, Grid, Review, gridFromValues, review } from "../../src/core";
import { setCell } from "../../src/core/testing";
import { box, quotaGrid, scores, scoresTotalling, summaryGrid } from "../helpers/grids";
import { itemRow, layoutSheet } from "../helpers/layouts";

function one(s: Map<number, Cell>, mutate?: (g: Grid) => void): { r: Review; e: ChamberEntry; g: Grid } {
  const g = layoutSheet("自评表", "甲商会", s);
  mutate?.(g);
  const r = review([summaryGrid([{ name: "甲商会" }]), g, quotaGrid({ 四川省: 3 })]);
  return { r, e: r.entries[0] as ChamberEntry, g };
}

const codes = (r: Review) => r.issues.map((i) => i.code);
const cellOf = (r: Review, code: string) => r.issues.find((i) => i.code === code)?.cell;

describe("eligibility (SPEC §3.4)", () => {
  test("350 exactly is enough; 349.5 is not", () => {
    const at = one(scoresTotalling(350)).e;
    expect(at.total).toBe(350);
    expect(at.status).toBe("qualified");
    const below = one(scoresTotalling(349.5)).e;
    expect(below.total).toBe(349.5);
    expect(below.status).toBe("disqualified");
    expect(below.reasons.map((x) => x.code)).toEqual(["BELOW_THRESHOLD"]);
  });

  test("4 basic items below full marks is allowed; 5 is not", () => {
    // Basic (※) items: 4, 14, 15, 17, 33, 36, 38.
    const four = one(scores({ 4: 14, 14: 9, 15: 9, 17: 9 })).e;
    expect(four.basicShortfall).toBe(4);
    expect(four.status).toBe("qualified");
    const five = one(scores({ 4: 14, 14: 9, 15: 9, 17: 9, 33: 9 })).e;
    expect(five.basicShortfall).toBe(5);
    expect(five.status).toBe("disqualified");
    expect(five.reasons.map((x) => x.code)).toEqual(["BASIC_SHORTFALL"]);
  });

  test("a veto item scored 0 disqualifies; left blank it is only pending", () => {
    const zero = one(scores({ 31: 0 }));
    expect(zero.e.status).toBe("disqualified");
    expect(zero.e.vetoFailed).toEqual(["31"]);
    expect(zero.e.reasons.map((x) => x.code)).toEqual(["VETO_ZERO"]);
    const blank = one(scores({ 31: null }));
    expect(blank.e.status).toBe("pending");
    expect(blank.e.vetoFailed).toEqual([]);
    expect(blank.e.total).toBeNull();
    expect(cellOf(blank.r, "SCORE_MISSING")).toBe(`E${itemRow(blank.g, 31) + 1}`);
  });

  test("an entry with errors is still 不合格 when a rule is already broken", () => {
    const vetoAndMissing = one(scores({ 1: 0, 2: null })).e;
    expect(vetoAndMissing.status).toBe("disqualified");
    expect(vetoAndMissing.errors.map((i) => i.code)).toEqual(["SCORE_MISSING"]);
    // Even with full marks for the two missing items the total stays under 350.
    const hopeless = one(scoresTotalling(300, { 2: null, 3: "#REF!" })).e;
    expect(hopeless.status).toBe("disqualified");
    expect(hopeless.reasons).toEqual([{ code: "BELOW_THRESHOLD", params: { total: "330", threshold: 350, certain: 0 } }]);
    // …but if full marks could still reach 350, it is 待核.
    const hopeful = one(scoresTotalling(340, { 2: null, 3: "#REF!" })).e;
    expect(hopeful.status).toBe("pending");
    expect(hopeful.reasons).toEqual([]);
  });

  test("every reason that applies is listed", () => {
    const e = one(scoresTotalling(300, { 1: 0, 4: 0, 14: 0, 15: 0, 17: 0, 33: 0 })).e;
    expect(e.reasons.map((x) => x.code)).toEqual(["VETO_ZERO", "BASIC_SHORTFALL", "BELOW_THRESHOLD"]);
  });
});

describe("score checks (SPEC §3.4)", () => {
  test.each([
    ["SCORE_MISSING", null, "error"],
    ["SCORE_NOT_NUMBER", "十五", "error"],
    ["SCORE_FORMULA_ERROR", "#REF!", "error"],
    ["SCORE_OUT_OF_RANGE", 16, "error"],
    ["SCORE_OUT_OF_RANGE", -1, "error"],
    ["SCORE_PRECISION", 12.25, "warning"],
  ])("%s for %p on item 2 (max 15)", (code, value, severity) => {
    const { r, e, g } = one(scores({ 2: value }));
    const issue = r.issues.find((i) => i.code === code)!;
    expect(issue.severity).toBe(severity);
    expect(issue.sheet).toBe("自评表");
    expect(issue.cell).toBe(`E${itemRow(g, 2) + 1}`);
    expect(e.status).toBe(severity === "error" ? "pending" : "qualified");
    expect(e.total).toBe(severity === "error" ? null : 497.25);
  });

  test("full-width 12.5 with 分 is a valid score", () => {
    const { r, e } = one(scores({ 2: "１２．５分" }));
    expect(r.issues).toEqual([]);
    expect(e.total).toBe(497.5);
  });

  test("the maximum itself and 0 are in range", () => {
    const { r } = one(scores({ 2: 15, 3: 0 }));
    expect(codes(r)).toEqual([]);
  });
});

describe("template checks (SPEC §3.4)", () => {
  test("category maxima that do not add up: warning; the category total is capped", () => {
    const { r, e, g } = one(scores(), (g) => {
      const row = itemRow(g, 44) + 1;
      const values = box(g).values;
      values.splice(row, 0, [45, null, "其他加分事项", 10, 10]);
      g.rows = gridFromValues(g.name, values).rows;
    });
    const w = r.issues.find((i) => i.code === "TEMPLATE_CATEGORY_MAX")!;
    expect(w.severity).toBe("warning");
    expect(w.params).toMatchObject({ category: "加分项", sum: "70", max: 60 });
    expect(w.cell).toBe(`D${itemRow(g, 41) + 1}`);
    expect(e.categories["加分项"]).toBe(60);
    expect(e.total).toBe(500);
    expect(e.status).toBe("qualified");
  });

  test("6 veto items or 8 basic items: warnings, not errors", () => {
    const { r, e } = one(scores(), (g) => {
      setCell(g, itemRow(g, 1), 0, "1"); // drop the * of item 1
      setCell(g, itemRow(g, 2), 0, "※2");
    });
    expect(r.issues.find((i) => i.code === "TEMPLATE_VETO_COUNT")!.params).toMatchObject({ count: 6, expected: 7 });
    expect(r.issues.find((i) => i.code === "TEMPLATE_BASIC_COUNT")!.params).toMatchObject({ count: 8, expected: 7 });
    expect(e.status).toBe("qualified");
  });
});

describe("stated totals", () => {
  function withTotals(s: Map<number, Cell>, sub: Cell, total: Cell) {
    const g = layoutSheet("自评表", "甲商会", s, { subtotals: true, total: true });
    const subRow = g.rows.find((r) => r.values.includes("小计"))!.row;
    const totalRow = g.rows.find((r) => r.values.includes("合计"))!.row;
    setCell(g, subRow, 4, sub);
    setCell(g, totalRow, 4, total);
    const r = review([summaryGrid([{ name: "甲商会", stated: 500 }]), g]);
    return { r, subRow, totalRow };
  }

  test("matching subtotal and total: no warning", () => {
    expect(codes(withTotals(scores(), 125, 500).r).filter((c) => c.endsWith("MISMATCH"))).toEqual([]);
  });

  test("a wrong subtotal and a wrong total are warnings at their cells; the computed value counts", () => {
    const { r, subRow, totalRow } = withTotals(scores({ 2: 14 }), 125, "#REF!");
    const sub = r.issues.find((i) => i.code === "SUBTOTAL_MISMATCH")!;
    expect(sub.cell).toBe(`E${subRow + 1}`);
    expect(sub.params).toMatchObject({ category: "政治引领好", stated: "125", computed: "124" });
    const tot = r.issues.find((i) => i.code === "TOTAL_MISMATCH")!;
    expect(tot.cell).toBe(`E${totalRow + 1}`);
    expect(tot.params).toMatchObject({ stated: "#REF!", computed: "499" });
    expect((r.entries[0] as ChamberEntry).total).toBe(499);
    expect(r.entries[0].status).toBe("qualified");
  });

  test("blank stated cells are offered for filling with the computed value", () => {
    const { r, subRow, totalRow } = withTotals(scores({ 2: 14 }), null, null);
    expect(r.statedFills).toContainEqual({ sheet: "自评表", row: subRow, col: 4, value: 124 });
    expect(r.statedFills).toContainEqual({ sheet: "自评表", row: totalRow, col: 4, value: 499 });
  });

  test("the summary's 自评分 disagreeing with the sheet is a warning on the summary cell", () => {
    const g = layoutSheet("自评表", "甲商会", scores({ 2: 12.5 }));
    const r = review([summaryGrid([{ name: "甲商会", stated: 500 }]), g]);
    const w = r.issues.find((i) => i.code === "SUMMARY_TOTAL_MISMATCH")!;
    expect(w).toMatchObject({ severity: "warning", sheet: "推荐名单汇总表", cell: "E4" });
    expect(w.params).toMatchObject({ stated: "500", computed: "497.5" });
    expect((r.entries[0] as ChamberEntry).statedTotal).toBe(500);
    expect(r.entries[0].status).toBe("qualified");
    const same = review([summaryGrid([{ name: "甲商会", stated: "497.5分" }]), g]);
    expect(codes(same)).not.toContain("SUMMARY_TOTAL_MISMATCH");
  });
});

describe("linking summary rows and sheets", () => {
  test("by chamber name, whitespace and width insensitive", () => {
    const r = review([summaryGrid([{ name: "ＡＢＣ 商会" }]), layoutSheet("Sheet1", "ABC商会")]);
    expect((r.entries[0] as ChamberEntry).selfAssessmentSheet).toBe("Sheet1");
    expect(codes(r)).toEqual(["QUOTA_MISSING"]);
  });

  test("by the 自评表 column when given", () => {
    const r = review([summaryGrid([{ name: "甲商会", ref: "表一" }], "汇总表", true), layoutSheet("表一", "别的名字")]);
    expect((r.entries[0] as ChamberEntry).selfAssessmentSheet).toBe("表一");
  });

  test("SHEET_NOT_FOUND: no sheet for the name, with a hint when one sheet's name fits", () => {
    const r = review([summaryGrid([{ name: "四川省科技装备业商会" }]), layoutSheet("科技装备业商会", null)]);
    const nf = r.issues.find((i) => i.code === "SHEET_NOT_FOUND")!;
    expect(nf).toMatchObject({ severity: "error", sheet: "推荐名单汇总表", cell: "C4" });
    expect(nf.params.hint).toBe("科技装备业商会");
    expect(r.entries[0].status).toBe("pending");
    expect(r.issues.find((i) => i.code === "ORPHAN_SHEET")).toMatchObject({ severity: "warning", sheet: "科技装备业商会", cell: null });
  });

  test("SHEET_NOT_FOUND: a 自评表 reference to a missing sheet, or to a sheet that is not a 自评表", () => {
    const r = review([
      summaryGrid([{ name: "甲商会", ref: "不存在" }, { name: "乙商会", ref: "说明" }], "汇总表", true),
      gridFromValues("说明", [["填表说明"]]),
    ]);
    const nf = r.issues.filter((i) => i.code === "SHEET_NOT_FOUND");
    expect(nf.map((i) => [i.cell, i.params.exists])).toEqual([
      ["F4", 0],
      ["F5", 1],
    ]);
  });

  test("AMBIGUOUS_SHEET: two sheets for one chamber", () => {
    const r = review([summaryGrid([{ name: "甲商会" }]), layoutSheet("表一", "甲商会"), layoutSheet("表二", "甲商会")]);
    const a = r.issues.find((i) => i.code === "AMBIGUOUS_SHEET")!;
    expect(a.params.sheets).toBe("表一、表二");
    expect(r.entries[0].status).toBe("pending");
    expect(codes(r)).not.toContain("ORPHAN_SHEET");
  });

  test("DUPLICATE_ENTRY on both rows", () => {
    const r = review([summaryGrid([{ name: "甲商会" }, { name: "乙商会" }, { name: "甲 商会" }]), layoutSheet("甲", "甲商会"), layoutSheet("乙", "乙商会")]);
    const d = r.issues.filter((i) => i.code === "DUPLICATE_ENTRY");
    expect(d.map((i) => i.cell)).toEqual(["C4", "C6"]);
    expect(d[0].params.rows).toBe("4、6");
    expect(r.entries.map((e) => e.status)).toEqual(["pending", "qualified", "pending"]);
  });

  test("without a summary, each 自评表 is an entry of its own (quick check before emailing)", () => {
    const r = review([layoutSheet("自评表", "甲商会", scores({ 1: 0 }))]);
    expect(r.table).toBeNull();
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({ sheet: "自评表", name: "甲商会", status: "disqualified" });
    expect(codes(r)).toEqual([]);
  });

  test("the 校验报告 sheet from an earlier fill is never read as data", () => {
    const report: Grid = gridFromValues("校验报告", [["级别", "代码", "工作表", "单元格", "说明"], ["错误", "SCORE_MISSING", "表", "E5", "自评分为空"]]);
    const r = review([summaryGrid([{ name: "甲商会" }]), layoutSheet("甲", "甲商会"), report]);
    expect(r.entries).toHaveLength(1);
    expect(codes(r)).toEqual(["QUOTA_MISSING"]);
  });
});
