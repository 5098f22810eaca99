/** @jest-environment jsdom */
/**
 * A custom scheme kept in the workbook needs the scheme checker's chunk before it can be used
 * (in Excel a network fetch). A 填写结果 clicked while that chunk is on its way waits for it, and
 * fills with the kept scheme — never quietly with the detected built-in one.
 */
import { App } from "../../src/taskpane/App";
import { click, clickable, render, text, waitFor, type Rendered } from "./dom";
import { FakeGateway } from "./fakeGateway";
import { workbook } from "./sichuan";

// The checker arrives only when the test lets it (as a slow chunk would).
jest.mock("../../src/core/engine/schemes/checker", () => {
  const actual = jest.requireActual("../../src/core/engine/schemes/checker");
  const arrived = new Promise<void>((resolve) => ((globalThis as { letCheckerIn?: () => void }).letCheckerIn = resolve));
  return { ...actual, schemeChecker: async () => (await arrived, actual.schemeChecker()) };
});

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

test("a fill started before the kept scheme is loaded waits for it and uses it", async () => {
  const gw = new FakeGateway(workbook());
  gw.schemeText = JSON.stringify({ extends: "sihao-2020", id: "sichuan-pilot", shortTitle: { zh: "本省试点", en: "Pilot" }, threshold: 300 });
  shown = await render(<App gateway={gw} lang="zh" dark={false} />);
  await click(clickable("填写结果"));
  // Nothing is written while the kept scheme is unsettled.
  await new Promise((r) => setTimeout(r, 50));
  expect(gw.plans).toHaveLength(0);
  (globalThis as { letCheckerIn?: () => void }).letCheckerIn!();
  await waitFor(() => expect(gw.plans).toHaveLength(1));
  expect(text()).toMatch(/方案来自工作簿：本省试点（[0-9a-f]{8}）/);
  // The 校验报告 sheet names the scheme the fill used.
  expect(JSON.stringify(gw.plans[0])).toContain("sichuan-pilot");
});
