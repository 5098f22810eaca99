/**
 * Header blocks (SPEC §2) in every sheet kind of both schemes and of a custom scheme:
 * two and three rows, merged group labels and merged single labels, with and without the
 * merged areas (Excel before ExcelApi 1.13 reports none), data straight after the block.
 */
import { CaseEntry, ChamberEntry, Grid, SheetSpec, buildWritePlan, gridFromValues, loadScheme, review, toJsonReport } from "../../src/core";
import { chamberIndexes, detectQuotaHeader, detectSelfHeader, detectSummaryHeader } from "../../src/core/programmes/chamber/headers";
import { caseIndex, detectCaseHeader, detectExpertHeader, expertIndex } from "../../src/core/programmes/case/caseSheets";
import { sheetHead } from "../../src/core/kernel/headerBlock";
import type { CaseScheme } from "../../src/core";
import { builtinScheme } from "../../src/core";
import { applyValues } from "../helpers/apply";
import { chuangxinBlockSheets, sihaoBlockSheets } from "../helpers/blocks";
import { SIHAO } from "../helpers/grids";

const CX = builtinScheme("chuangxin-2021") as CaseScheme;
const NOW = new Date(2026, 0, 5, 9, 0);

const toGrid = (s: SheetSpec, merges = true): Grid => gridFromValues(s.name, s.values, merges ? { merges: s.merges } : {});
const grids = (specs: SheetSpec[], merges = true) => specs.map((s) => toGrid(s, merges));
const byName = (specs: SheetSpec[], name: string) => toGrid(specs.find((s) => s.name === name)!);

describe("where each sheet kind's header block is and what its columns hold", () => {
  const ix = chamberIndexes(SIHAO);
  const SUMMARY = { seq: 0, group: 1, name: 2, type: 3, statedTotal: 4, sheetRef: 5 };
  const SELF = { number: 0, category: 1, item: 2, max: 3, score: 4 };
  const CASES = { seq: 0, name: 1, unit: 2, category: 3, recommender: 4, subscriptions: 5, reasonText: 6, caseText: 7 };
  const EXPERT = { seq: 0, name: 1, "c:创新特性": 2, "c:典型意义": 3, "c:实践成果": 4 };

  test.each([
    [2, "推荐名单汇总表", 2, 3, SUMMARY],
    [3, "推荐名单汇总表", 2, 4, SUMMARY],
    [2, "科技装备业", 1, 2, SELF],
    [2, "浙江商会", 1, 3, SELF],
    [2, "乳业商会", 1, 2, SELF],
    [2, "江苏商会", 2, 2, SELF],
    [2, "推荐名额分配表", 1, 2, { group: 1, quota: 2 }],
    [3, "推荐名额分配表", 1, 3, { group: 1, quota: 2 }],
  ] as const)("四好 (%i-row summary) %s: rows %i–%i", (depth, name, top, row, cols) => {
    const head = sheetHead(byName(sihaoBlockSheets(depth), name));
    const m = detectSelfHeader(head, ix) ?? detectQuotaHeader(head, ix) ?? detectSummaryHeader(head, ix);
    expect(m && { top: m.top, row: m.row, cols: m.cols }).toEqual({ top, row, cols });
  });

  test.each([
    [2, "推介汇总表", 1, 2, CASES],
    [3, "推介汇总表", 1, 3, CASES],
    [2, "专家一", 1, 2, EXPERT],
    [2, "专家二", 1, 3, EXPERT],
    [2, "专家三", 1, 1, EXPERT],
  ] as const)("创新中国 (%i-row case list) %s: rows %i–%i", (depth, name, top, row, cols) => {
    const head = sheetHead(byName(chuangxinBlockSheets(depth), name));
    const m = detectExpertHeader(head, expertIndex(CX)) ?? detectCaseHeader(head, caseIndex(CX));
    expect(m && { top: m.top, row: m.row, cols: m.cols }).toEqual({ top, row, cols });
  });
});

