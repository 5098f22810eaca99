/** What a worksheet is to the core: cells by position, rows of values, merged areas. */
/** A cell value as both adapters deliver it. Excel error values arrive as their text (`#REF!`). */
export type Cell = string | number | boolean | null;

/** A 0-based sheet position. */
export interface Pos {
  row: number;
  col: number;
}

/** A merged area, 0-based and inclusive, in sheet coordinates. */
export interface MergeArea {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** One sheet row that holds at least one value: its columns ascending, the values alongside. */
export interface GridRow {
  row: number;
  cols: number[];
  values: Cell[];
}

/**
 * One worksheet as the core sees it. Only cells holding a value are stored, by position, so
 * memory follows the number of cells and never the used range: a lone value at XFD1048576
 * costs one entry. `rows` is ascending by sheet row. Build grids with `gridFromValues`,
 * `gridFromCells` or `setCell`, and read them through the accessors below.
 */
export interface Grid {
  name: string;
  rows: GridRow[];
  merges?: MergeArea[];
  hidden?: boolean;
  protected?: boolean;
}
