import { normHeader } from "./text";

/** Field key → header aliases. */
export type AliasTable<K extends string> = Record<K, readonly string[]>;

/** A header block (SPEC §2): where it is and which column holds which field. */
export interface HeaderMatch<K extends string> {
  /** First row of the header block. */
  top: number;
  /** Last row of the header block: data starts on the row below. */
  row: number;
  cols: Partial<Record<K, number>>;
  /** Columns whose label is a known field. */
  known: number;
  /** One past the block's last column (its cells and the merges that start in it). */
  end: number;
}

export const HEADER_SCAN_ROWS = 15;

/** A header block spans at most this many rows. */
export const HEADER_BLOCK_ROWS = 3;

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

/** What a sheet kind recognises as header labels. */
export interface LabelKinds<K extends string> {
  /** Normalised alias → field. */
  fields: Map<string, K>;
  /**
   * Other labels that belong in a header but name no field to read: the scheme's result
   * columns, so a block a previous fill wrote into still reads as one block.
   */
  others: ReadonlySet<string>;
}

export function labelKinds<K extends string>(table: AliasTable<K>, others: readonly string[]): LabelKinds<K> {
  return { fields: aliasIndex(table), others: new Set(others.map((o) => normHeader(o))) };
}
