/** @jest-environment jsdom */
import { act } from "react";
import { buildWritePlan, gridFromValues, review, type Grid } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { quotaGrid, scores, scoresTotalling, summaryGrid } from "../helpers/grids";
import { layoutSheet } from "../helpers/layouts";
import { byLabel, click, clickable, render, text, waitFor, type Rendered } from "./dom";
import { FakeGateway } from "./fakeGateway";

/** 四川省 lists four, its quota 1: 甲 490, 乙 480, 丙 a missing score (待核), 丁 a veto at 0 (不合格); 贵州省 one, quota 1. */
function workbook(): Grid[] {
  return [
    summaryGrid([{ name: "甲商会" }, { name: "乙商会" }, { name: "丙商会" }, { name: "丁商会" }, { name: "戊商会", group: "贵州省" }]),
    quotaGrid({ 四川省: 1, 贵州省: 1 }),
    layoutSheet("甲", "甲商会", scoresTotalling(490)),
    layoutSheet("乙", "乙商会", scoresTotalling(480)),
    layoutSheet("丙", "丙商会", scores({ 5: null })),
    layoutSheet("丁", "丁商会", scores({ 1: 0 })),
    layoutSheet("戊", "戊商会", scoresTotalling(470)),
  ];
}

let shown: Rendered | null = null;
beforeEach(() => localStorage.clear());
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

async function checked(gw: FakeGateway, lang: "zh" | "en" = "zh") {
  shown = await render(<App gateway={gw} lang={lang} dark={false} />);
  await click(clickable(lang === "zh" ? "校验" : "Check"));
  await waitFor(() => expect(text()).toContain(lang === "zh" ? "校验完成" : "Checked:"));
}

/** The table's body rows as their cells' text. */
function rows(): string[][] {
  return [...document.querySelectorAll('[role="grid"] [data-entry-row]')].map((r) =>
    [...r.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent ?? ""),
  );
}
const names = () => rows().map((r) => r[0]);
const chip = (f: string) => document.querySelector<HTMLElement>(`[data-filter="${f}"]`)!;

describe("results table", () => {
  it("lists every entry with group, total, status, rank, 名额内 and the reason in words", async () => {
    await checked(new FakeGateway(workbook()));
    expect(rows()).toEqual([
      ["甲商会", "四川省", "490", "合格", "1", "是", ""],
      ["乙商会", "四川省", "480", "合格", "2", "否", ""],
      ["丙商会", "四川省", "", "待核", "", "", "1 处自评分错误"],
      ["丁商会", "四川省", "485", "不合格", "", "否", "否决项 0 分：1"],
      ["戊商会", "贵州省", "470", "合格", "1", "是", ""],
    ]);
    expect(document.querySelector('[role="grid"]')!.getAttribute("aria-rowcount")).toBe("6");
  });

  it("the counters are the filter chips", async () => {
    await checked(new FakeGateway(workbook()));
    expect([...document.querySelectorAll("[data-filter]")].map((c) => c.textContent)).toEqual([
      "全部 5",
      "合格 3",
      "不合格 1",
      "待核 1",
      "并列待定 0",
      "名额外 2",
    ]);
    await click(chip("pending"));
    expect(names()).toEqual(["丙商会"]);
    await click(chip("out"));
    expect(names()).toEqual(["乙商会", "丁商会"]);
    await click(chip("all"));
    expect(names()).toHaveLength(5);
  });

  it("sorts by a column, blanks last either way", async () => {
    await checked(new FakeGateway(workbook()));
    const header = (label: string) => [...document.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) => h.textContent === label)!;
    await click(header("总分").querySelector<HTMLElement>('[role="button"]')!);
    expect(header("总分").getAttribute("aria-sort")).toBe("ascending");
    expect(names()).toEqual(["戊商会", "乙商会", "丁商会", "甲商会", "丙商会"]);
    await click(header("总分").querySelector<HTMLElement>('[role="button"]')!);
    expect(header("总分").getAttribute("aria-sort")).toBe("descending");
    expect(names()).toEqual(["甲商会", "丁商会", "乙商会", "戊商会", "丙商会"]);
  });

  it("a row click (or Enter) selects the entry's name cell in the summary sheet", async () => {
    const gw = new FakeGateway(workbook());
    await checked(gw);
    const row = [...document.querySelectorAll<HTMLElement>("[data-entry-row]")].find((r) => r.textContent?.startsWith("乙商会"))!;
    await click(row);
    expect(gw.selected).toEqual([{ sheet: "推荐名单汇总表", cell: "C5" }]);
    expect(row.getAttribute("aria-current")).toBe("true");
    await act(async () => {
      row.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    });
    expect(gw.selected).toHaveLength(2);
  });

  it("English: the words in English, and a note that the form's cells stay Chinese", async () => {
    await checked(new FakeGateway(workbook()), "en");
    expect(rows()[2]).toEqual(["丙商会", "四川省", "", "Pending", "", "", "1 self-assessment score error"]);
    expect(text()).toContain("The form's result cells are written in Chinese: 合格 qualified");
  });
});

