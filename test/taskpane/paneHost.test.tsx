/** @jest-environment jsdom */
/**
 * The pane against the real Office.js adapter: Microsoft's runtime talking to the local Excel
 * host (OFFICEJS-HOST.md), not FakeGateway. What the user sees and what lands in the workbook
 * are fixed here, worked out by hand from the workbook below.
 */
import "./hostGlobals";
import { cellAt, type Grid } from "../../src/core";
import { gridToValues } from "../../src/core/testing";
import { App } from "../../src/taskpane/App";
import { setup, seen } from "../excel/helpers";
import { byLabel, click, clickable, render, text, waitFor, type Rendered } from "./dom";
import { OUT_OF_RANGE, workbook } from "./sichuan";

let shown: Rendered | null = null;
// The pane keeps its language and filters in local storage; every test starts from none.
beforeEach(() => localStorage.clear());

afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

async function openPane(grids: Grid[]) {
  const s = setup(grids);
  shown = await render(<App gateway={s.gw} lang="zh" dark={false} />);
  return s;
}

describe("the pane on the Office.js adapter (local Excel host)", () => {
  it("校验 lists the issues by sheet; clicking one selects its cell in Excel; nothing is written", async () => {
    const { host } = await openPane(workbook());
    const before = host.snapshot();
    await click(clickable("校验"));
    await waitFor(() => expect(text()).toContain("校验完成：1 处错误，1 处警告"), 15000);
    expect(text()).toContain("四川省：列入 2，合格 1，名额 1，超过名额");
    // The results table: the chamber with the error waits, its reason in the programme's words.
    expect(text()).toContain("四川省科技装备业商会四川省500合格1是四川省餐饮商会四川省待核1 处自评分错误");
    await click(document.querySelector<HTMLElement>("#tab-issues")!);
    // Grouped by sheet, the one with an error first, labelled with its chamber.
    await waitFor(() => expect(text()).toContain("四川省餐饮商会（餐饮商会）1：1 条问题，其中 1 处错误E6自评分超过分值上限：99 > 15"), 15000);
    expect(text()).toContain('推荐名单汇总表1：1 条问题B4"四川省"推荐 2 家，名额 1 个，超出 1 家');
    const issue = OUT_OF_RANGE.zh;
    await click(clickable(issue));
    await waitFor(() => expect(host.selection).toEqual({ sheet: "餐饮商会", address: "餐饮商会!E6" }), 15000);
    expect(host.snapshot()).toEqual(before);
  }, 60000);

  it("填写结果 writes the result columns, marks the cell and adds 校验报告; 撤销上次填写 puts the workbook back", async () => {
    const { host } = await openPane(workbook());
    const before = seen(host);
    await click(clickable("填写结果"));
    await waitFor(() => expect(text()).toContain("已填写"), 15000);
    expect(text()).toContain("标记 2 处问题，并更新了校验报告");
    expect(gridToValues(host.grid("推荐名单汇总表")).slice(2)).toEqual([
      ["序号", "省份", "商会名称", "商会类型", "自评分", "核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"],
      [1, "四川省", "四川省科技装备业商会", "行业商会", 500, 500, "无", 0, "合格", 1, "是"],
      [2, "四川省", "四川省餐饮商会", "行业商会", 480, null, "无", 0, "待核", null, null, '自评表"餐饮商会"有 1 处错误，首个 E6：自评分超过分值上限：99 > 15'],
    ]);
    expect([host.fill("餐饮商会", "E6"), host.fill("推荐名单汇总表", "B4")]).toEqual(["#FFC7CE", "#FFEB9C"]);
    expect(cellAt(host.grid("校验报告"), 0, 0)).toBe("评审助手 校验报告");
    await click(byLabel("更多操作"));
    await click(clickable("撤销上次填写"));
    await waitFor(() => expect(text()).toContain("已撤销上次填写"), 15000);
    expect(seen(host)).toEqual(before);
  }, 60000);
});