describe.each([2, 3] as const)("四好 workbook, summary and quota headers over %i rows", (depth) => {
  const specs = sihaoBlockSheets(depth);
  /** The three-row header pushes everything on the summary one row down. */
  const d = depth - 2;

  test("every chamber linked through the 自评表 column, 自评分 read under its group label", () => {
    const r = review(grids(specs));
    expect(
      r.entries.map((e) => {
        const c = e as ChamberEntry;
        return [c.row + 1, c.name, c.group, c.groupKey, c.selfAssessmentSheet, c.total, c.status, c.rank, c.withinQuota];
      }),
    ).toEqual([
      [5 + d, "四川省科技装备业商会", "四川", "四川省", "科技装备业", 480, "qualified", 1, "yes"],
      [6 + d, "广西壮族自治区浙江商会", "广西", "广西壮族自治区", "浙江商会", 470, "qualified", 1, "yes"],
      [7 + d, "内蒙古自治区乳业商会", "内蒙古", "内蒙古自治区", "乳业商会", 460, "qualified", 1, "yes"],
      [8 + d, "新疆生产建设兵团江苏商会", "新疆兵团", "新疆生产建设兵团", "江苏商会", 450, "qualified", 1, "yes"],
      [9 + d, "四川省茶叶商会", "四川省", "四川省", "茶叶商会", 440, "qualified", 2, "no"],
    ]);
    // No header row became an entry or an issue; no sheet went unlinked.
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["OVER_QUOTA", "推荐名单汇总表", `B${5 + d}`],
      ["SUMMARY_TOTAL_MISMATCH", "推荐名单汇总表", `E${9 + d}`],
    ]);
  });

  test("results go right after the header block (G, or H after 备注), not after the title merged to L", () => {
    const plan = buildWritePlan(review(grids(specs)), { now: NOW });
    expect(plan.blocks.map((b) => [b.sheet, b.row, b.col, b.values.length])).toEqual([
      ["推荐名单汇总表", 3 + d, 6 + d, 1],
      ["推荐名单汇总表", 4 + d, 6 + d, 5],
    ]);
    expect(plan.blocks[0].values[0]).toEqual(["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"]);
  });

  test("the same without merged areas, as Excel before ExcelApi 1.13 reports the workbook", () => {
    const withMerges = toJsonReport(review(grids(specs)));
    expect(toJsonReport(review(grids(specs, false)))).toEqual(withMerges);
  });

  test("filling twice finds its own columns in the block and plans the same values", () => {
    const g = grids(specs);
    const first = buildWritePlan(review(g), { now: NOW });
    const again = review(applyValues(g, first));
    expect(again.table!.columns.map((c) => c.col)).toEqual([6, 7, 8, 9, 10, 11, 12].map((c) => c + d));
    const second = buildWritePlan(again, { now: NOW });
    expect(second.blocks).toEqual(first.blocks.filter((b) => b.row > 3 + d));
    expect(toJsonReport(again)).toEqual(toJsonReport(review(g)));
  });
});

describe.each([2, 3] as const)("创新中国 workbook, case list header over %i rows", (depth) => {
  const specs = chuangxinBlockSheets(depth);
  const d = depth - 2;

  test("every expert sheet scored, the case list read under its group label", () => {
    const r = review(grids(specs));
    expect(r.scheme.id).toBe("chuangxin-2021");
    expect(
      r.entries.map((e) => {
        const c = e as CaseEntry;
        return [c.row + 1, c.name, c.category, c.experts, c.score, c.status, c.rank, c.shortlisted, c.final];
      }),
    ).toEqual([
      [4 + d, "案例甲", "省级工商联", 3, 85, "qualified", 1, "yes", "yes"],
      [5 + d, "案例乙", "商会", 3, 71, "disqualified", null, "no", "no"],
      [6 + d, "案例丙", "区县级工商联", 3, 79, "pending", null, null, null],
      [7 + d, "案例丁", "副省级、地市级工商联", 3, 93, "qualified", 1, "yes", "yes"],
    ]);
    // The field is named by its label in the block's lower row.
    expect(toJsonReport(r).issues.map((i) => [i.code, i.sheet, i.cell, i.message])).toEqual([
      ["SCORE_NOT_NUMBER", "推介汇总表", `F${6 + d}`, '订阅份数不是数字："四十"'],
    ]);
    expect(r.table).toMatchObject({ headerRow: 2 + d, appendAt: 8 });
  });

  test("the same without merged areas", () => {
    expect(toJsonReport(review(grids(specs, false)))).toEqual(toJsonReport(review(grids(specs))));
  });
});

