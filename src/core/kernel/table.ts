import { Grid, rowsIn } from "./grid";
import { HeaderMatch } from "./header";
import { blockLabelCol } from "./headerBlock";
import { ResultTable } from "./result";

type Columns = ResultTable["columns"];

/** Result columns already in the header block, wherever they stand (SPEC §3.6); the others are null. */
export function resultColumns<K extends string>(g: Grid, header: HeaderMatch<string>, keys: readonly K[], labels: Record<K, string>): Columns {
  return keys.map((key) => ({ key, label: labels[key], col: blockLabelCol(g, header, labels[key]) }));
}

/**
 * The first column at or after `from` where `width` columns are free from `top` to `end`
 * (exclusive): no value and no merged area. A stray note beside a data row is never
 * written over; one above the header or below the data does not push the results away.
 */
export function freeColumns(g: Grid, top: number, end: number, from: number, width: number): number {
  if (width <= 0) return from;
  const taken: [number, number][] = [];
  for (const r of rowsIn(g, top, end)) for (const c of r.cols) if (c >= from) taken.push([c, c]);
  for (const m of g.merges ?? []) if (m.r1 >= top && m.r0 < end && m.c1 >= from) taken.push([m.c0, m.c1]);
  taken.sort((a, b) => a[0] - b[0]);
  let at = from;
  for (const [c0, c1] of taken) {
    if (c0 >= at + width) break;
    if (c1 >= at) at = c1 + 1;
  }
  return at;
}

/**
 * Where results go: found columns reused; the rest appended right after the header block's
 * last column (not after a wider merged title or stray cells elsewhere), their labels on the
 * block's last row. `dataEnd` is one past the last data row.
 */
export function resultTable(g: Grid, header: HeaderMatch<string>, columns: Columns, dataEnd: number): ResultTable {
  const missing = columns.filter((c) => c.col === null).length;
  return { sheet: g.name, headerRow: header.row, columns, appendAt: freeColumns(g, header.top, dataEnd, header.end, missing) };
}

/** Among several candidate sheets, the one whose name contains the hint (汇总), else the first. */
export function preferNamed<T extends { grid: Grid }>(list: T[], hint: string): T | null {
  return list.find((s) => s.grid.name.includes(hint)) ?? list[0] ?? null;
}
