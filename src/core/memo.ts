import { a1, parseA1 } from "./grid";
import { Highlight } from "./plan";

/**
 * The original fill of a highlighted cell, kept in the workbook so that highlights can be
 * cleared (by either adapter) long after the fill. `fill` is `#RRGGBB` or null for none;
 * `style` is the file adapter's original cell style index when it made the highlight.
 */
export interface FillMemo {
  sheet: string;
  cell: string;
  fill: string | null;
  style?: number;
}

/** Namespace of the custom XML part that holds the memo in a workbook. */
export const MEMO_NAMESPACE = "urn:review-assistant:state:1";

/** The Office document setting (Office.context.document.settings) that holds a custom scheme's JSON. */
export const SCHEME_SETTING = "reviewAssistant.scheme";

export interface MemoState {
  version: 1;
  highlights: FillMemo[];
}

export function emptyMemo(): MemoState {
  return { version: 1, highlights: [] };
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The custom XML part's text. JSON inside one element keeps both adapters' parsers trivial. */
export function memoToXml(state: MemoState): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<reviewAssistant xmlns="${MEMO_NAMESPACE}">${esc(
    JSON.stringify(state),
  )}</reviewAssistant>`;
}

export function memoFromXml(xml: string): MemoState {
  const m = /<reviewAssistant[^>]*>([\s\S]*)<\/reviewAssistant>/.exec(xml);
  if (!m) return emptyMemo();
  const text = m[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  try {
    const v = JSON.parse(text) as Partial<MemoState>;
    if (v && v.version === 1 && Array.isArray(v.highlights)) {
      return {
        version: 1,
        highlights: v.highlights.filter(
          (h): h is FillMemo => !!h && typeof h.sheet === "string" && typeof h.cell === "string" && parseA1(h.cell) !== null,
        ),
      };
    }
  } catch {
    // A damaged memo only means old highlights cannot be undone; never fail a fill for it.
  }
  return emptyMemo();
}

export function memoKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

export interface HighlightDiff {
  /** Highlighted before, not now: put the original fill back (if the cell still shows ours). */
  restore: FillMemo[];
  /** Highlighted before and now: the original stays remembered. */
  keep: FillMemo[];
  /** New highlights whose original fill must be read before painting. */
  fresh: Highlight[];
}

export function diffHighlights(prev: MemoState, next: Highlight[]): HighlightDiff {
  const nextKeys = new Set(next.map((h) => memoKey(h.sheet, a1(h.row, h.col))));
  const prevByKey = new Map(prev.highlights.map((m) => [memoKey(m.sheet, m.cell), m]));
  return {
    restore: prev.highlights.filter((m) => !nextKeys.has(memoKey(m.sheet, m.cell))),
    keep: prev.highlights.filter((m) => nextKeys.has(memoKey(m.sheet, m.cell))),
    fresh: next.filter((h) => !prevByKey.has(memoKey(h.sheet, a1(h.row, h.col)))),
  };
}

/** True when a cell still shows one of our highlight colours (so restoring loses nothing of the user's). */
export function isOurColor(fill: string | null | undefined, colors: readonly string[]): boolean {
  if (!fill) return false;
  const f = fill.toUpperCase();
  return colors.some((c) => c.toUpperCase() === f);
}
