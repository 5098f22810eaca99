/** @jest-environment jsdom */
/** The pane's part of the panel: the compact experts table, and scoring sheets from 插入空白模板. */
import { act } from "react";
import { CaseScheme, builtinScheme, templateSheets } from "../../src/core";
import { caseListing, expertSheets } from "../../src/core/testing";
import { App } from "../../src/taskpane/App";
import { byLabel, click, clickable, render, text, waitFor, type Rendered } from "../taskpane/dom";
import { FakeGateway } from "../taskpane/fakeGateway";
import { selfGrid, summaryGrid } from "../helpers/grids";
import { caseList, panelGrids } from "./helpers";

const CX = builtinScheme("chuangxin-2021") as CaseScheme;

/* A, B, C give cases 1–5 the totals 90 … 50; X the reverse: r = −1 over 5 shared cases (worked in consistency.test.ts). */
const abc = [90, 80, 70, 60, 50];
const workbook = () => [caseList(abc.map(() => ({}))), ...panelGrids(["A", "B", "C", "X"], [abc, abc, abc, [50, 60, 70, 80, 90]])];

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

async function open(gw: FakeGateway) {
  shown = await render(<App gateway={gw} lang="zh" dark={false} />);
  await click(clickable("校验"));
  await waitFor(() => expect(text()).toContain("校验完成"));
}

/** Types into a React-controlled text field as a user would. */
async function typeInto(el: HTMLTextAreaElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function openTemplateDialog() {
  await click(byLabel("更多操作"));
  await click(clickable("插入空白模板"));
  await waitFor(() => expect(document.querySelector('[role="dialog"]')).not.toBeNull());
}

describe("the experts table", () => {
  it("one row per expert with cases, mean, SD, r and outliers; the inconsistent one flagged in words", async () => {
    await open(new FakeGateway(workbook()));
    const table = byLabel("各专家评分一致性");
    const rows = [...table.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("th,td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["专家", "案例", "均分", "标准差", "相关", "偏离"],
      ["A", "5", "70", "14.14", "1", "0"],
      ["B", "5", "70", "14.14", "1", "0"],
      ["C", "5", "70", "14.14", "1", "0"],
      ["X", "5", "70", "14.14", "-1", "3"],
    ]);
    expect(text()).toContain("X：相关系数 -1 低于 0.3");
    expect(table.querySelector('[aria-label="相关系数 -1 低于 0.3"]')).not.toBeNull();
  });

  it("a 四好 review shows no experts table", async () => {
    await open(new FakeGateway([summaryGrid([{ name: "四川省餐饮商会" }]), selfGrid("餐饮商会", "四川省餐饮商会")]));
    expect(document.querySelector('[aria-label="各专家评分一致性"]')).toBeNull();
  });
});

describe("插入空白模板 under 创新中国", () => {
  it("inserts one scoring sheet per expert from the workbook's case list", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    await openTemplateDialog();
    expect(text()).toContain('将列出"推介汇总表"中的 5 个案例');
    await typeInto(document.querySelector("textarea")!, "张三，李四、王五");
    await click(clickable("插入"));
    await waitFor(() => expect(gw.templates).toHaveLength(1));
    expect(gw.templates[0]).toEqual(expertSheets(CX, caseListing(workbook(), CX)!, ["张三", "李四", "王五"]));
    await waitFor(() => expect(text()).toContain("已插入 3 张专家评分表：张三、李四、王五"));
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it("asks for names before inserting anything; a name given twice is told", async () => {
    const gw = new FakeGateway(workbook());
    await open(gw);
    await openTemplateDialog();
    await click(clickable("插入"));
    await waitFor(() => expect(text()).toContain("请填写至少一位专家的姓名"));
    await typeInto(document.querySelector("textarea")!, "张三,李四,张三");
    await click(clickable("插入"));
    await waitFor(() => expect(text()).toContain("专家姓名重复：张三"));
    expect(gw.templates).toEqual([]);
  });

  it("without a case list only the blank template is offered", async () => {
    const gw = new FakeGateway(panelGrids(["A", "B", "C"], [abc, abc, abc]));
    await open(gw);
    await openTemplateDialog();
    expect(text()).toContain("本工作簿中没有推介汇总表");
    expect(document.querySelector("textarea")).toBeNull();
    await click(clickable("插入"));
    await waitFor(() => expect(gw.templates).toEqual([templateSheets(CX)]));
  });

  it("on an Excel without data validation (ExcelApi 1.7) the notice says scores are checked only when checking", async () => {
    const gw = new FakeGateway(workbook());
    gw.caps = { ...gw.caps, dataValidation: false };
    await open(gw);
    await openTemplateDialog();
    await typeInto(document.querySelector("textarea")!, "张三");
    await click(clickable("插入"));
    await waitFor(() => expect(text()).toContain("此版本 Excel 不支持数据验证（需要 ExcelApi 1.8）"));
  });
});
