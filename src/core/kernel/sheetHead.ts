/**
 * The first rows of a sheet as header detection sees them (SPEC §2): each row normalised once
 * and only when a sheet kind looks at it, with the merged areas over each row indexed.
 */
import { Grid, GridRow, MergeArea, isEmpty, rowsIn } from "./grid";
import { HEADER_BLOCK_ROWS, HEADER_SCAN_ROWS, LabelKinds } from "./header";
import type { HeaderMatch } from "./header";
import { normHeader } from "./text";

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
