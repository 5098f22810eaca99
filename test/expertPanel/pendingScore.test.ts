/**
 * Issue 22 §4 (SPEC §4.3): a case with a score error is 待核 and has no score; a case 待核 for
 * any other reason — an unknown category, a recommender over its limit, a reason too long,
 * too few experts — keeps its panel mean, in the JSON and in the 平均分 column.
 */
import { Cell, Grid, buildWritePlan, gridFromValues, review, toJsonReport } from "../../src/core";
import { CX } from "./helpers";

const NOW = new Date(2021, 5, 1, 10, 0);
const REASON = "立足工商联职能创新工作方法，服务民营经济高质量发展。";
const long = (n: number) => REASON.repeat(Math.ceil(n / REASON.length)).slice(0, n);

/** 推介汇总表: 序号, 案例名称, 完成单位, 推介类别, 推荐单位, 订阅份数, 推荐理由. */
function caseSheet(): Grid {
  return gridFromValues("推介汇总表", [
    ["序号", "案例名称", "完成单位", "推介类别", "推荐单位", "订阅份数", "推荐理由"],
    [1, "甲省工商联“万企帮万村”", "甲省工商联", "省级工商联", "甲省工商联", 50, long(120)],
    [2, "乙市社会组织孵化基地", "乙市社会组织联合会", "社会组织", "乙市工商联", 50, long(120)],
    [3, "丙市商会调解中心", "丙市工商联", "地市级工商联", "丙市工商联", 50, long(120)],
    [4, "丙县民营企业服务站", "丙县工商联", "区县级工商联", "丙市工商联", 50, long(120)],
    [5, "戊市青年企业家传承计划", "戊市工商联", "地市级工商联", "戊市工商联", 50, long(501)],
    [6, "己县商会党建联建", "己县工商联", "区县级工商联", "己县工商联", 50, long(120)],
    [7, "庚市行业标准共建", "庚市工商联", "地市级工商联", "庚市工商联", 50, long(120)],
    [8, "辛省异地商会之家", "辛省工商联", "省级工商联", "辛省工商联", 50, long(120)],
  ]);
}

/*
 * Criterion scores (创新特性 / 典型意义 / 实践成果) by case 序号, three experts:
 *   1 甲  A 85  B 87  C 89   → 87     qualified
 *   2 乙  A 80  B 82  C 84   → 82     UNKNOWN_CATEGORY (社会组织)            keeps 82
 *   3 丙  A 78  B 79  C 80   → 79     OVER_RECOMMENDED (丙市工商联, 2 > 1)   keeps 79
 *   4 丁  A 75  B 77  C 79   → 77     OVER_RECOMMENDED                       keeps 77
 *   5 戊  A 90  B 88  C 86   → 88     REASON_TOO_LONG (501 > 500)            keeps 88
 *   6 己  A 70  B 74  C —    → 72     TOO_FEW_EXPERTS (2 < 3)                keeps 72
 *   7 庚  A 81  B 典型意义 35 > 30  C 83   SCORE_OUT_OF_RANGE          no score
 *   8 辛  A 76  B 典型意义 blank    C 78   SCORE_MISSING               no score
 */
const SCORES: Record<string, Record<number, [Cell, Cell, Cell]>> = {
  A: { 1: [40, 30, 15], 2: [40, 30, 10], 3: [38, 25, 15], 4: [35, 25, 15], 5: [40, 30, 20], 6: [30, 25, 15], 7: [40, 26, 15], 8: [36, 25, 15] },
  B: { 1: [40, 30, 17], 2: [40, 30, 12], 3: [39, 25, 15], 4: [37, 25, 15], 5: [40, 30, 18], 6: [34, 25, 15], 7: [30, 35, 16], 8: [36, null, 15] },
  C: { 1: [40, 30, 19], 2: [40, 30, 14], 3: [40, 25, 15], 4: [39, 25, 15], 5: [40, 30, 16], 7: [40, 28, 15], 8: [38, 25, 15] },
};

function expert(name: string): Grid {
  const rows = Object.entries(SCORES[name]).map(([seq, s]) => [Number(seq), null, ...s]);
  return gridFromValues(`专家${name}`, [[`专家：${name}`], ["序号", "案例名称", "创新特性", "典型意义", "实践成果"], ...rows]);
}

const r = review([caseSheet(), expert("A"), expert("B"), expert("C")], { scheme: CX });

test("only the two cases with a score error lose their mean", () => {
  expect(toJsonReport(r).entries.map((e) => [e.name, e.status, e.experts, e.score, e.rank])).toEqual([
    ["甲省工商联“万企帮万村”", "qualified", 3, 87, 1],
    ["乙市社会组织孵化基地", "pending", 3, 82, null],
    ["丙市商会调解中心", "pending", 3, 79, null],
    ["丙县民营企业服务站", "pending", 3, 77, null],
    ["戊市青年企业家传承计划", "pending", 3, 88, null],
    ["己县商会党建联建", "pending", 2, 72, null],
    ["庚市行业标准共建", "pending", 3, null, null],
    ["辛省异地商会之家", "pending", 3, null, null],
  ]);
  expect(r.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.cell])).toEqual([
    ["UNKNOWN_CATEGORY", "推介汇总表", "D3"],
    ["OVER_RECOMMENDED", "推介汇总表", "E4"],
    ["OVER_RECOMMENDED", "推介汇总表", "E5"],
    ["REASON_TOO_LONG", "推介汇总表", "G6"],
    ["TOO_FEW_EXPERTS", "推介汇总表", "B7"],
    ["SCORE_OUT_OF_RANGE", "专家B", "D9"],
    ["SCORE_MISSING", "专家B", "D10"],
  ]);
});

test("the 平均分 column holds the same means; 资格审查 says 待核", () => {
  const plan = buildWritePlan(r, { now: NOW });
  const body = plan.blocks.find((b) => b.sheet === "推介汇总表" && b.row === 1)!;
  // 专家数 · 平均分 · 类别内排名 · 入围初选 · 入选终审 · 资格审查
  expect(body.values.map((v) => v.slice(0, 6))).toEqual([
    [3, 87, 1, "是", "是", "合格"],
    [3, 82, null, null, null, "待核"],
    [3, 79, null, null, null, "待核"],
    [3, 77, null, null, null, "待核"],
    [3, 88, null, null, null, "待核"],
    [2, 72, null, null, null, "待核"],
    [3, null, null, null, null, "待核"],
    [3, null, null, null, null, "待核"],
  ]);
});
