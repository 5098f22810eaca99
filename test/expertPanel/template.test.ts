/** The scoring sheet as the core lays it out, read back by the engine (no adapter in between). */
import { CaseScheme, builtinScheme, gridFromValues, review, splitNames, type Grid, type SheetSpec, type CaseEntry } from "../../src/core";
import { EXPERT_LAYOUT, caseListing, expertSheet, setCell } from "../../src/core/testing";
import { split } from "./helpers";

const CX = builtinScheme("chuangxin-2021") as CaseScheme;

const list = (withSeq: boolean) =>
  gridFromValues("推介汇总表", [
    [...(withSeq ? ["序号"] : []), "案例名称", "完成单位", "推介类别"],
    ...[
      ["案例一", "甲市工商联", "地市级工商联"],
      ["案例二", "乙县工商联", "区县级"],
      ["案例三", "丙商会", "异地商会"],
    ].map((r, i) => [...(withSeq ? [`0${i + 1}`] : []), ...r]),
  ]);

/** The sheet as a grid with totals typed into its score cells (case k on row firstCase + k). */
function filled(spec: SheetSpec, totals: (number | string)[], firstScoreCol: number): Grid {
  const g = gridFromValues(spec.name, spec.values);
  totals.forEach((t, k) => {
    const parts = typeof t === "number" ? split(t) : [t, t, t];
    parts.forEach((v, i) => setCell(g, EXPERT_LAYOUT.firstCase + k, firstScoreCol + i, v));
  });
  return g;
}

describe("the scoring sheet's layout", () => {
  test("title, expert and unit, instructions, the header on row 6, cases from row 7", () => {
    const s = expertSheet(CX, caseListing([list(true)], CX)!, "张三");
    expect(s.values[EXPERT_LAYOUT.expertRow].slice(0, 3)).toEqual(["专家：张三", null, "单位："]);
    expect(s.values[EXPERT_LAYOUT.headerRow]).toEqual(["序号", "案例名称", "类别", "创新特性（40分）", "典型意义（30分）", "实践成果（30分）", "合计"]);
    expect(s.values[EXPERT_LAYOUT.firstCase]).toEqual(["01", "案例一", "副省级、地市级工商联", null, null, null, null]);
    expect(s.values[2][0]).toMatch(/^说明：1\. 请在"创新特性""典型意义""实践成果"列填写评分/);
    expect(s.unlocked).toEqual([
      { r0: 1, c0: 3, r1: 1, c1: 3 },
      { r0: 6, c0: 3, r1: 8, c1: 5 },
    ]);
    expect(s.rules!.map((r) => [r.area, r.prompt.message])).toEqual([
      [{ r0: 6, c0: 3, r1: 8, c1: 3 }, '0 至 40 分，最多一位小数；需要回避时填写"回避"。'],
      [{ r0: 6, c0: 4, r1: 8, c1: 4 }, '0 至 30 分，最多一位小数；需要回避时填写"回避"。'],
      [{ r0: 6, c0: 5, r1: 8, c1: 5 }, '0 至 30 分，最多一位小数；需要回避时填写"回避"。'],
    ]);
    expect(s.formulas![2]).toEqual({ row: 8, col: 6, formula: 'IF(COUNTIF(D9:F9,"回避")>0,"回避",IF(COUNT(D9:F9)=0,"",SUM(D9:F9)))' });
    expect(s.protect).toBe(true);
  });

  test("English instructions, the labels the reader needs stay Chinese", () => {
    const s = expertSheet(CX, caseListing([list(true)], CX)!, "Zhang San", "en");
    expect(s.values[1][0]).toBe("专家：Zhang San");
    expect(s.values[2][0]).toMatch(/^Notes: 1\. Score each case/);
    const r = review([list(true), filled(s, [80, 70, 60], 3)], { scheme: CX });
    expect(r.experts!.map((x) => [x.expert, x.cases])).toEqual([["Zhang San", 3]]);
  });

  test("a sheet name Excel accepts, whatever the expert is called", () => {
    expect(expertSheet(CX, caseListing([list(true)], CX)!, "王/五[组长]").name).toBe("王_五_组长_");
  });

  test("names split on either comma, 、 and semicolons; blanks dropped", () => {
    expect(splitNames(" 张三，李四、王五; 赵六,, ")).toEqual(["张三", "李四", "王五", "赵六"]);
  });
});

describe("read back by the engine", () => {
  test("with 序号 ('01' as written): matched by 序号", () => {
    const listing = caseListing([list(true)], CX)!;
    expect(listing.bySeq).toBe(true);
    const sheets = ["A", "B", "C"].map((x, i) => filled(expertSheet(CX, listing, x), [80 + i, 70 + i, 60 + i], 3));
    const r = review([list(true), ...sheets], { scheme: CX });
    // Case 一: (80+81+82)/3 = 81; 二: 71; 三: 61.
    expect(r.entries.map((e) => (e.kind === "case" ? [(e as CaseEntry).experts, (e as CaseEntry).score] : null))).toEqual([
      [3, 81],
      [3, 71],
      [3, 61],
    ]);
    expect(r.counts.errors).toBe(0);
  });

  test("without 序号 in the case list: no 序号 column, matched by case name", () => {
    const listing = caseListing([list(false)], CX)!;
    expect(listing.bySeq).toBe(false);
    const spec = expertSheet(CX, listing, "A");
    expect(spec.values[EXPERT_LAYOUT.headerRow].slice(0, 3)).toEqual(["案例名称", "类别", "创新特性（40分）"]);
    expect(spec.values[EXPERT_LAYOUT.expertRow].slice(0, 3)).toEqual(["专家：A", "单位：", null]);
    const sheets = ["A", "B", "C"].map((x) => filled(expertSheet(CX, listing, x), [90, "回避", 70], 2));
    const r = review([list(false), ...sheets], { scheme: CX });
    expect(r.entries.map((e) => (e.kind === "case" ? [(e as CaseEntry).experts, (e as CaseEntry).abstained, (e as CaseEntry).score] : null))).toEqual([
      [3, 0, 90],
      [0, 3, null],
      [3, 0, 70],
    ]);
  });

  test("a 序号 repeated in the case list: the sheets match by name instead", () => {
    const g = list(true);
    setCell(g, 2, 0, "01");
    expect(caseListing([g], CX)!.bySeq).toBe(false);
  });
});
