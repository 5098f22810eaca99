/**
 * Header blocks (SPEC §2). Offices lay a header over up to three rows: a group label merged
 * across the columns it covers (`自评情况` over `自评分` and `自评表`), the other labels merged
 * down. The block starts at the first row (within the first 15) holding a known label and
 * takes in each following row whose non-empty cells are all known labels, merged
 * continuations, or text under a group label of a row above. A column's label is the lowest
 * known label in it; data starts below the block.
 *
 * Merged areas are used when the adapter knows them, but nothing depends on them: merged
 * continuation cells are empty, and a group label's reach is inferred from the empty cells
 * to its right (Excel before ExcelApi 1.13 reports no merges, and "centre across selection"
 * makes none).
 */
import { Cell, Grid, MergeArea, isEmpty, rowAt, rowsIn } from "./grid";
import { HEADER_BLOCK_ROWS, HEADER_SCAN_ROWS, HeaderMatch, LabelKinds } from "./header";
import { cellText, normHeader } from "./text";

/** A non-empty cell near the top of a sheet; `text` is its header form, null for a number. */
export interface HeadCell {
  col: number;
  text: string | null;
}

/** The first rows of a sheet, normalised once so that every sheet kind can be tried cheaply. */
export interface SheetHead {
  /** Sheet row → its non-empty cells, ascending by column; absent rows are empty. */
  rows: Map<number, HeadCell[]>;
  /** Merged areas that start within the rows a block can reach. */
  merges: MergeArea[];
}

const REACH = HEADER_SCAN_ROWS + HEADER_BLOCK_ROWS - 1;

export function sheetHead(g: Grid): SheetHead {
  const rows = new Map<number, HeadCell[]>();
  for (const r of rowsIn(g, 0, REACH)) {
    const cells: HeadCell[] = [];
    for (let i = 0; i < r.cols.length; i++) {
      const v = r.values[i];
      if (isEmpty(v)) continue;
      if (typeof v !== "string") cells.push({ col: r.cols[i], text: null });
      else {
        const text = normHeader(v);
        if (text !== "") cells.push({ col: r.cols[i], text });
      }
    }
    if (cells.length) rows.set(r.row, cells);
  }
  const merges = (g.merges ?? []).filter((m) => m.r0 < REACH);
  return { rows, merges };
}

interface Span {
  c0: number;
  c1: number;
}

/** The block being grown from one start row. */
class Block<K extends string> {
  readonly rows: number[] = [];
  /** Group labels' reach, from rows already in the block. */
  readonly groups: Span[] = [];

  constructor(
    readonly head: SheetHead,
    readonly kinds: LabelKinds<K>,
    readonly top: number,
  ) {}

  get limit(): number {
    return this.top + HEADER_BLOCK_ROWS - 1;
  }

  isKnown(text: string | null): boolean {
    return text !== null && (this.kinds.fields.has(text) || this.kinds.others.has(text));
  }

  /** Inside a merged area that starts higher up in the block, or to the left in the same row. */
  covered(row: number, col: number): boolean {
    return this.head.merges.some(
      (m) => m.r0 >= this.top && m.r0 <= row && row <= m.r1 && m.c0 <= col && col <= m.c1 && !(m.r0 === row && m.c0 === col),
    );
  }

  underGroup(col: number): boolean {
    return this.groups.some((s) => s.c0 <= col && col <= s.c1);
  }

  /** A row belongs to the block when every cell in it is a label, a continuation or under a group label. */
  accepts(row: number): boolean {
    const cells = (this.head.rows.get(row) ?? []).filter((c) => !this.covered(row, c.col));
    if (!cells.length) {
      // Only the rows a merged label reaches down into are blank header rows.
      return this.head.merges.some((m) => m.r0 >= this.top && m.r0 < row && row <= m.r1);
    }
    return cells.every((c) => this.isKnown(c.text) || (c.text !== null && this.underGroup(c.col)));
  }

  add(row: number): void {
    this.rows.push(row);
    const cells = this.head.rows.get(row) ?? [];
    cells.forEach((c, i) => {
      if (c.text === null) return;
      const span = this.reach(row, c.col, i + 1 < cells.length ? cells[i + 1].col : Infinity, this.isKnown(c.text));
      if (span) this.groups.push(span);
    });
  }

