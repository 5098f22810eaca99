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
import { Cell, Grid, GridRow, MergeArea, isEmpty, rowAt, rowsIn } from "./grid";
import { HEADER_BLOCK_ROWS, HEADER_SCAN_ROWS, HeaderMatch, LabelKinds } from "./header";
import { cellText, normHeader } from "./text";

/** A non-empty cell near the top of a sheet; `text` is its header form, null for a number. */
export interface HeadCell {
  col: number;
  text: string | null;
  /** The merged area this cell is the top-left of. */
  merge: MergeArea | null;
  /** Top row of a merged area covering this cell other than at its top-left (a continuation). */
  coverTop: number | null;
}

/**
 * The first rows of a sheet, each normalised once and only when a sheet kind looks at it
 * (a 自评表's header is found on row 3; its item rows below are rarely needed).
 */
export interface SheetHead {
  /** Sheet rows within reach that hold a value, ascending. */
  rowNums: number[];
  /** Per sheet row: the lowest row and the rightmost column the merged areas starting on it reach. */
  mergeReach: Map<number, { r1: number; c1: number }>;
  /** One past the rightmost cell or merge. */
  width: number;
  /** Blocks already grown, by label kinds and start row (several sheet kinds share the head). */
  grown: Map<LabelKinds<string>, Map<number, HeaderMatch<string>>>;
  raw: Map<number, GridRow>;
  /** Merged areas over each row within reach. */
  covering: Map<number, MergeArea[]>;
  cells: Map<number, HeadCell[]>;
}

const REACH = HEADER_SCAN_ROWS + HEADER_BLOCK_ROWS - 1;

/** Index of the first cell at or right of `col`. */
function firstFrom(cells: HeadCell[], col: number): number {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid].col < col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Heads already built during the current review: each sheet is normalised once, whatever is tried on it. */
let cache: Map<Grid, SheetHead> | null = null;

/**
 * Runs `work` (synchronous) with each sheet's head built at most once. Outside it, heads are
 * built afresh every time, so a grid edited between two reviews is never read stale.
 */
export function withHeadCache<T>(work: () => T): T {
  if (cache) return work();
  cache = new Map();
  try {
    return work();
  } finally {
    cache = null;
  }
}

export function sheetHead(g: Grid): SheetHead {
  if (!cache) return buildHead(g);
  let head = cache.get(g);
  if (!head) cache.set(g, (head = buildHead(g)));
  return head;
}

function buildHead(g: Grid): SheetHead {
  const raw = new Map<number, GridRow>();
  let width = 0;
  for (const r of rowsIn(g, 0, REACH)) {
    raw.set(r.row, r);
    width = Math.max(width, r.cols[r.cols.length - 1] + 1);
  }
  const mergeReach = new Map<number, { r1: number; c1: number }>();
  const covering = new Map<number, MergeArea[]>();
  for (const m of g.merges ?? []) {
    if (m.r0 >= REACH) continue;
    width = Math.max(width, m.c1 + 1);
    const reach = mergeReach.get(m.r0);
    if (!reach) mergeReach.set(m.r0, { r1: m.r1, c1: m.c1 });
    else {
      reach.r1 = Math.max(reach.r1, m.r1);
      reach.c1 = Math.max(reach.c1, m.c1);
    }
    for (let row = m.r0; row <= Math.min(m.r1, REACH - 1); row++) {
      if (!raw.has(row)) continue;
      const list = covering.get(row);
      if (list) list.push(m);
      else covering.set(row, [m]);
    }
  }
  return { rowNums: [...raw.keys()], mergeReach, width, grown: new Map(), raw, covering, cells: new Map() };
}

/** A row's non-empty cells in header form, ascending by column (empty when the row holds nothing). */
export function cellsAt(head: SheetHead, row: number): HeadCell[] {
  const done = head.cells.get(row);
  if (done) return done;
  const cells: HeadCell[] = [];
  const r = head.raw.get(row);
  if (r) {
    for (let i = 0; i < r.cols.length; i++) {
      const v = r.values[i];
      if (isEmpty(v)) continue;
      const text = typeof v === "string" ? normHeader(v) : null;
      if (text !== "") cells.push({ col: r.cols[i], text, merge: null, coverTop: null });
    }
    // Each merge marks the cells it holds in one pass, however many merges a hostile sheet has.
    for (const m of head.covering.get(row) ?? []) {
      for (let i = firstFrom(cells, m.c0); i < cells.length && cells[i].col <= m.c1; i++) {
        const c = cells[i];
        if (row === m.r0 && c.col === m.c0) c.merge = m;
        else c.coverTop = Math.max(c.coverTop ?? -1, m.r0);
      }
    }
  }
  head.cells.set(row, cells);
  return cells;
}

/** The block being grown from one start row. */
class Block<K extends string> {
  readonly rows: number[] = [];
  /** Columns under a group label of a row already in the block (1 = under one). */
  private readonly grouped: Uint8Array;

  constructor(
    readonly head: SheetHead,
    readonly kinds: LabelKinds<K>,
    readonly top: number,
  ) {
    this.grouped = new Uint8Array(head.width + 1);
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

  /** A row belongs to the block when every cell in it is a label, a continuation or under a group label. */
  accepts(row: number): boolean {
    const cells = (cellsAt(this.head, row)).filter((c) => !this.covered(c));
    if (!cells.length) {
      // Only the rows a merged label reaches down into are blank header rows.
      for (let r = this.top; r < row; r++) if ((this.head.mergeReach.get(r)?.r1 ?? -1) >= row) return true;
      return false;
    }
    return cells.every((c) => this.isKnown(c.text) || (c.text !== null && this.grouped[c.col] === 1));
  }

  add(row: number): void {
    this.rows.push(row);
    const cells = cellsAt(this.head, row);
    cells.forEach((c, i) => {
      if (c.text === null || this.covered(c)) return;
      const c1 = this.reach(row, c, i + 1 < cells.length ? cells[i + 1].col : Infinity);
      if (c1 > c.col) this.grouped.fill(1, c.col, Math.min(c1, this.head.width) + 1);
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
    for (let r = this.top; r <= last; r++) end = Math.max(end, (this.head.mergeReach.get(r)?.c1 ?? -1) + 1);
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
