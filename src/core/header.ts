import { Grid, rowAt, rowEnd, rowStart } from "./grid";
import { normHeader } from "./text";

/** Field key → header aliases. */
export type AliasTable<K extends string> = Record<K, readonly string[]>;

export interface HeaderMatch<K extends string> {
  row: number;
  cols: Partial<Record<K, number>>;
  known: number;
}

export const HEADER_SCAN_ROWS = 15;

/** Normalised alias → field. */
export function aliasIndex<K extends string>(table: AliasTable<K>): Map<string, K> {
  const m = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) {
    for (const a of table[key]) {
      const n = normHeader(a);
      if (!m.has(n)) m.set(n, key);
    }
  }
  return m;
}

/** The normalised text cells of one candidate header row. */
export interface LabelRow {
  row: number;
  labels: { col: number; text: string }[];
}

/** Normalises the first rows of a sheet once, so several sheet kinds can be tried cheaply. */
export function headerCandidates(g: Grid): LabelRow[] {
  const out: LabelRow[] = [];
  const end = Math.min(rowEnd(g), HEADER_SCAN_ROWS);
  for (let row = rowStart(g); row < end; row++) {
    const r = rowAt(g, row);
    const labels: { col: number; text: string }[] = [];
    if (r) {
      for (let i = 0; i < r.cols.length; i++) {
        const v = r.values[i];
        if (typeof v === "string" && v !== "") labels.push({ col: r.cols[i], text: normHeader(v) });
      }
    }
    out.push({ row, labels });
  }
  return out;
}

export function matchLabels<K extends string>(lr: LabelRow, index: Map<string, K>): HeaderMatch<K> {
  const cols: Partial<Record<K, number>> = {};
  let known = 0;
  for (const { col, text } of lr.labels) {
    const key = index.get(text);
    if (key === undefined) continue;
    known++;
    if (cols[key] === undefined) cols[key] = col;
  }
  return { row: lr.row, cols, known };
}

/**
 * SPEC §2: the first row within the first 15 that holds at least two known labels
 * and every required field.
 */
export function findHeader<K extends string>(
  rows: LabelRow[],
  index: Map<string, K>,
  required: readonly K[],
  minKnown = 2,
): HeaderMatch<K> | null {
  for (const lr of rows) {
    const m = matchLabels(lr, index);
    if (m.known < minKnown) continue;
    if (required.every((k) => m.cols[k] !== undefined)) return m;
  }
  return null;
}

/** Column of the header cell whose text is exactly `label` (after normalisation). */
export function findLabelCol(g: Grid, row: number, label: string): number | null {
  const want = normHeader(label);
  const r = rowAt(g, row);
  if (!r) return null;
  for (let i = 0; i < r.cols.length; i++) {
    const v = r.values[i];
    if (typeof v === "string" && normHeader(v) === want) return r.cols[i];
  }
  return null;
}
