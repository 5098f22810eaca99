/**
 * What the tool can prove is its own, the same for both adapters. A report sheet is known by
 * what the tool writes in it (its title in A1), never by its name; before the tool rewrites a
 * report or a result column the memo says it made, it checks the sheet or column still holds
 * what it last wrote, from a small record kept in the memo (docs/architecture.md, "Trust on deadline day").
 */
import { Cell, Grid, cellAt, isEmpty } from "../kernel/grid";
import { fnv1a } from "../kernel/hash";

/** One cell as hashed: its type and value; numbers as JavaScript writes them, so both adapters agree. */
export function cellToken(v: Cell): string {
  if (typeof v === "number") return `n${Number.isFinite(v) ? String(v) : "NaN"}`;
  if (typeof v === "boolean") return v ? "bT" : "bF";
  return `s${String(v).replace(/[\\\n\t]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : "\\t"))}`;
}

/**
 * A 53-bit hash fed piece by piece (cyrb53): a report of 66,000 rows is hashed without
 * building one string of it. Not a signature: it tells the tool's own content from an edit.
 */
class Digest {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  add(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ c, 2654435761);
      this.h2 = Math.imul(this.h2 ^ c, 1597334677);
    }
  }
  done(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    h1 >>>= 0;
    return (4294967296 * (2097151 & h2) + h1).toString(36);
  }
}

/** What the tool last wrote on a report sheet: the extent of its values from A1 and their hash. */
export interface ReportCheck {
  sheet: string;
  rows: number;
  cols: number;
  hash: string;
}

/** A sheet's content as an adapter read it: the extent of its values from A1, and a cell reader within it. */
export interface SheetContent {
  rows: number;
  cols: number;
  /** Asked only when the extent is the recorded one; then every cell of it was read. */
  at(row: number, col: number): Cell;
}

/** Extent and hash of values by position (`at` is asked for every cell within rows × cols). */
function checkOf(rows: number, cols: number, at: (r: number, c: number) => Cell): { rows: number; cols: number; hash: string } {
  const d = new Digest();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = at(r, c);
      if (!isEmpty(v)) d.add(`${r}\t${c}\t${cellToken(v)}\n`);
    }
  }
  return { rows, cols, hash: d.done() };
}

/** The record of a report as written: its values from A1. */
export function reportCheck(sheet: string, values: readonly (readonly Cell[])[]): ReportCheck {
  let rows = 0;
  let cols = 0;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isEmpty(v)) return;
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }),
  );
  return { sheet, ...checkOf(rows, cols, (r, c) => values[r]?.[c] ?? null) };
}

/** True when the sheet still holds exactly what the record says the tool wrote. */
export function stillHolds(check: ReportCheck, now: SheetContent | null | undefined): boolean {
  if (!now || now.rows !== check.rows || now.cols !== check.cols) return false;
  return checkOf(now.rows, now.cols, (r, c) => now.at(r, c)).hash === check.hash;
}

/** A grid's content for `stillHolds` (the file adapter, and tests). */
export function gridContent(g: Grid): SheetContent {
  let rows = 0;
  let cols = 0;
  for (const r of g.rows) {
    r.values.forEach((v, i) => {
      if (isEmpty(v)) return;
      rows = Math.max(rows, r.row + 1);
      cols = Math.max(cols, r.cols[i] + 1);
    });
  }
  return { rows, cols, at: (r, c) => cellAt(g, r, c) };
}

/**
 * The values a fill wrote in a result column, as a tally: `hash*count` of each distinct value
 * (no order, no rows), so rows inserted, removed or sorted since do not make the column the
 * user's, while a value the tool never wrote there does. Its size is bounded by the distinct
 * values of one column (a few kilobytes for 1,500 entries).
 */
export function tallyOf(values: readonly Cell[]): string {
  const counts = new Map<string, number>();
  for (const v of values) {
    if (isEmpty(v)) continue;
    const h = fnv1a(cellToken(v));
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([h, n]) => (n === 1 ? h : `${h}*${n}`))
    .join(" ");
}

/** A tally read back: hash → count. */
function parseTally(tally: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of tally.split(" ")) {
    if (!item) continue;
    const [h, n] = item.split("*");
    out.set(h, (out.get(h) ?? 0) + (n === undefined ? 1 : Number(n) || 0));
  }
  return out;
}

/**
 * True when writing `next` over `now`, cell by cell, loses nothing of the user's: each cell
 * is empty, already holds its new value, or holds a value the tool wrote there last time
 * (`tally`, each at most as often as it was written: cells already holding their new value
 * count first, so a second 是 typed beside ours is the user's). Without a tally only the
 * first two hold.
 */
export function overwriteLosesNothing(now: readonly Cell[], next: readonly Cell[], tally: string | null): boolean {
  const left = tally ? parseTally(tally) : new Map<string, number>();
  const take = (h: string) => {
    const n = left.get(h) ?? 0;
    if (n > 0) left.set(h, n - 1);
    return n > 0;
  };
  const changed: string[] = [];
  for (let i = 0; i < now.length; i++) {
    const v = now[i];
    if (isEmpty(v)) continue;
    const token = cellToken(v);
    if (token === cellToken(next[i] ?? null)) take(fnv1a(token));
    else changed.push(token);
  }
  return changed.every((token) => take(fnv1a(token)));
}
