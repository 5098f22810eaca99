/**
 * Header blocks (SPEC §2). Offices lay a header over up to three rows: a group label merged
 * across the columns it covers (`自评情况` over `自评分` and `自评表`), the other labels merged
 * down. The block starts at the first row (within the first 15) holding a known label and
 * takes in each following row of text that holds a known label, that a known label of the
 * block is merged down into, or whose cells are all under a group label of a row above; the
 * unknown labels of such a row (`得分（分）`, `其中：加分项`) belong to the block. A column's
 * label is the lowest known label in it; data starts below the block.
 *
 * Merged areas are used when the adapter knows them, but nothing depends on them: merged
 * continuation cells are empty, and a group label's reach is inferred from the empty cells
 * to its right (Excel before ExcelApi 1.13 reports no merges, and "centre across selection"
 * makes none). Without merges, a blank row under a block that has a group label (in the block
 * or on the row just above it) is taken for the lower half of labels merged down.
 */
import { Cell, Grid, isEmpty, rowAt } from "./grid";
import { HEADER_BLOCK_ROWS, HEADER_SCAN_ROWS, HeaderMatch, LabelKinds } from "./header";
import { HeadCell, SheetHead, cellsAt } from "./sheetHead";
import { cellText, normHeader } from "./text";

export { cellsAt, sheetHead, withHeadCache } from "./sheetHead";
export type { HeadCell, SheetHead } from "./sheetHead";

/** The block being grown from one start row. */
class Block<K extends string> {
  readonly rows: number[] = [];
  /** Columns under a group label of a row already in the block (1 = under one). */
  private readonly grouped: Uint8Array;
  /** The row just above the block is a group row over it. */
  private readonly groupAbove: boolean;
  /** A group label stands in the block or on the row just above it. */
  private grouping: boolean;

  constructor(
    readonly head: SheetHead,
    readonly kinds: LabelKinds<K>,
    readonly top: number,
  ) {
    this.grouped = new Uint8Array(head.width + 1);
    this.groupAbove = this.groupRowAbove();
    this.grouping = this.groupAbove;
  }

  /**
   * The row just above the block is a group row (`推荐商会基本情况 | 自评情况` over the labels):
   * two or more text cells, none a known label or a `填报单位：` line, one reaching over
   * several labels of the block's first row. A title over the whole header is not one.
   */
  private groupRowAbove(): boolean {
    const cells = cellsAt(this.head, this.top - 1);
    if (cells.length < 2 || cells.some((c) => c.text === null || c.text.includes(":") || this.isKnown(c.text))) return false;
    const below = cellsAt(this.head, this.top);
    return cells.some((c, i) => {
      const c1 = c.merge ? c.merge.c1 : (i + 1 < cells.length ? cells[i + 1].col : this.head.width) - 1;
      return below.filter((b) => b.col >= c.col && b.col <= c1).length > 1;
    });
  }

  get limit(): number {
    return this.top + HEADER_BLOCK_ROWS - 1;
  }

  isKnown(text: string | null): boolean {
    return text !== null && (this.kinds.fields.has(text) || this.kinds.others.has(text));
  }

  /** Inside a merged area that starts higher up in the block, or to the left in the same row. */
  covered(c: HeadCell): boolean {
    return c.coverTop !== null && c.coverTop >= this.top;
  }

  /**
   * A row belongs to the block when it is text only and holds a known label, or a known label
   * of the block is merged down into it, or every cell is under a group label. A blank row
   * belongs when a merged label reaches into it, or (merges unknown) the block has a group label.
   */
  accepts(row: number): boolean {
    const cells = cellsAt(this.head, row).filter((c) => !this.covered(c));
    if (!cells.length) return this.reachedDown(row) || this.grouping;
    if (cells.some((c) => c.text === null)) return false;
    if (cells.some((c) => this.isKnown(c.text)) || this.labelledDownInto(row)) return true;
    return cells.every((c) => this.grouped[c.col] === 1);
  }

