/** The undo record's cells and fills, from what a fill read before writing. */
import { BlockChange, FillChange, FillLookup, FillMemo, FillNow, Highlight, a1, groupFills } from "../core";
import type { CellBlock } from "./blocks";
import type { Inputs } from "./cells";

const same = (a: unknown, b: unknown) => (a ?? "") === (b ?? "");

/** Each block with what its cells held before; a cell the fill does not change is left out (null). */
export function recordBlocks(blocks: CellBlock[], befores: Inputs[]): BlockChange[] {
  const out: BlockChange[] = [];
  blocks.forEach((b, i) => {
    const before = befores[i];
    let changed = false;
    const after = b.inputs.map((row, r) =>
      row.map((v, c) => {
        if (v === null || same(before[r]?.[c], v)) return null;
        changed = true;
        return v;
      }),
    );
    if (!changed) return;
    out.push({ sheet: b.sheet, row: b.row, col: b.col, before: after.map((row, r) => row.map((v, c) => (v === null ? null : before[r]?.[c] ?? ""))), after });
  });
  return out;
}

const fillKey = (f: string | null) => (f ? f.toUpperCase() : null);

/** The fills a fill changes: highlights painted over what each cell showed, and originals put back. */
export function recordFills(highlights: readonly Highlight[], restore: { memo: FillMemo; now: FillNow }[], lookup: FillLookup): FillChange[] {
  const list: { sheet: string; cell: string; before: string | null; after: string | null }[] = [];
  for (const h of highlights) {
    const cell = a1(h.row, h.col);
    const before = fillKey(lookup(h.sheet, cell)?.fill ?? null);
    if (before !== fillKey(h.color)) list.push({ sheet: h.sheet, cell, before, after: fillKey(h.color) });
  }
  for (const r of restore) {
    const before = fillKey(r.now.fill);
    if (before !== fillKey(r.memo.fill)) list.push({ sheet: r.memo.sheet, cell: r.memo.cell, before, after: fillKey(r.memo.fill) });
  }
  return groupFills(list);
}
