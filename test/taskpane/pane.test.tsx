/** @jest-environment jsdom */
import { act } from "react";
import { gridFromValues } from "../../src/core";
import { ExcelAdapterError } from "../../src/excel/errors";
import { App } from "../../src/taskpane/App";
import { allClickable, byLabel, click, clickable, render, text, waitFor, type Rendered } from "./dom";
import { FakeGateway } from "./fakeGateway";
import { OUT_OF_RANGE, workbook } from "./sichuan";

let shown: Rendered | null = null;

async function open(gateway: FakeGateway, lang: "zh" | "en" = "zh") {
  shown = await render(<App gateway={gateway} lang={lang} dark={false} />);
}

afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

// The pane keeps its language and filters in local storage; every test starts from none.
beforeEach(() => localStorage.clear());

/** Brings the issues tab to the front. */
async function issuesTab() {
  await click(document.querySelector<HTMLElement>('[role="tab"][value="issues"], #tab-issues')!);
}

describe("task pane", () => {
  it("校验 lists the issues grouped by sheet and writes nothing", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    await click(clickable("校验"));
    await waitFor(() => expect(text()).toContain("校验完成"));
    await issuesTab();
    await waitFor(() => expect(text()).toContain(OUT_OF_RANGE.zh));
    expect(text()).toContain(`E6${OUT_OF_RANGE.zh}`);
    expect(text()).toContain("校验完成：1 处错误，1 处警告");
    expect(gw.plans).toHaveLength(0);
    // The sheet with the error is one group header, labelled with its chamber.
    expect(allClickable("四川省餐饮商会（餐饮商会）")).toHaveLength(1);
  });

  it("clicking an issue selects its cell in the workbook", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    await click(clickable("校验"));
    await waitFor(() => expect(text()).toContain("校验完成"));
    await issuesTab();
    await click(clickable(OUT_OF_RANGE.zh));
    expect(gw.selected).toEqual([{ sheet: "餐饮商会", cell: "E6" }]);
  });

  it("填写结果 hands the core write plan to the gateway, and 撤销上次填写 takes it back", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    await click(clickable("填写结果"));
    await waitFor(() => expect(gw.plans).toHaveLength(1));
    const got = gw.plans[0];
    // 科技装备业 has full marks (500, within the quota of 1); 餐饮's item 3 reads 99 of 15: 待核.
    expect(got.blocks).toEqual([
      { sheet: "推荐名单汇总表", row: 2, col: 5, values: [["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"]] },
      {
        sheet: "推荐名单汇总表",
        row: 3,
        col: 5,
        values: [
          [500, "无", 0, "合格", 1, "是", null],
          [null, "无", 0, "待核", null, null, `自评表"餐饮商会"有 1 处错误，首个 E6：${OUT_OF_RANGE.zh}`],
        ],
      },
    ]);
    expect(got.highlights).toEqual([
      { sheet: "推荐名单汇总表", row: 3, col: 1, severity: "warning", color: "#FFEB9C" },
      { sheet: "餐饮商会", row: 5, col: 4, severity: "error", color: "#FFC7CE" },
    ]);
    expect(got.touched).toEqual(["推荐名单汇总表", "餐饮商会"]);
    expect(got.report.sheet).toBe("校验报告");
    await waitFor(() => expect(text()).toContain("已填写"));

    await click(byLabel("更多操作"));
    await click(clickable("撤销上次填写"));
    await waitFor(() => expect(text()).toContain("已撤销上次填写"));
    expect(gw.undos).toBe(1);
    expect(gw.grids.map((g) => g.name)).toEqual(workbook().map((g) => g.name));
  });

  it("撤销上次填写 names every cell it left alone because the user changed it", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    await click(clickable("填写结果"));
    await waitFor(() => expect(text()).toContain("已填写"));
    gw.undoOutcome = { restored: 40, kept: ["推荐名单汇总表!J5", "江西商会!E5", "校验报告!F12"], reportKept: "校验报告" };
    await click(byLabel("更多操作"));
    await click(clickable("撤销上次填写"));
    await waitFor(() => expect(text()).toContain("已保留您在填写后修改的 3 个单元格：推荐名单汇总表!J5、江西商会!E5、校验报告!F12"));
    expect(text()).toContain('"校验报告"中有您的改动，已原样保留这张工作表。');
  });

  it("refuses to fill a protected sheet and says which one", async () => {
    const grids = workbook();
    grids[0].protected = true;
    const gw = new FakeGateway(grids);
    await open(gw);
    await click(clickable("填写结果"));
    await waitFor(() => expect(text()).toContain('工作表"推荐名单汇总表"已保护，请先撤销保护后再填写'));
    expect(gw.plans).toHaveLength(0);
  });

  it("shows counters and a quota bar for the group over its quota", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    await click(clickable("校验"));
    await waitFor(() => expect(text()).toContain("各组名额"));
    expect(text()).toContain("列入 2 · 合格 1 · 名额 1");
    expect(document.querySelectorAll('[data-testid="group-bar"]')).toHaveLength(1);
  });

  it("switches to English and back", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    expect(document.querySelector("h1")!.textContent).toBe("评审助手");
    await click(byLabel("更多操作"));
    await click(clickable("English"));
    await waitFor(() => expect(document.querySelector("h1")!.textContent).toBe("Review Assistant"));
    expect(document.documentElement.lang).toBe("en");
    await click(clickable("Check"));
    await waitFor(() => expect(text()).toContain("Checked:"));
    await issuesTab();
    await waitFor(() => expect(text()).toContain(OUT_OF_RANGE.en));
    await click(byLabel("More actions"));
    await click(clickable("中文"));
    await waitFor(() => expect(document.querySelector("h1")!.textContent).toBe("评审助手"));
    expect(text()).toContain(OUT_OF_RANGE.zh);
  });

  it("starts in English when Office's display language is English", async () => {
    await open(new FakeGateway(workbook()), "en");
    expect(allClickable("Fill results")).toHaveLength(1);
  });

  it("lists every problem of a bad scheme file with its path, and keeps nothing", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    const input = document.querySelector<HTMLInputElement>('[data-testid="scheme-file"]')!;
    const bad = JSON.stringify({ extends: "sihao-2020", threshold: 900, categories: [{ name: "政治引领好", max: -1 }] });
    await chooseFile(input, new File([bad], "bad-scheme.json", { type: "application/json" }));
    await waitFor(() => expect(text()).toContain('评审方案"bad-scheme.json"有'));
    expect(text()).toContain("categories[0].max");
    expect(text()).toContain("threshold");
    expect(gw.schemeText).toBeNull();

    await chooseFile(input, new File(["{ not json"], "broken.json"));
    await waitFor(() => expect(text()).toContain("整个文件"));
    expect(text()).toContain("评审方案不是有效的 JSON");
  });

  it("keeps a good scheme file in the workbook and uses it", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    const input = document.querySelector<HTMLInputElement>('[data-testid="scheme-file"]')!;
    const good = JSON.stringify({ extends: "sihao-2020", shortTitle: { zh: "本省试点", en: "Pilot" }, threshold: 300 });
    await chooseFile(input, new File([good], "pilot.json"));
    await waitFor(() => expect(text()).toContain('已加载评审方案"本省试点"'));
    expect(gw.schemeText).toBe(good);
    // Applied only visibly: the chip names the kept scheme with its hash; the notice lists how it differs.
    expect(text()).toMatch(/方案来自工作簿：本省试点（[0-9a-f]{8}）/);
    expect(text()).toContain("与内置方案 sihao-2020 的不同：　threshold 350 → 300");
  });

  it("picks up the custom scheme kept in the workbook when it opens", async () => {
    const gw = new FakeGateway(workbook());
    gw.schemeText = JSON.stringify({ extends: "sihao-2020", shortTitle: { zh: "已存方案", en: "Stored" } });
    await open(gw);
    await waitFor(() => expect(text()).toMatch(/方案来自工作簿：已存方案（[0-9a-f]{8}）/));
  });

  it("refuses a kept scheme claiming a built-in id: the built-in rules stay, and the problem is shown", async () => {
    const gw = new FakeGateway(workbook());
    gw.schemeText = JSON.stringify({ extends: "sihao-2020", id: "sihao-2020", threshold: 300 });
    await open(gw);
    await waitFor(() => expect(text()).toContain('工作簿中保存的方案使用了内置方案的 id "sihao-2020"，不予采用'));
    expect(text()).not.toContain("方案来自工作簿");
  });

  it("shows what it looks for when no sheet is known, and inserts the blank template", async () => {
    const gw = new FakeGateway([gridFromValues("Sheet1", [["随便写点什么"]])]);
    await open(gw);
    await click(clickable("校验"));
    await waitFor(() => expect(text()).toContain("没有找到可识别的工作表"));
    expect(text()).toContain('含"商会名称"列');
    const buttons = allClickable("插入空白模板").filter((el) => el.tagName === "BUTTON");
    await click(buttons[buttons.length - 1]);
    await waitFor(() => expect(gw.templates).toHaveLength(1));
    // The 四好 blank workbook: the summary headed with the scheme's first aliases, the quota sheet, one 自评表.
    expect(gw.templates[0].map((t) => t.name)).toEqual(["推荐名单汇总表", "推荐名额分配表", "自评表（模板）"]);
    expect(gw.templates[0][0].values[1]).toEqual(["序号", "省份", "商会名称", "商会类型", "自评分", "自评表"]);
    expect(gw.templates[0][2].values[2]).toEqual(["序号", "一级指标", "评分项目", "分值", "自评分", "备注"]);
    await waitFor(() => expect(text()).toContain("已插入空白模板"));
  });

  it("cancels a slow read and says nothing changed", async () => {
    const gw = new FakeGateway(workbook());
    gw.hold = true;
    await open(gw);
    await click(clickable("填写结果"));
    await waitFor(() => expect(text()).toContain("读取工作表"));
    await click(clickable("取消"));
    await waitFor(() => expect(text()).toContain("已取消，工作簿没有改动"));
    gw.finishRead();
    expect(gw.plans).toHaveLength(0);
  });

  it("turns an Office error into words, never a stack trace", async () => {
    const gw = new FakeGateway(workbook());
    gw.failWith = Object.assign(new Error("at Object.<anonymous> (excel-web-16.00.js:1:2)"), { code: "InvalidOperationInCellEditMode" });
    await open(gw);
    await click(clickable("校验"));
    await waitFor(() => expect(text()).toContain("Excel 正忙"));
    expect(text()).not.toContain("excel-web");
  });

  it("says plainly when Excel is older than ExcelApi 1.7, and keeps the actions off", async () => {
    const gw = new FakeGateway(workbook());
    gw.caps = { baseline: false, mergedAreas: false, nativeUndo: false };
    await open(gw);
    expect(text()).toContain("ExcelApi 1.7");
    expect(clickable("校验").getAttribute("aria-disabled")).toBe("true");
    await click(clickable("校验"));
    expect(text()).not.toContain("校验完成");
  });

  it("发送前检查 gives one verdict over the checklist and brings the errors to the front", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    await click(byLabel("更多操作"));
    await click(clickable("发送前检查"));
    await waitFor(() => expect(text()).toContain("发送前检查：需要修改（2 项未通过）"));
    expect(text()).toContain("餐饮商会!E6 自评分超过分值上限：99 > 15");
    // The issues come to the front, filtered to the errors.
    await waitFor(() => expect(document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toContain("问题"));
    expect(document.querySelector('[data-level="error"]')?.getAttribute("aria-pressed") ?? document.querySelector('[data-level="error"]')?.getAttribute("aria-checked")).toBe("true");
  });
});

async function chooseFile(input: HTMLInputElement, file: File) {
  await act(async () => {
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

describe("task pane errors from the Office.js adapter", () => {
  it("shows the adapter's own words in the pane's language", async () => {
    const gw = new FakeGateway(workbook());
    gw.failWith = new ExcelAdapterError("SHEET_MISSING", { sheet: "餐饮商会" });
    await open(gw);
    await click(clickable("校验"));
    await waitFor(() => expect(text()).toContain('找不到工作表"餐饮商会"'));
    await click(byLabel("更多操作"));
    await click(clickable("English"));
    await waitFor(() => expect(text()).toContain('Sheet "餐饮商会" no longer exists'));
  });
});