  /** A merged area starting in the block reaches down into `row`. */
  private reachedDown(row: number): boolean {
    for (let r = this.top; r < row; r++) if ((this.head.mergeReach.get(r)?.r1 ?? -1) >= row) return true;
    return false;
  }

  /** A known label of the block is merged down into `row`: that row is the label's too. */
  private labelledDownInto(row: number): boolean {
    for (const m of this.head.covering.get(row) ?? []) {
      if (m.r0 < this.top || m.r0 >= row) continue;
      const tl = cellsAt(this.head, m.r0).find((c) => c.col === m.c0);
      if (tl && this.isKnown(tl.text)) return true;
    }
    return false;
  }

  add(row: number): void {
    this.rows.push(row);
    const cells = cellsAt(this.head, row);
    cells.forEach((c, i) => {
      if (c.text === null || this.covered(c)) return;
      const c1 = this.reach(row, c, i + 1 < cells.length ? cells[i + 1].col : Infinity);
      if (c1 > c.col) {
        this.grouped.fill(1, c.col, Math.min(c1, this.head.width) + 1);
        if (!this.isKnown(c.text)) this.grouping = true;
      }
    });
  }

  /**
   * The last column a text cell reaches over: its merge, else (for text that is no known
   * label) the empty cells up to the next one. A known label reaches over other columns only
   * when it is merged across them: a wide 商会名称 cell is not a group label.
   */
  private reach(row: number, c: HeadCell, next: number): number {
    if (c.merge) return c.merge.c1;
    if (this.isKnown(c.text)) return c.col;
    let below = -1;
    for (let r = row + 1; r <= this.limit; r++) {
      const cells = cellsAt(this.head, r);
      if (cells.length) below = Math.max(below, cells[cells.length - 1].col);
    }
    return Math.min(next - 1, below);
  }

  /** The lowest known label of each column; fields left to right. */
  match(): HeaderMatch<K> {
    const label = new Map<number, K | null>();
    let end = 0;
    for (const row of this.rows) {
      for (const c of cellsAt(this.head, row)) {
        end = Math.max(end, c.col + 1);
        if (c.text === null || this.covered(c)) continue;
        const key = this.kinds.fields.get(c.text);
        if (key !== undefined) label.set(c.col, key);
        else if (this.kinds.others.has(c.text)) label.set(c.col, null);
      }
    }
    const last = this.rows[this.rows.length - 1];
    // A group row above the block reaches as far: results go after its 备注, not under it.
    const first = this.groupAbove ? this.top - 1 : this.top;
    if (this.groupAbove) for (const c of cellsAt(this.head, first)) end = Math.max(end, c.col + 1);
    for (let r = first; r <= last; r++) end = Math.max(end, (this.head.mergeReach.get(r)?.c1 ?? -1) + 1);
    const cols: Partial<Record<K, number>> = {};
    let known = 0;
    for (const col of Int32Array.from(label.keys()).sort()) {
      const key = label.get(col);
      if (key === null || key === undefined) continue;
      known++;
      if (cols[key] === undefined) cols[key] = col;
    }
    return { top: this.top, row: last, cols, known, end };
  }
}

function growBlock<K extends string>(head: SheetHead, kinds: LabelKinds<K>, top: number): HeaderMatch<K> {
  let done = head.grown.get(kinds);
  if (!done) head.grown.set(kinds, (done = new Map()));
  const hit = done.get(top);
  if (hit) return hit as HeaderMatch<K>;
  const b = new Block(head, kinds, top);
  b.add(top);
  for (let row = top + 1; row <= b.limit && b.accepts(row); row++) b.add(row);
  const m = b.match();
  done.set(top, m);
  return m;
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
  for (const top of head.rowNums) {
    if (top >= HEADER_SCAN_ROWS) break;
    if (!cellsAt(head, top).some((c) => c.text !== null && kinds.fields.has(c.text))) continue;
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
