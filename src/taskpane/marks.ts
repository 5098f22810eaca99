/**
 * Performance marks the bench reads in Chromium (`ra:review-end` → `ra:results-painted`): the
 * time from the engine's verdict to the results table on screen. Marks cost next to nothing.
 */
export type MarkName = "review-start" | "review-end" | "results-painted";

export function mark(name: MarkName): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(`ra:${name}`);
}

/** Marks once the browser has painted what React just committed (a frame, then a task). */
export function markAfterPaint(name: MarkName): void {
  if (typeof requestAnimationFrame !== "function") return;
  requestAnimationFrame(() => setTimeout(() => mark(name), 0));
}