describe("quotas in the pane", () => {
  it("a group's quota edited in place is stored in the workbook and changes 名额内, and then the fill", async () => {
    const gw = new FakeGateway(workbook());
    await checked(gw);
    expect(text()).toContain("名额来自：推荐名额分配表");
    await click(document.querySelector<HTMLElement>('[data-quota-edit="四川省"]')!);
    const field = document.querySelector<HTMLInputElement>("form input")!;
    expect(document.activeElement).toBe(field);
    await act(async () => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      set.call(field, "２");
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await click(clickable("保存"));
    await waitFor(() => expect(gw.quotas).toEqual({ every: null, groups: { 四川省: 2 } }));
    await waitFor(() => expect(rows()[1]).toEqual(["乙商会", "四川省", "480", "合格", "2", "是", ""]));
    expect(text()).toContain("名额来自：本窗格设置（1 个组）、推荐名额分配表（1 个组）");
    expect(text()).toContain('已把"四川省"的名额设为 2 个，并保存在本工作簿中');
    // Focus is back on the pencil that opened the field.
    expect(document.activeElement?.getAttribute("data-quota-edit")).toBe("四川省");

    await click(clickable("填写结果"));
    await waitFor(() => expect(gw.plans).toHaveLength(1));
    const want = buildWritePlan(review(workbook(), { quotaSetting: { every: null, groups: { 四川省: 2 } } }), { now: new Date() });
    expect(gw.plans[0].blocks).toEqual(want.blocks);
    const quotaCol = gw.plans[0].blocks.find((b) => b.values[0].includes("名额内"))!;
    expect(quotaCol).toBeDefined();
  });

  it("every group gets N; a stored setting is used when the pane opens", async () => {
    const gw = new FakeGateway(workbook());
    await checked(gw);
    await click(clickable("设置名额"));
    expect(text()).toContain("优先顺序：本窗格设置 > 推荐名额分配表 > 方案（命令行 --quota 高于一切）");
    const field = document.querySelector<HTMLInputElement>("form input")!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(field, "3");
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await click(clickable("应用"));
    await waitFor(() => expect(gw.quotas).toEqual({ every: 3, groups: {} }));
    await waitFor(() => expect(rows().map((r) => r[5])).toEqual(["是", "是", "", "否", "是"]));
    expect(text()).toContain("名额来自：本窗格设置");

    await shown!.unmount();
    const again = new FakeGateway(workbook());
    again.quotas = { every: 3 };
    await checked(again);
    expect(rows().map((r) => r[5])).toEqual(["是", "是", "", "否", "是"]);
  });

  it("a quota that is not a whole number is refused in the field", async () => {
    const gw = new FakeGateway(workbook());
    await checked(gw);
    await click(document.querySelector<HTMLElement>('[data-quota-edit="四川省"]')!);
    const field = document.querySelector<HTMLInputElement>("form input")!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(field, "1.5");
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await click(clickable("保存"));
    expect(text()).toContain("名额必须是 0 或正整数");
    expect(gw.quotas).toBeNull();
  });

  it("a stored setting that cannot be read is said and ignored", async () => {
    const gw = new FakeGateway(workbook());
    gw.quotas = { every: "many" };
    await checked(gw);
    await waitFor(() => expect(text()).toContain("本工作簿中保存的名额设置无法读取，已忽略"));
    expect(text()).toContain("名额来自：推荐名额分配表");
  });
});

describe("kept when the pane is reopened", () => {
  it("the language, the filter chip and the tab", async () => {
    await checked(new FakeGateway(workbook()));
    await click(chip("pending"));
    await click(byLabel("更多操作"));
    await click(clickable("English"));
    await shown!.unmount();
    // Office says Chinese; the reviewer chose English, and that choice stands.
    shown = await render(<App gateway={new FakeGateway(workbook())} lang="zh" dark={false} />);
    expect(document.querySelector("h1")!.textContent).toBe("Review Assistant");
    await click(clickable("Check"));
    await waitFor(() => expect(names()).toEqual(["丙商会"]));
    await click(document.querySelector<HTMLElement>("#tab-issues")!);
    await shown!.unmount();
    shown = await render(<App gateway={new FakeGateway(workbook())} lang="zh" dark={false} />);
    await click(clickable("Check"));
    await waitFor(() => expect(document.querySelector('[role="tab"][aria-selected="true"]')?.id).toBe("tab-issues"));
  });
});

describe("message bars", () => {
  it("closing one gives focus back to the control that opened it", async () => {
    await checked(new FakeGateway(workbook()));
    const check = clickable("校验");
    check.focus();
    await click(check);
    await waitFor(() => expect(text()).toContain("校验完成"));
    await click(byLabel("关闭"));
    await waitFor(() => expect(document.activeElement).toBe(check));
  });
});

describe("发送前检查", () => {
  it("an empty workbook is 尚未填写, never a pass", async () => {
    const cases = gridFromValues("推介汇总表", [["序号", "案例名称", "完成单位", "推介类别"]]);
    const expert = gridFromValues("专家一", [["序号", "案例名称", "创新特性", "典型意义", "实践成果"]]);
    shown = await render(<App gateway={new FakeGateway([cases, expert])} lang="zh" dark={false} />);
    await click(byLabel("更多操作"));
    await click(clickable("发送前检查"));
    await waitFor(() => expect(text()).toContain("发送前检查：尚未填写"));
    expect(text()).not.toContain("发送前检查通过");
  });
});
