/**
 * Virtualisation against the pane's own scroll (the window), so that the results table and the
 * issues list scroll with the rest of the pane instead of in a box of their own: only the rows
 * near the viewport are in the DOM, the rest are padding. Row heights are measured once drawn
 * (messages wrap to one, two or three lines) and estimated until then.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";

export interface VirtualOptions {
  count: number;
  /** Height of row `i` before it has been drawn. */
  estimate(i: number): number;
  /** A key that stays with the row's content (an object or a string), so a measured height follows it through filters. */
  keyOf(i: number): unknown;
  /** Pixels drawn beyond the viewport on either side. */
  overscan?: number;
}

export interface Virtual {
  /** Goes on the element that holds the rows; its top is where row 0 starts. */
  listRef: RefObject<HTMLDivElement | null>;
  start: number;
  end: number;
  /** Padding standing in for the rows before `start` and after `end`. */
  before: number;
  after: number;
  /** Goes on each drawn row as `{...v.rowProps(i)}`, so its height can be measured. */
  rowProps(i: number): { "data-vindex": number };
  /** Scrolls the window so that row `i` is in view (near the top third). */
  scrollTo(i: number): void;
}

const DEFAULT_OVERSCAN = 400;

/** First index whose offset is beyond `y` (offsets ascending, length count + 1). */
function search(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `value` from the first idle moment after the first paint, 0 until then. */
function useSoon(value: number): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    const later = () => setNow(value);
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(later, { timeout: 500 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(later, 50);
    return () => clearTimeout(id);
  }, [value]);
  return now;
}

export function useWindowVirtual({ count, estimate, keyOf, overscan: wanted = DEFAULT_OVERSCAN }: VirtualOptions): Virtual {
  const listRef = useRef<HTMLDivElement | null>(null);
  const heights = useRef(new Map<unknown, number>());
  const [version, setVersion] = useState(0);
  // The part of the list in the viewport, in the list's own coordinates. Until the list's place
  // is measured (in the layout effect, before the browser paints), nothing is assumed in view:
  // the list usually starts near the pane's foot, under the summary and the group bars, and rows
  // drawn only to be dropped again cost the first paint most of their price (DOM, style, layout).
  const [view, setView] = useState<{ top: number; bottom: number }>({ top: 0, bottom: 0 });
  // The first paint draws the rows in view only; the rows beyond it come at the next idle moment.
  const overscan = useSoon(wanted);

  // Each row's height, measured or estimated: looked up by key only when the rows change (a new
  // review, a filter, a sort, a new width). A measurement then writes its row's entry and only the
  // running sums are redone: at 66,000 issues the lookups cost ten times the sums.
  const [epoch, setEpoch] = useState(0);
  const sizes = useMemo(() => {
    const z = new Float64Array(count);
    const h = heights.current;
    for (let i = 0; i < count; i++) z[i] = h.get(keyOf(i)) ?? estimate(i);
    return z;
    // `epoch` is a dependency because it changes when every stored height goes stale.
  }, [count, estimate, keyOf, epoch]);
  const offsets = useMemo(() => {
    const o = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) o[i + 1] = o[i] + sizes[i];
    return o;
    // `version` is a dependency because it changes whenever a measured height does.
  }, [count, sizes, version]);

  const range = (v: { top: number; bottom: number }, o: Float64Array) =>
    [Math.min(count, search(o, Math.max(0, v.top - overscan))), Math.min(count, search(o, v.bottom + overscan) + 1)] as const;
  const [start, end] = range(view, offsets);
  // What this render draws, for `place` (which runs in effects and on scroll).
  const drawn = useRef({ start, end, offsets, range, sizes });
  drawn.current = { start, end, offsets, range, sizes };

  // Where the list is in the viewport; read before the browser paints, and again on scroll. A view
  // whose rows are all drawn already changes nothing on screen, so it does not render again.
  const place = useCallback(() => {
    const el = listRef.current;
    if (!el) return;
    const top = el.getBoundingClientRect().top;
    const next = { top: Math.max(0, -top), bottom: Math.max(0, window.innerHeight - top) };
    const d = drawn.current;
    const [s, e] = d.range(next, d.offsets);
    if (s >= d.start && e <= d.end) return;
    setView((v) => (Math.abs(v.top - next.top) < 1 && Math.abs(v.bottom - next.bottom) < 1 ? v : next));
  }, []);

  // Follows the window's scroll and size; one update per frame at most.
  useLayoutEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          place();
        });
    };
    let width = window.innerWidth;
    const resize = () => {
      // Rows rewrap at another width: every stored height is stale.
      if (window.innerWidth !== width) {
        width = window.innerWidth;
        heights.current.clear();
        setEpoch((e) => e + 1);
      }
      schedule();
    };
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", resize);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [place]);

  // Measures what was just drawn; a changed height re-lays the list before the browser paints.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    // The list has just appeared (or moved, when the content above it changed size): place it.
    place();
    let changed = false;
    const sizes = drawn.current.sizes;
    for (const el of list.querySelectorAll<HTMLElement>("[data-vindex]")) {
      const i = Number(el.dataset.vindex);
      if (!(i < count)) continue;
      const h = el.offsetHeight;
      // jsdom (and a hidden pane) has no layout: keep the estimate rather than a zero.
      if (h <= 0) continue;
      heights.current.set(keyOf(i), h);
      // Only a height unlike the one the offsets used (the estimate, till now) lays the list out again.
      if (Math.abs(sizes[i] - h) >= 1) changed = true;
      sizes[i] = h;
    }
    if (changed) setVersion((v) => v + 1);
  });

  const rowProps = useCallback((i: number) => ({ "data-vindex": i }), []);

  const scrollTo = useCallback(
    (i: number) => {
      const el = listRef.current;
      if (!el || i < 0 || i >= count) return;
      const top = el.getBoundingClientRect().top + window.scrollY + offsets[i];
      window.scrollTo({ top: Math.max(0, top - window.innerHeight / 3) });
      // Draw the target's neighbourhood now, not on the next scroll event.
      place();
    },
    [count, offsets, place],
  );

  return { listRef, start, end, before: offsets[start], after: offsets[count] - offsets[end], rowProps, scrollTo };
}