describe("the edges of a block", () => {
  const summaryTop = (rows: (string | number | null)[][], merges = [] as SheetSpec["merges"]) =>
    gridFromValues("推荐名单汇总表", [["序号", "省份", "商会名称", "自评情况", null], [null, null, null, "自评分", "自评表"], ...rows], { merges });

  test("a data row right under the block that holds only text is an entry, not a header row", () => {
    const r = review([summaryTop([[null, "四川", "甲商会", null, null], [null, null, "乙商会", null, null]])]);
    expect(r.entries.map((e) => [e.row + 1, e.name])).toEqual([
      [3, "甲商会"],
      [4, "乙商会"],
    ]);
  });

  test("a row of text under the block that is not made of labels starts the data (NAME_MISSING), as before", () => {
    const r = review([summaryTop([[null, "四川", null, "待补", null], [1, "四川", "甲商会", 450, null]])]);
    expect(r.issues.filter((i) => i.code === "NAME_MISSING").map((i) => i.cell)).toEqual(["C3"]);
  });

  test("unknown labels under a group label belong to the block (联系人 over 姓名 and 电话)", () => {
    const g = gridFromValues("推荐名单汇总表", [
      ["序号", "省份", "商会名称", "联系人", null],
      [null, null, null, "姓名", "电话"],
      [1, "四川", "甲商会", "张三", "138"],
    ]);
    const r = review([g]);
    expect(r.entries.map((e) => [e.row + 1, e.name])).toEqual([[3, "甲商会"]]);
    expect(r.issues.filter((i) => i.code === "NAME_MISSING")).toEqual([]);
    expect(r.table).toMatchObject({ headerRow: 1, appendAt: 5 });
  });

  test("a header row merged down over a blank row: the block ends at the merge's bottom", () => {
    const g = gridFromValues("推荐名单汇总表", [["序号", "省份", "商会名称"], [], [1, "四川", "甲商会"]], {
      merges: [
        { r0: 0, c0: 0, r1: 1, c1: 0 },
        { r0: 0, c0: 1, r1: 1, c1: 1 },
        { r0: 0, c0: 2, r1: 1, c1: 2 },
      ],
    });
    expect(review([g]).entries.map((e) => [e.row + 1, e.name])).toEqual([[3, "甲商会"]]);
  });

  test("a block is at most three rows: a fourth label row is data", () => {
    const g = gridFromValues("推荐名额分配表", [["地区", null], [null, "推荐名额"], [null, "名额"], ["省份", null], ["四川", 2]]);
    const m = detectQuotaHeader(sheetHead(g), chamberIndexes(SIHAO))!;
    expect([m.top, m.row]).toEqual([0, 2]);
  });

  test("a stray note beside a data row is never written over: the results move past it", () => {
    const g = summaryTop([[1, "四川", "甲商会", 450, null, null, null, "已电话核实"]]);
    const r = review([g]);
    expect(r.table).toMatchObject({ headerRow: 1, appendAt: 8 });
  });

  test("a stray note above the block or below the data does not move the results", () => {
    const g = gridFromValues("推荐名单汇总表", [
      [null, null, null, null, null, null, null, null, null, "单位：分"],
      ["序号", "省份", "商会名称", "自评分"],
      [1, "四川", "甲商会", 450],
      [],
      [null, null, null, null, null, null, "填表人：张三"],
    ]);
    expect(review([g]).table).toMatchObject({ headerRow: 1, appendAt: 4 });
  });

  test("a result column already anywhere in the block is reused; the others go after the block", () => {
    const g = gridFromValues(
      "推荐名单汇总表",
      [
        ["序号", "省份", "商会名称", "资格审查", "自评情况", null],
        [null, null, null, null, "自评分", "核验总分"],
        [1, "四川", "甲商会", null, 450, null],
      ],
      { merges: [{ r0: 0, c0: 3, r1: 1, c1: 3 }, { r0: 0, c0: 4, r1: 0, c1: 5 }] },
    );
    const r = review([g]);
    expect(r.table!.columns.map((c) => [c.label, c.col])).toEqual([
      ["核验总分", 5],
      ["否决项", null],
      ["基础项未满分", null],
      ["资格审查", 3],
      ["组内排名", null],
      ["名额内", null],
      ["校验说明", null],
    ]);
    expect(r.table).toMatchObject({ headerRow: 1, appendAt: 6 });
    expect((r.entries[0] as ChamberEntry).statedTotal).toBe(450);
  });

  test("a custom scheme's aliases make its header blocks", async () => {
    const load = await loadScheme({ extends: "sihao-2020", id: "sihao-custom", headers: { summary: { group: ["所属省份"], name: ["会员商会"] } } });
    if (!load.ok) throw new Error("scheme refused");
    const g = gridFromValues("推荐名单汇总表", [
      ["序号", "基本信息", null, "自评分"],
      [null, "所属省份", "会员商会", null],
      [1, "广西", "甲商会", 450],
    ]);
    const r = review([g], { scheme: load.scheme });
    expect(r.entries.map((e) => [e.row + 1, e.name, (e as ChamberEntry).groupKey, (e as ChamberEntry).statedTotal])).toEqual([
      [3, "甲商会", "广西壮族自治区", 450],
    ]);
  });
});
