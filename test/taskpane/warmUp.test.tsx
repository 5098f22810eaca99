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

interface Seen {
  hidden: string | null;
  inert: boolean;
  visibility: string;
  left: string;
  panels: number;
  notices: number;
  text: string;
}

/** Every warm-up box put in the page, as it was when it came: it lasts one frame, too short to poll for. */
function watchWarmUps(): { seen: Seen[]; stop(): void } {
  const seen: Seen[] = [];
  const boxes = new Set<Element>();
  const look = () => {
    const box = warmUp();
    if (!box || boxes.has(box)) return;
    boxes.add(box);
    seen.push({
      hidden: box.getAttribute("aria-hidden"),
      inert: box.hasAttribute("inert"),
      visibility: box.style.visibility,
      left: box.style.left,
      panels: box.querySelectorAll('[role="tabpanel"]').length,
      notices: box.querySelectorAll('[role="group"][aria-labelledby]').length,
      text: box.textContent ?? "",
    });
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { childList: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

test("before the first 校验 the results are drawn once off screen, hidden and inert, and then dropped", async () => {
  const watch = watchWarmUps();
  const gw = new FakeGateway(workbook());
  shown = await render(<App gateway={gw} lang="zh" dark={false} />);
  // Seen while it lasts (one frame): off screen, out of the accessibility tree, unfocusable.
  await waitFor(() => expect(watch.seen).toHaveLength(1), 5000);
  const box = watch.seen[0];
  expect(box.hidden).toBe("true");
  expect(box.inert).toBe(true);
  expect(box.visibility).toBe("hidden");
  expect(box.left).toBe("-10000px");
  // Both built-in programmes' results views, each with its two made-up entries in the table,
  // and the notice a 校验 ends with.
  expect(box.panels).toBe(2);
  expect(box.text).toContain("W1");
  expect(box.notices).toBe(1);
  expect(box.text).toContain("校验完成");
  await waitFor(() => expect(warmUp()).toBeNull(), 5000);
  // Asked for at an idle moment: the browser decides when.
  expect(idleCalls).toBeGreaterThanOrEqual(1);
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
  watch.stop();
  expect(watch.seen).toHaveLength(1);
});
