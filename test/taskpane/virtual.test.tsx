/** @jest-environment jsdom */
/**
 * The window-virtualised list (useWindowVirtual) on its first paint: the rows in view and no
 * more, however far down the pane the list starts; the rows beyond the viewport come at the
 * next idle moment. jsdom has no layout, so the list's place is stood in for.
 */
import { act } from "react";
import { useWindowVirtual } from "../../src/taskpane/useWindowVirtual";
import { render, waitFor, type Rendered } from "./dom";

const ROW = 50;
const keyOf = (i: number) => i;
const estimate = () => ROW;

function List({ count }: { count: number }) {
  const v = useWindowVirtual({ count, estimate, keyOf });
  const rows = [];
  for (let i = v.start; i < v.end; i++) rows.push(<div key={i} {...v.rowProps(i)} />);
  return (
    <div ref={v.listRef} data-list="" style={{ paddingTop: v.before, paddingBottom: v.after }}>
      {rows}
    </div>
  );
}

let listTop = 0;
let shown: Rendered | null = null;
const realRect = Element.prototype.getBoundingClientRect;
beforeAll(() => {
  Object.defineProperty(window, "innerHeight", { configurable: true, value: 900 });
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (!this.hasAttribute("data-list")) return realRect.call(this);
    return { top: listTop, y: listTop, bottom: listTop, left: 0, x: 0, right: 340, width: 340, height: 0 } as DOMRect;
  };
});
afterAll(() => {
  Element.prototype.getBoundingClientRect = realRect;
});
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

const drawn = () => [...document.querySelectorAll<HTMLElement>("[data-vindex]")].map((el) => Number(el.dataset.vindex));

test("a list starting near the pane's foot draws only the rows in view before the first paint", async () => {
  // 140 px of the list are in view (760 to 900): rows 0, 1 and 2 (the third cut at the foot).
  listTop = 760;
  shown = await render(<List count={1500} />);
  expect(drawn()).toEqual([0, 1, 2]);
  // At the next idle moment, 400 px beyond the viewport as well: rows 0 to 10 (0–540 px).
  await waitFor(() => expect(drawn()).toHaveLength(11));
  expect(drawn()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const list = document.querySelector<HTMLElement>("[data-list]")!;
  // The rows not drawn stand in as padding below: the list keeps its full height.
  expect(list.style.paddingBottom).toBe(`${(1500 - 11) * ROW}px`);
});

test("a list at the top of the pane draws one viewport of rows first, then the overscan", async () => {
  listTop = 0;
  shown = await render(<List count={1500} />);
  // 900 px in view: rows 0 to 18 (the 19th starts at 900 px, on the edge).
  expect(drawn()).toHaveLength(19);
  await waitFor(() => expect(drawn()).toHaveLength(27));
});

test("scrolled down, the rows around the viewport are drawn and those above are padding", async () => {
  listTop = -10_000;
  shown = await render(<List count={1500} />);
  await waitFor(() => expect(drawn()).toHaveLength(35));
  // 10,000–10,900 px in view, 400 px either side: rows 192 to 226.
  expect(drawn()[0]).toBe(192);
  expect(drawn().at(-1)).toBe(226);
  await act(async () => undefined);
  expect(document.querySelector<HTMLElement>("[data-list]")!.style.paddingTop).toBe(`${192 * ROW}px`);
});

test("measured heights replace the estimates, and stay with their rows once scrolled out of the drawing", async () => {
  listTop = 760;
  const height = jest.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.hasAttribute("data-vindex") ? 70 : 0;
  });
  try {
    shown = await render(<List count={1500} />);
    // Rows 0–2 measured at 70 px: the rows in view (0–140 px) are still 0 to 2.
    expect(drawn()).toEqual([0, 1, 2]);
    const list = document.querySelector<HTMLElement>("[data-list]")!;
    expect(list.style.paddingBottom).toBe(`${1497 * 50}px`);
    // With the overscan (to 540 px), rows 3–9 are drawn at their estimates, measured at 70 px,
    // and then 540 px holds rows 0–7 only. Rows 8 and 9 keep their 70 px in the padding below.
    await waitFor(() => expect(drawn()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]));
    expect(list.style.paddingBottom).toBe(`${2 * 70 + 1490 * 50}px`);
  } finally {
    height.mockRestore();
  }
});
