/**
 * Issue 22 §1: a national 汇总表 whose header takes three rows — group labels, a sub-group
 * label (得分（分）) over 自评分 and 其中：加分项 — or two rows of labels merged down under a
 * group row. A header row is never an entry, 自评分 is read under its labels, unknown labels
 * inside the block belong to it; with the merged areas and without them (Excel before
 * ExcelApi 1.13 reports none).
 */
import { ChamberEntry, Grid, SheetSpec, buildWritePlan, gridFromValues, review, toJsonReport } from "../../src/core";
import { nationalSheets } from "../helpers/national";

const NOW = new Date(2021, 2, 15, 9, 30);

const grids = (specs: SheetSpec[], merges: boolean): Grid[] =>
  specs.map((s) => gridFromValues(s.name, s.values, merges ? { merges: s.merges } : {}));

/** The three-row layout with a 备注 column added later beside the sub-group, merged down the two lower rows. */
function withNote(): SheetSpec[] {
  const specs = nationalSheets("three-row");
  const s = specs[0];
  s.values = s.values.map((r, i) => (i === 1 ? [...r.slice(0, 7), null] : i === 2 ? [...r.slice(0, 7), "备注"] : r));
  s.merges = [...s.merges.filter((m) => m.c0 !== 7), { r0: 2, c0: 7, r1: 3, c1: 7 }];
  return specs;
}

const CASES: [string, () => SheetSpec[], boolean][] = [
  ["three-row header, merged areas known", () => nationalSheets("three-row"), true],
  ["three-row header, no merged areas", () => nationalSheets("three-row"), false],
  ["labels merged down under a group row, merged areas known", () => nationalSheets("group-row"), true],
  ["labels merged down under a group row, no merged areas", () => nationalSheets("group-row"), false],
  ["three-row header with 备注 added in its second row, merged areas known", withNote, true],
  ["three-row header with 备注 added in its second row, no merged areas", withNote, false],
];

describe.each(CASES)("%s", (_, specs, merges) => {
  const g = grids(specs(), merges);
  const r = review(g);

  test("four chambers from row 5, 自评分 read, the one that differs flagged", () => {
    expect(r.entries.map((e) => [e.row + 1, e.name, (e as ChamberEntry).statedTotal, (e as ChamberEntry).total, e.status, e.rank])).toEqual([
      [5, "四川省科技装备业商会", 480, 480, "qualified", 1],
      [6, "四川省茶叶商会", 455, 445, "qualified", 2],
      [7, "广西壮族自治区浙江商会", 470, 470, "qualified", 1],
      [8, "内蒙古自治区乳业商会", 460, 460, "qualified", 1],
    ]);
    expect(toJsonReport(r).issues.map((i) => [i.code, i.sheet, i.cell, i.message])).toEqual([
      ["SUMMARY_TOTAL_MISMATCH", "推荐名单汇总表", "F6", "汇总表自评分为 455，自评表核算为 445"],
    ]);
  });

  test("fill writes its labels after 备注 on the header's last row and nothing else into the header", () => {
    expect(r.table).toMatchObject({ headerRow: 3, appendAt: 8 });
    const plan = buildWritePlan(r, { now: NOW });
    const summary = plan.blocks.filter((b) => b.sheet === "推荐名单汇总表");
    expect(summary.map((b) => [b.row, b.col, b.values.length])).toEqual([
      [3, 8, 1],
      [4, 8, 4],
    ]);
    expect(summary[0].values[0]).toEqual(["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"]);
    expect(summary[1].values.map((v) => v.slice(0, 6))).toEqual([
      [480, "无", 0, "合格", 1, "是"],
      [445, "无", 0, "合格", 2, "是"],
      [470, "无", 0, "合格", 1, "是"],
      [460, "无", 0, "合格", 1, "是"],
    ]);
    expect(plan.highlights.filter((h) => h.sheet === "推荐名单汇总表").map((h) => [h.row, h.col])).toEqual([[5, 5]]);
  });
});

describe("what a block takes in, and what it leaves as data", () => {
  test("a row of text with no label, not under a group label, stays data (NAME_MISSING), as before", () => {
    const g = gridFromValues("推荐名单汇总表", [
      ["序号", "省（区、市）", "商会名称", "自评分", "备注"],
      [null, null, null, null, "待补"],
      [1, "四川省", "甲商会", 450, null],
    ]);
    const r = review([g]);
    expect(r.entries.map((e) => [e.row + 1, e.name])).toEqual([
      [2, ""],
      [3, "甲商会"],
    ]);
    expect(r.issues.filter((i) => i.code === "NAME_MISSING").map((i) => i.cell)).toEqual(["C2"]);
  });

  test("a row holding a label and a number is data, not header", () => {
    const g = gridFromValues("推荐名单汇总表", [
      ["序号", "省份", "商会名称", "自评分"],
      [1, "四川省", "商会类型", 450],
    ]);
    expect(review([g]).entries.map((e) => [e.row + 1, e.name])).toEqual([[2, "商会类型"]]);
  });

  test("a title merged over the whole header is no group row: a blank row under the header still ends the data", () => {
    const g = gridFromValues(
      "推荐名单汇总表",
      [["全国“四好”商会推荐名单汇总表", null, null, null], ["序号", "省份", "商会名称", "自评分"], [], [1, "四川省", "甲商会", 450]],
      { merges: [{ r0: 0, c0: 0, r1: 0, c1: 3 }] },
    );
    expect(review([g]).entries).toEqual([]);
  });
});
