/** @jest-environment jsdom */
/**
 * Issue 22 §5 in the pane: a workbook holding both programmes' sheets, checked with the scheme
 * detected, lists MIXED_PROGRAMMES with the other issues and fails 发送前检查; choosing a
 * scheme in the chip reads that programme, and the issue is gone.
 */
import { gridFromValues } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { chuangxinBlockSheets, sihaoBlockSheets } from "../helpers/blocks";
import { byLabel, click, clickable, render, text, waitFor, type Rendered } from "./dom";
import { FakeGateway } from "./fakeGateway";

const MIXED =
  '本工作簿有两项评审的工作表："四好"商会认定（工作表"推荐名单汇总表"）和"创新中国"案例推介（工作表"专家一"）。' +
  '本次只按"四好"商会认定（sihao-2020）校验，"创新中国"案例推介的工作表没有校验。请在评审方案中选定要校验的一项（sihao-2020 或 chuangxin-2021）后再校验';

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

const both = () => [...sihaoBlockSheets(2), ...chuangxinBlockSheets(2)].map((s) => gridFromValues(s.name, s.values, { merges: s.merges }));

it("校验 lists the mixed workbook as an error; 发送前检查 does not pass; choosing 创新中国 in the chip reads the cases", async () => {
  const gw = new FakeGateway(both());
  shown = await render(<App gateway={gw} lang="zh" dark={false} />);
  await click(clickable("校验"));
  await waitFor(() => expect(text()).toContain("1 处错误"));
  await click(clickable("问题"));
  await waitFor(() => expect(text()).toContain(MIXED));

  await click(byLabel("更多操作"));
  await click(clickable("发送前检查"));
  await waitFor(() => expect(text()).toContain("发送前检查：需要修改"));

  await click(byLabel("评审方案：四好商会认定 2019—2020 · 自动识别，更改评审方案"));
  await click(clickable("创新中国案例推介 2021"));
  await click(clickable("校验"));
  // The four cases of the 推介汇总表; its one error is 案例丙's 订阅份数, and nothing else.
  await waitFor(() => expect(text()).toContain("结果共 4 条"));
  await waitFor(() => expect(text()).toContain('订阅份数不是数字："四十"'));
  expect(text()).not.toContain("本工作簿有两项评审的工作表");
});
