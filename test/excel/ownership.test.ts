/**
 * What is the tool's and what the user's, through Microsoft's runtime on the local host: a
 * sheet is the tool's by its record, never by its name; headers the user typed are his unless
 * they hold what the fill writes; a report or column the tool made and the user replaced is
 * his from then on.
 */
import { Grid, MEMO_NAMESPACE, WritePlan, buildWritePlan, review } from "../../src/core";
import { gridToValues, memoFromXml } from "../../src/core/testing";
import { setup } from "./helpers";
import { provinceWorkbook, typedResults, userReportNamed } from "./workbook";

const NOW = new Date(2020, 9, 15, 9, 30);
const SUMMARY = "推荐名单汇总表";

function planFor(grids: Grid[]): WritePlan {
  return buildWritePlan(review(grids), { now: NOW });
}

describe("a sheet is the tool's by its record, not its name", () => {
  test("a 自评表 the user named 校验报告 is read, marked and linked; the report goes to 校验报告 (2)", async () => {
    const grids = userReportNamed();
    const rv = review(grids);
    expect(rv.entries.find((e) => e.name === "重庆市福建商会")).toMatchObject({ status: "pending", sheet: SUMMARY });
    expect(rv.issues.filter((i) => i.sheet === "校验报告").map((i) => [i.code, i.cell])).toEqual([["SCORE_OUT_OF_RANGE", "E5"]]);
    expect(rv.issues.some((i) => i.code === "SHEET_NOT_FOUND" && i.cell === "F8")).toBe(false);
    const { host, gw } = setup(grids);
    const out = await gw.fill(planFor(grids));
    expect(out.notes).toEqual([{ kind: "reportRenamed", userSheet: "校验报告", sheet: "校验报告 (2)" }]);
    expect(host.value(SUMMARY, "J8")).toBe("待核");
    expect(host.fill("校验报告", "E5")).toBe("#FFC7CE");
    expect(host.value("校验报告", "E5")).toBe(99);
    expect(host.value("校验报告 (2)", "A1")).toBe("评审助手 校验报告");
    const linked = gridToValues(host.grid("校验报告 (2)")).find((r) => r[2] === "校验报告");
    expect(linked?.slice(0, 4)).toEqual(["错误", "SCORE_OUT_OF_RANGE", "校验报告", "E5"]);
  });
});

describe("result headers the user typed", () => {
  test("are his when they hold his own values: those go untouched, ours go to new columns; those holding nothing or ours are taken", async () => {
    const grids = typedResults();
    const before = gridToValues(grids[0]);
    const { host, gw } = setup(grids);
    const out = await gw.fill(planFor(grids));
    expect(out.notes).toEqual(
      [
        ["核验总分", "G"],
        ["资格审查", "J"],
        ["组内排名", "K"],
        ["名额内", "L"],
        ["校验说明", "M"],
      ].map(([label, col]) => ({ kind: "columnMoved", sheet: SUMMARY, label, newLabel: `${label}【评审助手】`, userColumn: col })),
    );
    const now = gridToValues(host.grid(SUMMARY));
    // His columns G, J, K, L and M are as he typed them.
    for (let r = 2; r < 9; r++) for (const c of [6, 9, 10, 11, 12]) expect([r, c, now[r][c] ?? null]).toEqual([r, c, before[r][c] ?? null]);
    expect(now[2].slice(13, 18)).toEqual(["核验总分【评审助手】", "资格审查【评审助手】", "组内排名【评审助手】", "名额内【评审助手】", "校验说明【评审助手】"]);
    expect(now[3].slice(13, 18)).toEqual([null, "待核", null, null, '自评表"科技装备业商会"有 2 处错误，首个 E8：自评分是公式错误 #REF!']);
    // 否决项 held what the fill writes and 基础项未满分 nothing: both taken, filled in place.
    expect(now[5][7]).toBe("1");
    expect(now[4][8]).toBe(0);
    const memo = memoFromXml(host.partsIn(MEMO_NAMESPACE)[0].xml);
    expect(memo.columns![0].labels).toEqual(["核验总分【评审助手】", "否决项", "基础项未满分", "资格审查【评审助手】", "组内排名【评审助手】", "名额内【评审助手】", "校验说明【评审助手】"]);
    // Filling again keeps to the same columns, with no new note about his.
    const again = await gw.fill(planFor(await gw.read()));
    expect((again.notes ?? []).map((n) => (n.kind === "columnMoved" ? n.userColumn : n.kind))).toEqual(["G", "J", "K", "L", "M"]);
    expect(gridToValues(host.grid(SUMMARY))[2]).toEqual(now[2]);
  });
});

describe("a record gone stale", () => {
  test("our 校验报告 deleted and the user's own made under that name: the next fill leaves his notes and reports to 校验报告 (2)", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    await gw.fill(planFor(grids));
    host.sheets.splice(host.sheets.findIndex((s) => s.name === "校验报告"), 1);
    const mine = host.addSheet("校验报告");
    mine.touch(0, 0).value = "我的审核意见";
    mine.touch(1, 0).value = "第 3 家需补材料";
    const out = await gw.fill(planFor(await gw.read()));
    expect(out.notes).toEqual([{ kind: "reportRenamed", userSheet: "校验报告", sheet: "校验报告 (2)" }]);
    expect(gridToValues(host.grid("校验报告"))).toEqual([["我的审核意见"], ["第 3 家需补材料"]]);
    expect(host.value("校验报告 (2)", "A1")).toBe("评审助手 校验报告");
    expect(memoFromXml(host.partsIn(MEMO_NAMESPACE)[0].xml).reports).toEqual(["校验报告 (2)"]);
  });

  test("our 核验总分 column filled since with the office's own figures is theirs; a column the data changed under is still ours", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    await gw.fill(planFor(grids));
    expect(host.value(SUMMARY, "G3")).toBe("核验总分");
    const figures = [431, 422, 480, 415, 379, 300];
    figures.forEach((v, i) => (host.sheet(SUMMARY)!.touch(3 + i, 6).value = v));
    // A score corrected since: 温州商会's total and ranks change under our other columns.
    host.sheet("温州商会")!.touch(5, 4).value = 5;
    const out = await gw.fill(planFor(await gw.read()));
    expect(out.notes).toEqual([{ kind: "columnMoved", sheet: SUMMARY, label: "核验总分", newLabel: "核验总分【评审助手】", userColumn: "G" }]);
    expect(figures.map((_, i) => host.value(SUMMARY, `G${4 + i}`))).toEqual(figures);
    expect(host.value(SUMMARY, "N3")).toBe("核验总分【评审助手】");
    expect(host.value(SUMMARY, "N5")).toBe(410);
  });
});
