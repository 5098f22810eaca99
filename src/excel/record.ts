/** The undo record's cells and fills, from what a fill read before writing. */
import { BlockChange, FillChange, FillLookup, FillMemo, FillNow, Highlight, a1, groupFills } from "../core";
import type { CellBlock } from "./blocks";
import type { Inputs } from "./cells";

const same = (a: unknown, b: unknown) => (a ?? "") === (b ?? "");

/**
 * Each block with what its cells held before. A cell the fill wrote with what it already held
 * (a blank 组内排名 left blank, a re-fill's unchanged value) is kept with a null `before`:
 * nothing to put back, but a value typed there since is the user's and undo names it.
 */
export function recordBlocks(blocks: CellBlock[], befores: Inputs[]): BlockChange[] {
  const out: BlockChange[] = [];
  blocks.forEach((b, i) => {
    const before = befores[i];
    if (b.inputs.every((row) => row.every((v) => v === null))) return;
    out.push({
      sheet: b.sheet,
      row: b.row,
      col: b.col,
      before: b.inputs.map((row, r) => row.map((v, c) => (v === null || same(before[r]?.[c], v) ? null : before[r]?.[c] ?? ""))),
      after: b.inputs.map((row) => row.map((v) => v)),
    });
  });
  return out;
}

const fillKey = (f: string | null) => (f ? f.toUpperCase() : null);

/**
 * The fills a fill paints: highlights over what each cell showed (a mark painted again over
 * our own colour too, so that a recolouring since is named by undo), and originals put back.
 */
export function recordFills(highlights: readonly Highlight[], restore: { memo: FillMemo; now: FillNow }[], lookup: FillLookup): FillChange[] {
  const list: { sheet: string; cell: string; before: string | null; after: string | null }[] = [];
  for (const h of highlights) {
    const cell = a1(h.row, h.col);
    list.push({ sheet: h.sheet, cell, before: fillKey(lookup(h.sheet, cell)?.fill ?? null), after: fillKey(h.color) });
  }
  for (const r of restore) {
    const before = fillKey(r.now.fill);
    if (before !== fillKey(r.memo.fill)) list.push({ sheet: r.memo.sheet, cell: r.memo.cell, before, after: fillKey(r.memo.fill) });
  }
  return groupFills(list);
}
