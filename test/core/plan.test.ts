import { ChamberEntry, Grid, buildWritePlan, review } from "../../src/core";
import { FILL_COLORS, setCell } from "../../src/core/testing";
import { applyValues } from "../helpers/apply";
import { quotaGrid, scores, scoresTotalling, summaryGrid } from "../helpers/grids";
import { layoutSheet } from "../helpers/layouts";

const NOW = new Date(2026, 10, 23, 9, 30);

function workbook(): Grid[] {
  return [
    summaryGrid([{ name: "甲商会", stated: 500 }, { name: "乙商会" }, { name: "丙商会" }, { name: "=丁商会" }]),
    layoutSheet("甲", "甲商会"),
    layoutSheet("乙", "乙商会", scores({ 1: 0, 5: 12 })),
    layoutSheet("丙", "丙商会", scoresTotalling(470, { 1: null })),
    layoutSheet("丁", "=丁商会", scores({ 7: "=SUM(A1)" })),
    quotaGrid({ 四川省: 1 }),
  ];
}

describe("write plan (SPEC §3.6)", () => {
  test("result columns appended after the last used column, in order, with the header", () => {
    const plan = buildWritePlan(review(workbook()), { now: NOW });
    const header = plan.blocks[0];
    expect(header).toMatchObject({ sheet: "推荐名单汇总表", row: 2, col: 5 });
    expect(header.values).toEqual([["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"]]);
    const data = plan.blocks[1];
    expect(data).toMatchObject({ sheet: "推荐名单汇总表", row: 3, col: 5 });
    expect(data.values.map((r) => r.slice(0, 6))).toEqual([
      [500, "无", 0, "合格", 1, "是"],
      [null, "1", 0, "不合格", null, "否"],
      [null, null, 0, "待核", null, null],
      [null, null, 0, "待核", null, null],
    ]);
    expect(data.values[0][6]).toBeNull();
    expect(data.values[1][6]).toBe("否决项 0 分：1；自评表\"乙\"有 1 处错误，首个 E8：自评分超过分值上限：12 > 10");
    expect(data.values[2][6]).toMatch(/^自评表"丙"有 1 处错误，首个 E4：自评分为空（满分 15）$/);
  });

  test("否决项 says 无 only when every veto item is validly scored", () => {
    const plan = buildWritePlan(review(workbook()), { now: NOW });
    const veto = plan.blocks[1].values.map((r) => r[1]);
    // 丙 left veto item 1 blank and 丁 wrote text in veto item 7: nothing can be said yet.
    expect(veto).toEqual(["无", "1", null, null]);
  });

  test("text that looks like a formula is planned as text, and the name links by its text", () => {
    const r = review(workbook());
    const e = r.entries.find((x) => x.name === "=丁商会") as ChamberEntry;
    expect(e.selfAssessmentSheet).toBe("丁");
    expect(r.issues.find((i) => i.sheet === "丁")).toMatchObject({ code: "SCORE_NOT_NUMBER", params: { value: "=SUM(A1)" } });
    const plan = buildWritePlan(r, { now: NOW });
    const report = plan.report.values.find((row) => row[2] === "丁")!;
    expect(report[4]).toBe('自评分不是数字："=SUM(A1)"');
    expect(typeof report[4]).toBe("string");
  });

  test("existing result columns are reused wherever they are, never duplicated", () => {
    const g = workbook();
    setCell(g[0], 2, 5, "备注");
    setCell(g[0], 2, 6, "资格审查");
    setCell(g[0], 2, 8, "核验总分");
    const plan = buildWritePlan(review(g), { now: NOW });
    const header = plan.blocks.find((b) => b.row === 2)!;
    expect(header.col).toBe(9);
    expect(header.values[0]).toEqual(["否决项", "基础项未满分", "组内排名", "名额内", "校验说明"]);
    const status = plan.blocks.find((b) => b.row === 3 && b.col === 6)!;
    expect(status.values.map((r) => r[0])).toEqual(["合格", "不合格", "待核", "待核"]);
    const total = plan.blocks.find((b) => b.row === 3 && b.col === 8)!;
    expect(total.values.map((r) => r[0])).toEqual([500, null, null, null]);
  });

  test("filling twice plans the same writes as filling once", () => {
    const g = workbook();
    const first = buildWritePlan(review(g), { now: NOW });
    const again = review(applyValues(g, first));
    const second = buildWritePlan(again, { now: NOW });
    const dataOnly = (p: typeof first) => p.blocks.filter((b) => b.row > 2);
    expect(dataOnly(second)).toEqual(dataOnly(first));
    expect(second.blocks.filter((b) => b.row === 2)).toEqual([]);
    expect(second.highlights).toEqual(first.highlights);
    expect(second.report).toEqual(first.report);
  });

  test("highlights: errors red, warnings yellow, the worst wins on a shared cell", () => {
    const plan = buildWritePlan(review(workbook()), { now: NOW });
    const red = plan.highlights.filter((h) => h.color === FILL_COLORS.error);
    const yellow = plan.highlights.filter((h) => h.color === FILL_COLORS.warning);
    expect(FILL_COLORS).toEqual({ error: "#FFC7CE", warning: "#FFEB9C" });
    expect(red.map((h) => `${h.sheet}!${h.row},${h.col}`)).toEqual(expect.arrayContaining(["乙!7,4", "丙!3,4", "丁!9,4"]));
    expect(yellow.length).toBeGreaterThan(0);
    const keys = plan.highlights.map((h) => `${h.sheet}!${h.row},${h.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(plan.touched).toEqual(["推荐名单汇总表", "乙", "丙", "丁"]);
  });

  test("the report sheet: scheme, time, counts, then one linked row per issue", () => {
    const r = review(workbook());
    const plan = buildWritePlan(r, { now: NOW });
    const v = plan.report.values;
    expect(plan.report.sheet).toBe("校验报告");
    expect(v[1]).toEqual(["评审方案", '全国"四好"商会认定 2019—2020（sihao-2020）', null, null, null]);
    expect(v[2][1]).toBe("2026-11-23 09:30");
    expect(v.slice(3, 9).map((row) => row[1])).toEqual([4, 1, 1, 2, r.counts.errors, r.counts.warnings]);
    expect(v[10]).toEqual(["级别", "代码", "工作表", "单元格", "说明"]);
    expect(v.length).toBe(11 + r.issues.length);
    const linked = plan.report.links.map((l) => v[l.row][3]);
    expect(linked).toEqual(r.issues.filter((i) => i.cell).map((i) => i.cell));
    expect(plan.report.links[0]).toMatchObject({ col: 3, sheet: r.issues.find((i) => i.cell)!.sheet });
  });

  test("lang en: the 校验报告 sheet is English, the form's result cells stay Chinese (one rule)", () => {
    const zh = buildWritePlan(review(workbook()), { now: NOW });
    const plan = buildWritePlan(review(workbook()), { now: NOW, lang: "en" });
    expect(plan.report.values[10]).toEqual(["Level", "Code", "Sheet", "Cell", "Message"]);
    expect(plan.blocks[1].values[1][3]).toBe("不合格");
    expect(plan.blocks[1].values[1][6]).toMatch(/^否决项 0 分：1；自评表"乙"有 1 处错误/);
    expect(plan.blocks).toEqual(zh.blocks);
  });

  test("blank 小计/合计 cells are filled only on request", () => {
    const g = [summaryGrid([{ name: "甲商会" }]), layoutSheet("甲", "甲商会", scores(), { subtotals: true, total: true })];
    const r = review(g);
    expect(buildWritePlan(r, { now: NOW }).blocks.some((b) => b.sheet === "甲")).toBe(false);
    const filled = buildWritePlan(r, { now: NOW, fillStatedTotals: true }).blocks.filter((b) => b.sheet === "甲");
    expect(filled.map((b) => b.values[0][0])).toEqual([125, 110, 115, 90, 60, 500]);
  });

  test("without a summary sheet, nothing but highlights and the report is planned", () => {
    const plan = buildWritePlan(review([layoutSheet("甲", "甲商会", scores({ 3: "abc" }))]), { now: NOW });
    expect(plan.blocks).toEqual([]);
    expect(plan.highlights).toHaveLength(1);
  });
});
