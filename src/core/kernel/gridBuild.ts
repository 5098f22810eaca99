/** Grids built from what an adapter reads: a dense block, cells in any order, or cells as a reader meets them. */
import type { Cell, Grid, GridRow, MergeArea, Pos } from "./gridTypes";

/** A value worth storing: Office.js reports an empty cell as "", the file reader as null. */
export function holds(v: Cell | undefined): v is Cell {
  return v !== null && v !== undefined && v !== "";
}

export interface GridOptions {
  /** Sheet position of `values[0][0]` (Excel's used range need not start at A1). */
  origin?: Pos;
  merges?: MergeArea[];
  hidden?: boolean;
  protected?: boolean;
}

function withOptions(name: string, rows: GridRow[], opts: GridOptions): Grid {
  const g: Grid = { name, rows };
  if (opts.merges) g.merges = opts.merges;
  if (opts.hidden) g.hidden = true;
  if (opts.protected) g.protected = true;
  return g;
}

/** A grid from a dense block of values (what Office.js returns for a range), placed at `origin`. */
export function gridFromValues(name: string, values: readonly (readonly (Cell | undefined)[])[], opts: GridOptions = {}): Grid {
  const r0 = opts.origin?.row ?? 0;
  const c0 = opts.origin?.col ?? 0;
  const rows: GridRow[] = [];
  values.forEach((line, i) => {
    let r: GridRow | null = null;
    for (let j = 0; j < line.length; j++) {
      const v = line[j];
      if (!holds(v)) continue;
      if (!r) rows.push((r = { row: r0 + i, cols: [], values: [] }));
      r.cols.push(c0 + j);
      r.values.push(v);
    }
  });
  return withOptions(name, rows, opts);
}

/**
 * A grid from cells in any order, as parallel arrays (what a file reader collects). When a
 * position repeats, the last value wins, as it would when written into a sheet in order.
 */
export function gridFromCells(name: string, rowOf: readonly number[], colOf: readonly number[], valueOf: readonly Cell[], opts: GridOptions = {}): Grid {
  let order: number[] | null = null;
  for (let i = 1; i < rowOf.length; i++) {
    if (rowOf[i] < rowOf[i - 1] || (rowOf[i] === rowOf[i - 1] && colOf[i] <= colOf[i - 1])) {
      order = rowOf.map((_, k) => k).sort((a, b) => rowOf[a] - rowOf[b] || colOf[a] - colOf[b] || a - b);
      break;
    }
  }
  const rows: GridRow[] = [];
  let r: GridRow | null = null;
  for (let k = 0; k < rowOf.length; k++) {
    const i = order ? order[k] : k;
    const v = valueOf[i];
    if (!holds(v)) continue;
    if (!r || r.row !== rowOf[i]) rows.push((r = { row: rowOf[i], cols: [], values: [] }));
    const last = r.cols.length - 1;
    if (last >= 0 && r.cols[last] === colOf[i]) r.values[last] = v;
    else {
      r.cols.push(colOf[i]);
      r.values.push(v);
    }
  }
  return withOptions(name, rows, opts);
}

/**
 * A grid built from cells as a reader meets them: in sheet order (rows ascending, columns
 * ascending within a row) they go straight into rows; any out of order are sorted at the end.
 * A row's cells are gathered in arrays kept for the next row and copied out at its size
 * when it ends: arrays grown by push keep room to spare (most of a short row's memory), and
 * trimming them afterwards would leave that behind as garbage, often already promoted.
 */
export class GridBuilder {
  private readonly rows: GridRow[] = [];
  /** The row being gathered (-1: none yet), and its cells so far. */
  private cur = -1;
  private readonly cols: number[] = [];
  private readonly values: Cell[] = [];
  private n = 0;
  private ordered = true;
  /** Cells stored so far. */
  count = 0;

  add(row: number, col: number, v: Cell): void {
    if (!holds(v)) return;
    this.count++;
    if (row !== this.cur || this.n === 0) {
      if (this.n > 0) {
        if (row < this.cur) this.ordered = false;
        this.close();
      }
      this.cur = row;
    } else if (col <= this.cols[this.n - 1]) this.ordered = false;
    this.cols[this.n] = col;
    this.values[this.n] = v;
    this.n++;
  }

  private close(): void {
    if (this.n === 0) return;
    this.rows.push({ row: this.cur, cols: this.cols.slice(0, this.n), values: this.values.slice(0, this.n) });
    this.n = 0;
  }

  build(name: string, opts: GridOptions = {}): Grid {
    this.close();
    if (this.ordered) return withOptions(name, this.rows, opts);
    const rs: number[] = [];
    const cs: number[] = [];
    const vs: Cell[] = [];
    for (const r of this.rows) r.cols.forEach((c, i) => (rs.push(r.row), cs.push(c), vs.push(r.values[i])));
    return gridFromCells(name, rs, cs, vs, opts);
  }
}