  /**
   * How far a text cell reaches to the right: its merge, else (for text that is no known
   * label) the empty cells up to the next one. A known label reaches over other columns only
   * when it is merged across them: a wide 商会名称 cell is not a group label.
   */
  private reach(row: number, col: number, next: number, known: boolean): Span | null {
    const m = this.head.merges.find((x) => x.r0 === row && x.c0 === col);
    if (m) return m.c1 > col ? { c0: col, c1: m.c1 } : null;
    if (known) return null;
    let below = -1;
    for (let r = row + 1; r <= this.limit; r++) {
      const cells = this.head.rows.get(r);
      if (cells?.length) below = Math.max(below, cells[cells.length - 1].col);
    }
    const c1 = Math.min(next - 1, below);
    return c1 > col ? { c0: col, c1 } : null;
  }

  /** The lowest known label of each column; fields left to right. */
  match(): HeaderMatch<K> {
    const label = new Map<number, K | null>();
    let end = 0;
    for (const row of this.rows) {
      for (const c of this.head.rows.get(row) ?? []) {
        end = Math.max(end, c.col + 1);
        if (c.text === null || this.covered(row, c.col)) continue;
        const key = this.kinds.fields.get(c.text);
        if (key !== undefined) label.set(c.col, key);
        else if (this.kinds.others.has(c.text)) label.set(c.col, null);
      }
    }
    const last = this.rows[this.rows.length - 1];
    for (const m of this.head.merges) if (m.r0 >= this.top && m.r0 <= last) end = Math.max(end, m.c1 + 1);
    const cols: Partial<Record<K, number>> = {};
    let known = 0;
    for (const col of [...label.keys()].sort((a, b) => a - b)) {
      const key = label.get(col);
      if (key === null || key === undefined) continue;
      known++;
      if (cols[key] === undefined) cols[key] = col;
    }
    return { top: this.top, row: last, cols, known, end };
  }
}

function growBlock<K extends string>(head: SheetHead, kinds: LabelKinds<K>, top: number): HeaderMatch<K> {
  const b = new Block(head, kinds, top);
  b.add(top);
  for (let row = top + 1; row <= b.limit && b.accepts(row); row++) b.add(row);
  return b.match();
}

/**
 * SPEC §2: the first header block within the first 15 rows that has at least `minKnown`
 * known labels and that `accept` takes (the sheet kind's required fields).
 */
export function findBlock<K extends string>(
  head: SheetHead,
  kinds: LabelKinds<K>,
  accept: (m: HeaderMatch<K>) => boolean,
  minKnown = 2,
): HeaderMatch<K> | null {
  const starts = [...head.rows.keys()].filter((r) => r < HEADER_SCAN_ROWS).sort((a, b) => a - b);
  for (const top of starts) {
    if (!head.rows.get(top)!.some((c) => c.text !== null && kinds.fields.has(c.text))) continue;
    const m = growBlock(head, kinds, top);
    if (m.known >= minKnown && accept(m)) return m;
  }
  return null;
}

/** The first block holding every required field. */
export function findHeader<K extends string>(head: SheetHead, kinds: LabelKinds<K>, required: readonly K[], minKnown = 2): HeaderMatch<K> | null {
  return findBlock(head, kinds, (m) => required.every((k) => m.cols[k] !== undefined), minKnown);
}

function blockCells(g: Grid, header: HeaderMatch<string>): { row: number; col: number; v: Cell }[] {
  const out: { row: number; col: number; v: Cell }[] = [];
  for (let row = header.row; row >= header.top; row--) {
    const r = rowAt(g, row);
    if (r) r.cols.forEach((col, i) => out.push({ row, col, v: r.values[i] }));
  }
  return out;
}

/** The column where `label` stands anywhere in the block (the lowest row first), or null. */
export function blockLabelCol(g: Grid, header: HeaderMatch<string>, label: string): number | null {
  const want = normHeader(label);
  const hit = blockCells(g, header).find((c) => typeof c.v === "string" && normHeader(c.v) === want);
  return hit ? hit.col : null;
}

/** A column's label as written: the lowest non-empty cell of the block in that column. */
export function blockLabelText(g: Grid, header: HeaderMatch<string>, col: number): string {
  const hit = blockCells(g, header).find((c) => c.col === col && !isEmpty(c.v));
  return hit ? cellText(hit.v).trim() : "";
}
