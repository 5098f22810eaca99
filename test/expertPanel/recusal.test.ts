/** 回避 and CONFLICT_OF_INTEREST (SPEC §4.2, §4.3), on small panels worked by hand. */
import { buildWritePlan, review, toJsonReport } from "../../src/core";
import { entryNote } from "../../src/core/testing";
import { CX, caseList, codes, entry, expertSheet } from "./helpers";

const NOW = new Date(2021, 10, 20, 10, 0);

/*
 * Case 1 is from 甲市工商联 and recommended by 甲省工商联; cases 2 and 3 from elsewhere.
 * Experts A, B, C give case 1 the totals 80, 70, 75: mean 75. Expert D (单位：甲市工商联)
 * would make it 4 experts and (80+70+75+90)/4 = 78.75 if D's 90 counted.
 */
function panel(d1: number | string, unitOfD = "甲市工商联") {
  const cases = caseList([{ unit: "甲市工商联", recommender: "甲省工商联" }, {}, {}]);
  return review(
    [
      cases,
      expertSheet("A", { 1: 80, 2: 70, 3: 60 }),
      expertSheet("B", { 1: 70, 2: 72, 3: 62 }),
      expertSheet("C", { 1: 75, 2: 74, 3: 64 }),
      expertSheet("D", { 1: d1, 2: 76, 3: 66 }, unitOfD),
    ],
    { scheme: CX },
  );
}

describe("回避: an abstention, not an error", () => {
  test("the case has one expert fewer and no issue", () => {
    const r = panel("回避");
    const e = entry(r, "案例1");
    expect(e).toMatchObject({ experts: 3, abstained: 1, score: 75, status: "qualified" });
    expect(r.issues.filter((i) => i.sheet === "D")).toEqual([]);
    expect(r.counts.errors).toBe(0);
  });

  test("written with spaces or full-width, still 回避", () => {
    expect(entry(panel("回 避"), "案例1")).toMatchObject({ experts: 3, abstained: 1, score: 75 });
    expect(entry(panel("　回避　"), "案例1")).toMatchObject({ experts: 3, abstained: 1, score: 75 });
  });

  test("without a unit stated, 回避 still counts as an abstention", () => {
    const r = panel("回避", "");
    expect(entry(r, "案例1")).toMatchObject({ experts: 3, abstained: 1, score: 75 });
  });

  test("TOO_FEW_EXPERTS still applies, and says how many abstained", () => {
    const cases = caseList([{}]);
    const r = review([cases, expertSheet("A", { 1: 80 }), expertSheet("B", { 1: 70 }), expertSheet("C", { 1: "回避" })], { scheme: CX });
    const few = codes(r, "TOO_FEW_EXPERTS");
    expect(few).toHaveLength(1);
    expect(few[0]).toMatchObject({ sheet: "推介汇总表", cell: "B2", params: { count: 2, min: 3, left: 1 } });
    // 待核 for the panel, not for a score: the mean of the two who scored stands (SPEC §4.3).
    expect(entry(r, "案例1")).toMatchObject({ experts: 2, abstained: 1, status: "pending", score: 75 });
    expect(entryNote(entry(r, "案例1"))).toBe("只有 2 位专家评分（1 位回避或利益冲突，不计入），至少需要 3 位");
  });
});

describe("CONFLICT_OF_INTEREST: a score from the case's own unit", () => {
  test("an error on that expert's first score cell; the score is left out of the mean", () => {
    const r = panel(90);
    const c = codes(r, "CONFLICT_OF_INTEREST");
    expect(c).toHaveLength(1);
    // D's sheet: 专家 row, header row, then case 1 on row 3; 创新特性 is column C.
    expect(c[0]).toMatchObject({ severity: "error", sheet: "D", cell: "C3", params: { expert: "D", unit: "甲市工商联", name: "案例1", field: "unit" } });
    const e = entry(r, "案例1");
    expect(e).toMatchObject({ experts: 3, abstained: 0, score: 75 });
    expect(r.counts.errors).toBe(1);
  });

  test("the verdict stands on the other experts; 校验说明 tells the conflict", () => {
    const r = panel(90);
    const e = entry(r, "案例1");
    expect(e.status).toBe("qualified");
    expect(e.rank).toBe(1);
    expect(entryNote(e)).toBe('专家"D"的单位"甲市工商联"是案例"案例1"的完成单位，应当回避：该评分不计入平均分，请改填"回避"');
    const plan = buildWritePlan(r, { now: NOW });
    expect(plan.highlights).toContainEqual({ sheet: "D", row: 2, col: 2, severity: "error", color: "#FFC7CE" });
  });

  test("the recommender counts too (names compared as names: full-width and spaces forgiven)", () => {
    const r = panel(90, "甲省 工商联");
    expect(codes(r, "CONFLICT_OF_INTEREST")[0].params).toMatchObject({ field: "recommender", unit: "甲省 工商联" });
    expect(entry(r, "案例1").score).toBe(75);
  });

  test("a conflicted expert who left the row blank has abstained: no error", () => {
    const r = panel("");
    expect(codes(r, "CONFLICT_OF_INTEREST")).toEqual([]);
    expect(codes(r, "SCORE_MISSING")).toEqual([]);
    expect(entry(r, "案例1")).toMatchObject({ experts: 3, abstained: 1, score: 75 });
  });

  test("a conflicted row's own score problems are not told twice: only the conflict", () => {
    const r = panel(45);
    // 45 → 创新特性 40, 典型意义 5: valid; with 创新特性 41 it would be out of range, but the row does not count.
    expect(codes(r, "CONFLICT_OF_INTEREST")).toHaveLength(1);
    const r2 = review(
      [caseList([{ unit: "甲市工商联" }]), expertSheet("A", { 1: 80 }), expertSheet("B", { 1: 70 }), expertSheet("C", { 1: 75 }), expertSheet("D", { 1: "九十" }, "甲市工商联")],
      { scheme: CX },
    );
    expect(r2.issues.filter((i) => i.sheet === "D").map((i) => i.code)).toEqual(["CONFLICT_OF_INTEREST"]);
  });

  test("other cases of the conflicted expert count as usual", () => {
    const r = panel(90);
    expect(entry(r, "案例2")).toMatchObject({ experts: 4, score: 73 });
  });

  test("JSON: experts, abstained and the conflict in the panel table", () => {
    const j = toJsonReport(panel(90));
    expect(j.entries[0]).toMatchObject({ name: "案例1", experts: 3, abstained: 0, score: 75, normalizedScore: null });
    expect(j.experts!.find((x) => x.expert === "D")).toMatchObject({ unit: "甲市工商联", cases: 2, conflicts: 1, abstained: 0 });
  });
});
