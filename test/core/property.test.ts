import fc from "fast-check";
import { Cell, ChamberEntry, Grid, buildWritePlan, gridFromValues, review } from "../../src/core";
import { quotaVerdict, rankScores } from "../../src/core/testing";
import { quotaGrid, scoresTotalling, summaryGrid } from "../helpers/grids";
import { layoutSheet } from "../helpers/layouts";

/** Cells a tired reviewer (or a broken export) puts in a workbook. */
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom("序号", "一级指标", "评分项目", "分值", "自评分", "商会名称", "省份", "名额", "自评表", "创新特性", "典型意义", "实践成果", "案例名称", "类别") },
  { weight: 2, arbitrary: fc.constantFrom("政治引领好", "加分项", "小计", "合计", "总分", "*1", "※4", "＊", "商会名称：甲", "专家：乙", "四川省", "核验总分") },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -5, max: 130 }), fc.double({ min: -1, max: 200, noNaN: true })) },
  { weight: 1, arbitrary: fc.constantFrom("#REF!", "#N/A", "１２．５分", "十分", "", "  ", "=SUM(A1)", "+1", "@x") },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

/** The block each random grid was built from: issues must point inside it. */
const extent = new WeakMap<Grid, { r0: number; c0: number; height: number; width: number }>();

const grid: fc.Arbitrary<Grid> = fc
  .record({
    name: fc.constantFrom("汇总表", "推荐名单汇总表", "自评表", "Sheet1", "推荐名额分配表", "专家1", "校验报告", "表"),
    values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 24 }),
    origin: fc.option(fc.record({ row: fc.integer({ min: 0, max: 5 }), col: fc.integer({ min: 0, max: 5 }) }), { nil: undefined }),
    merges: fc.array(
      fc.record({ r0: fc.integer({ min: 0, max: 20 }), c0: fc.integer({ min: 0, max: 8 }), h: fc.nat(3), w: fc.nat(2) }).map((m) => ({
        r0: m.r0,
        c0: m.c0,
        r1: m.r0 + m.h,
        c1: m.c0 + m.w,
      })),
      { maxLength: 3 },
    ),
  })
  .map(({ name, values, origin, merges }) => {
    const g = gridFromValues(name, values, { origin: origin ?? undefined, merges });
    extent.set(g, { r0: origin?.row ?? 0, c0: origin?.col ?? 0, height: values.length, width: Math.max(0, ...values.map((r) => r.length)) });
    return g;
  });

/** Same-named sheets cannot exist in a workbook. */
const workbook = fc.array(grid, { minLength: 1, maxLength: 5 }).map((gs) =>
  gs.map((g, i) => {
    const named = { ...g, name: `${g.name}${i}` };
    extent.set(named, extent.get(g)!);
    return named;
  }),
);

function inBounds(g: Grid, row: number, col: number): boolean {
  const { r0, c0, height, width } = extent.get(g)!;
  return row >= r0 && row - r0 < height && col >= c0 && col - c0 < width;
}

describe("property: random workbooks", () => {
  test("never throw, and every issue points at a real sheet and a cell inside it", () => {
    const seen = { entries: 0, cellIssues: 0 };
    fc.assert(
      fc.property(workbook, fc.option(fc.nat(5), { nil: undefined }), (grids, quota) => {
        const r = review(grids, { quota });
        const names = new Set(grids.map((g) => g.name));
        for (const i of r.issues) {
          expect(names.has(i.sheet)).toBe(true);
          if (i.at) {
            const g = grids.find((x) => x.name === i.sheet)!;
            expect(inBounds(g, i.at.row, i.at.col)).toBe(true);
          } else {
            expect(i.cell).toBeNull();
          }
        }
        const plan = buildWritePlan(r, { now: new Date(0) });
        for (const b of plan.blocks) expect(names.has(b.sheet)).toBe(true);
        for (const h of plan.highlights) expect(names.has(h.sheet)).toBe(true);
        expect(r.counts.entries).toBe(r.entries.length);
        expect(r.counts.qualified + r.counts.disqualified + r.counts.pending).toBe(r.entries.length);
        if (r.entries.length) seen.entries++;
        if (r.issues.some((i) => i.at && i.code !== "NO_KNOWN_SHEET")) seen.cellIssues++;
      }),
      { numRuns: 400 },
    );
    // The generator must reach the interesting paths, or the property proves little.
    expect(seen.entries).toBeGreaterThan(20);
    expect(seen.cellIssues).toBeGreaterThan(20);
  });
});

describe("property: ranking and quotas", () => {
  const scores = fc.array(fc.integer({ min: 0, max: 20 }).map((x) => 400 + x * 2.5), { minLength: 1, maxLength: 30 });

  test("at most q within quota; a tie block is never split between 是 and 否; ranks are consistent", () => {
    fc.assert(
      fc.property(scores, fc.nat(35), fc.constantFrom("competition" as const, "dense" as const), (s, q, method) => {
        const placed = rankScores(s, method);
        const verdicts = placed.map((p) => quotaVerdict(p, q));
        expect(verdicts.filter((v) => v === "yes").length).toBeLessThanOrEqual(q);
        const byScore = new Map<number, Set<string>>();
        s.forEach((x, i) => byScore.set(x, (byScore.get(x) ?? new Set()).add(verdicts[i])));
        for (const set of byScore.values()) expect(set.size).toBe(1);
        s.forEach((a, i) =>
          s.forEach((b, j) => {
            if (a > b) expect(placed[i].rank).toBeLessThan(placed[j].rank);
            if (a === b) expect(placed[i].rank).toBe(placed[j].rank);
          }),
        );
        // Every yes outranks every tie, which outranks every no.
        const order = { yes: 0, tie: 1, no: 2 };
        s.forEach((a, i) => s.forEach((b, j) => a > b && expect(order[verdicts[i]]).toBeLessThanOrEqual(order[verdicts[j]])));
      }),
      { numRuns: 300 },
    );
  });

  test("through whole workbooks: per province at most q 是, and ties agree", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 8 }), fc.nat(6), (steps, q) => {
        const totals = steps.map((x) => 480 - x * 5);
        const grids: Grid[] = [summaryGrid(totals.map((_, i) => ({ name: `商会${i}` })))];
        totals.forEach((t, i) => grids.push(layoutSheet(`表${i}`, `商会${i}`, scoresTotalling(t))));
        grids.push(quotaGrid({ 四川省: q }));
        const es = review(grids).entries as ChamberEntry[];
        expect(es.filter((e) => e.withinQuota === "yes").length).toBeLessThanOrEqual(q);
        for (const a of es) for (const b of es) if (a.total === b.total) expect(a.withinQuota).toBe(b.withinQuota);
      }),
      { numRuns: 60 },
    );
  });
});
