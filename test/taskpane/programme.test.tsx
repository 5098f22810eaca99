/** @jest-environment jsdom */
/** The pane names the other programme's workbook instead of saying no sheet is known. */
import { gridFromValues } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { chuangxinBlockSheets } from "../helpers/blocks";
import { clickable, click, render, text, waitFor, type Rendered } from "./dom";
import { FakeGateway } from "./fakeGateway";

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

it("校验 of expert score sheets under a 四好 scheme says what the workbook is", async () => {
  const grids = chuangxinBlockSheets().map((s) => gridFromValues(s.name, s.values, { merges: s.merges }));
  const gw = new FakeGateway(grids);
  gw.schemeText = JSON.stringify({ extends: "sihao-2020", id: "sihao-local", shortTitle: { zh: "本省四好", en: "Local" } });
  shown = await render(<App gateway={gw} lang="zh" dark={false} />);
  await waitFor(() => expect(text()).toMatch(/方案来自工作簿：本省四好（[0-9a-f]{8}）/));
  await click(clickable("校验"));
  await waitFor(() => expect(text()).toContain('这是"创新中国"专家评分工作簿，当前方案为"四好"商会认定'));
  expect(text()).not.toContain("没有找到可识别的工作表");
  expect(gw.plans).toHaveLength(0);
});
