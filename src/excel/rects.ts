/**
 * Groups cells that share a key (a fill colour) into few rectangles, so that painting N
 * highlights costs one range write per rectangle instead of one per cell. Pure: rows of
 * consecutive columns first, then identical runs on consecutive rows are stacked.
 */
export interface KeyedCell<K> {
  row: number;
  col: number;
  key: K;
}

export interface Rect<K> {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  key: K;
}

function rectsOfOneKey<K>(cells: { row: number; col: number }[], key: K): Rect<K>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Rect<K>[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.r0 === c.row && c.col === last.c1 + 1) last.c1 = c.col;
    else if (!(last && last.r0 === c.row && c.col === last.c1)) runs.push({ r0: c.row, c0: c.col, r1: c.row, c1: c.col, key });
  }
  const done: Rect<K>[] = [];
  // Open rectangles by column span; a run extends the one ending on the row above.
  const open = new Map<string, Rect<K>>();
  for (const run of runs) {
    const span = `${run.c0}:${run.c1}`;
    const above = open.get(span);
    if (above && above.r1 === run.r0 - 1) {
      above.r1 = run.r0;
      continue;
    }
    if (above) done.push(above);
    open.set(span, run);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

/** Rectangles covering exactly the given cells, each of one key; duplicates are ignored. */
export function groupRects<K>(cells: KeyedCell<K>[], keyId: (k: K) => string = String): Rect<K>[] {
  const byKey = new Map<string, { key: K; cells: { row: number; col: number }[] }>();
  for (const c of cells) {
    const id = keyId(c.key);
    let g = byKey.get(id);
    if (!g) byKey.set(id, (g = { key: c.key, cells: [] }));
    g.cells.push({ row: c.row, col: c.col });
  }
  return [...byKey.values()].flatMap((g) => rectsOfOneKey(g.cells, g.key));
}
