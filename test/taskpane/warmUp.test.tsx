/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { click, clickable, render, text, waitFor, type Rendered } from "./dom";
import { FakeGateway } from "./fakeGateway";
import { workbook } from "./sichuan";

// jsdom has no requestIdleCallback (so no other suite warms up); here the browser's is stood in for.
let idleCalls = 0;
beforeAll(() => {
  Object.assign(window, {
    requestIdleCallback: (run: () => void) => {
      idleCalls++;
      return window.setTimeout(run, 0);
    },
    cancelIdleCallback: (id: number) => window.clearTimeout(id),
  });
});
afterAll(() => {
  delete (window as Partial<typeof window>).requestIdleCallback;
  delete (window as Partial<typeof window>).cancelIdleCallback;
});

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});
beforeEach(() => localStorage.clear());

const warmUp = () => document.querySelector<HTMLElement>("[data-warm-up]");

test("before the first 校验 the results are drawn once off screen, hidden and inert, and then dropped", async () => {
  const gw = new FakeGateway(workbook());
  shown = await render(<App gateway={gw} lang="zh" dark={false} />);
  // Seen while it lasts (one frame): off screen, out of the accessibility tree, unfocusable.
  await waitFor(() => expect(warmUp()).not.toBeNull(), 5000);
  const box = warmUp()!;
  expect(box.getAttribute("aria-hidden")).toBe("true");
  expect(box.hasAttribute("inert")).toBe(true);
  expect(box.style.visibility).toBe("hidden");
  expect(box.style.left).toBe("-10000px");
  // Both built-in programmes' results views, each with its two made-up entries in the table.
  expect(box.querySelectorAll('[role="tabpanel"]').length).toBe(2);
  expect(box.textContent).toContain("W1");
  await waitFor(() => expect(warmUp()).toBeNull(), 5000);
  expect(idleCalls).toBe(1);
  // Nothing of it stays on screen, in the workbook or in the pane's kept preferences.
  expect(text()).not.toContain("W1");
  expect(gw.plans).toHaveLength(0);
  expect(gw.selected).toHaveLength(0);
  expect(gw.quotas).toBeNull();
  expect(localStorage.length).toBe(0);
  // The real 校验 shows its results once, and the warm-up does not come back.
  await click(clickable("校验"));
  await waitFor(() => expect(text()).toContain("校验完成"));
  expect(document.querySelectorAll("#summary-heading")).toHaveLength(1);
  expect(warmUp()).toBeNull();
  expect(text()).not.toContain("W1");
});
