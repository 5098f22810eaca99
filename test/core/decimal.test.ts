/**
 * Issue 22 §3: sums of scores are exact to the scores' decimal places (SPEC §3.4), on a
 * 自评表 whose one-decimal scores add up to exactly 350.0 (test/helpers/decimals.ts).
 */
import { ChamberEntry, Grid, buildWritePlan, gridFromValues, review, toJsonReport } from "../../src/core";
import type { CaseEntry } from "../../src/core";
import { meanScores, sumScores } from "../../src/core/kernel/decimal";
import { CX, caseList } from "../expertPanel/helpers";
import { sheets350 } from "../helpers/decimals";
import { specToGrid } from "../helpers/grids";

const NOW = new Date(2021, 2, 15, 9, 30);

const workbook = (): Grid[] => sheets350().map(specToGrid);

describe("the sum helpers", () => {
  test("0.1 + 0.2 is 0.3; 35.1 + 25.2 + 25.3 is 85.6; places as written", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumScores([0.1, 0.2])).toBe(0.3);
    expect(sumScores([35.1, 25.2, 25.3])).toBe(85.6);
    expect(sumScores([12.25, 0.05, 1])).toBe(13.3);
    expect(sumScores([])).toBe(0);
    expect(meanScores([80.1, 80.2, 80.4])).toBe(80.23333333333333);
    expect(meanScores([])).toBeNull();
  });
});

describe("a 自评表 whose one-decimal scores add up to 350.0", () => {
  const r = review(workbook());
  const e = r.entries[0] as ChamberEntry;

  test("the total is 350 and the chamber 合格; every category total is exact", () => {
    expect([e.total, e.status, e.categories]).toEqual([350, "qualified", { 政治引领好: 80.5, 队伍建设好: 83.2, 服务发展好: 78.4, 自律规范好: 79, 加分项: 28.9 }]);
    expect(Object.is(e.total, 350)).toBe(true);
    // The summary's 自评分 350 agrees: no SUMMARY_TOTAL_MISMATCH.
    expect(r.issues.map((i) => i.code)).toEqual([]);
  });

  test("the JSON says 350, never 349.99999999999994", () => {
    const text = JSON.stringify(toJsonReport(r));
    expect(text).toContain('"total":350,');
    expect(text).not.toMatch(/\d\.\d*9999999/);
  });

  test("核验总分 and the blank 小计/合计 cells are written exact", () => {
    const plan = buildWritePlan(r, { now: NOW, fillStatedTotals: true });
    const values = plan.blocks.flatMap((b) => b.values.flat()).filter((v): v is number => typeof v === "number");
    // 核验总分, 基础项未满分, 组内排名; then the five 小计 and the 合计 of the 自评表.
    expect(values).toEqual([350, 0, 1, 80.5, 83.2, 78.4, 79, 28.9, 350]);
  });
});

describe("创新中国: expert totals and means from one-decimal criterion scores", () => {
  test("35.1 + 25.2 + 25.3 from each of three experts: 85.6, the mean 85.6", () => {
    const experts = ["甲", "乙", "丙"].map((n) =>
      gridFromValues(`专家${n}`, [[`专家：${n}`], ["序号", "案例名称", "创新特性", "典型意义", "实践成果"], [1, "案例1", 35.1, 25.2, 25.3]]),
    );
    const r = review([caseList([{}]), ...experts], { scheme: CX });
    expect((r.entries[0] as CaseEntry).score).toBe(85.6);
    expect(r.experts!.map((x) => x.mean)).toEqual([85.6, 85.6, 85.6]);
  });
});
