/**
 * The highlight memo's rules, the same for both adapters: which fills are ours and which
 * the user's, what a renamed sheet means, what a fill paints and puts back, what clearing
 * puts back. Adapters read the cells' fills now and apply what these functions return.
 */
import { a1 } from "../kernel/grid";
import { FillMemo, MemoState, isOurColor, memoKey } from "./memo";
import { FILL_COLORS, Highlight } from "./plan";

export const OUR_COLORS: readonly string[] = Object.values(FILL_COLORS);

/** A cell's fill as an adapter reads it now; `style` is the file adapter's format index. */
export interface FillNow {
  fill: string | null;
  style?: number;
}

/** The fill read for a cell, or undefined when it was not read (or its sheet is gone). */
export type FillLookup = (sheet: string, cell: string) => FillNow | undefined;

const shows = (now: FillNow | undefined) => !!now && isOurColor(now.fill, OUR_COLORS);

/** The existing sheet of that name ignoring case, as Excel finds sheets. */
function sheetIndex(existing: readonly string[]): (name: string) => string | undefined {
  const byLower = new Map(existing.map((n) => [n.toLowerCase(), n]));
  return (name) => byLower.get(name.toLowerCase());
}

/**
 * A memo entry names its sheet. When the user renames a sheet, its entries name a sheet
 * that is gone while the renamed sheet, unknown to the memo, shows our colours at the same
 * cells. Such entries move to the renamed sheet (the one where most of them are highlighted
 * again and still show our colour), so our own red is never taken for the user's fill.
 * Entries of a sheet that matches nothing are kept: the sheet may come back.
 */
export function followRenames(memo: MemoState, existing: readonly string[], highlights: readonly Highlight[], now: FillLookup): MemoState {
  const find = sheetIndex(existing);
  const known = new Set<string>();
  const orphans = new Map<string, FillMemo[]>();
  for (const m of memo.highlights) {
    const s = find(m.sheet);
    if (s) known.add(s);
    else orphans.set(m.sheet, [...(orphans.get(m.sheet) ?? []), m]);
  }
  const moved = new Map<string, string>();
  if (orphans.size) {
    const fresh = new Map<string, Set<string>>();
    for (const h of highlights) {
      const s = find(h.sheet);
      if (!s || known.has(s) || !shows(now(h.sheet, a1(h.row, h.col)))) continue;
      fresh.set(s, (fresh.get(s) ?? new Set()).add(a1(h.row, h.col)));
    }
    const pairs: { from: string; to: string; score: number }[] = [];
    for (const [from, list] of orphans) {
      for (const [to, cells] of fresh) {
        const score = list.filter((m) => cells.has(m.cell)).length;
        if (score) pairs.push({ from, to, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score || (a.from < b.from ? -1 : 1));
    const taken = new Set<string>();
    for (const p of pairs) {
      if (moved.has(p.from) || taken.has(p.to)) continue;
      moved.set(p.from, p.to);
      taken.add(p.to);
    }
  }
  const highlightsOut = memo.highlights.map((m) => {
    const to = find(m.sheet) ?? moved.get(m.sheet);
    return to && to !== m.sheet ? { ...m, sheet: to } : m;
  });
  return { ...memo, highlights: highlightsOut };
}

/** Entries highlighted before but not now, on existing sheets: their fills must be read to put them back. */
export function restoreCandidates(memo: MemoState, highlights: readonly Highlight[], existing: readonly string[]): FillMemo[] {
  const find = sheetIndex(existing);
  const now = new Set(highlights.map((h) => memoKey(h.sheet, a1(h.row, h.col))));
  return memo.highlights.filter((m) => !now.has(memoKey(m.sheet, m.cell)) && find(m.sheet) !== undefined);
}

export interface HighlightChanges {
  /** Cells given back their original fill (they still show ours), with the fill they show now. */
  restore: { memo: FillMemo; now: FillNow }[];
  /** The memo's highlights afterwards: earlier entries in their order, then new ones, then unreachable ones. */
  highlights: FillMemo[];
}

/**
 * What a fill does with the memo. A cell highlighted again keeps its remembered original
 * while it still shows our colour; if the user re-coloured it since, what it shows now is
 * its original. A cell no longer highlighted gets its original back if it still shows ours
 * (otherwise the user's colour stays and the entry goes). Entries on locked or missing
 * sheets cannot be put back and stay remembered.
 */
export function highlightChanges(
  memo: MemoState,
  highlights: readonly Highlight[],
  now: FillLookup,
  sheets: { exists(name: string): boolean; locked(name: string): boolean },
): HighlightChanges {
  const prev = new Map(memo.highlights.map((m) => [memoKey(m.sheet, m.cell), m]));
  const order = new Map(memo.highlights.map((m, i) => [memoKey(m.sheet, m.cell), i]));
  const again: FillMemo[] = [];
  const fresh: FillMemo[] = [];
  const seen = new Set<string>();
  for (const h of highlights) {
    const cell = a1(h.row, h.col);
    const key = memoKey(h.sheet, cell);
    if (seen.has(key)) continue;
    seen.add(key);
    const p = prev.get(key);
    const n = now(h.sheet, cell) ?? { fill: null };
    if (p && shows(n)) again.push(p);
    else {
      const entry: FillMemo = n.style === undefined ? { sheet: h.sheet, cell, fill: n.fill } : { sheet: h.sheet, cell, fill: n.fill, style: n.style };
      (p ? again : fresh).push(entry);
    }
  }
  const rank = new Map(again.map((m) => [m, order.get(memoKey(m.sheet, m.cell)) ?? 0]));
  again.sort((a, b) => rank.get(a)! - rank.get(b)!);
  const restore: HighlightChanges["restore"] = [];
  const kept: FillMemo[] = [];
  for (const m of memo.highlights) {
    if (seen.has(memoKey(m.sheet, m.cell))) continue;
    if (!sheets.exists(m.sheet) || sheets.locked(m.sheet)) {
      kept.push(m);
      continue;
    }
    const n = now(m.sheet, m.cell);
    if (shows(n)) restore.push({ memo: m, now: n! });
  }
  return { restore, highlights: [...again, ...fresh, ...kept] };
}

/** 清除标记: every remembered cell that still shows our colour gets its original back. */
export function clearChanges(memo: MemoState, now: FillLookup, sheets: { exists(name: string): boolean; locked(name: string): boolean }): HighlightChanges {
  return highlightChanges(memo, [], now, sheets);
}

/** The cells a fill must read the fill of: every highlight, and every remembered cell it may put back. */
export function fillsToRead(memo: MemoState, highlights: readonly Highlight[], existing: readonly string[]): { sheet: string; cell: string }[] {
  const out = highlights.map((h) => ({ sheet: h.sheet, cell: a1(h.row, h.col) }));
  for (const m of restoreCandidates(memo, highlights, existing)) out.push({ sheet: m.sheet, cell: m.cell });
  return out;
}
