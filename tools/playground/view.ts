/** What the playground server tells the grid page about the workbook (plain JSON). */
export interface CellView {
  r: number;
  c: number;
  /** What Excel would show: the value, or the formula when no value is cached. */
  text: string;
  numeric?: boolean;
  fill?: string;
  link?: { address?: string; documentReference?: string; screenTip?: string };
}

export interface SheetView {
  name: string;
  hidden: boolean;
  protected: boolean;
  rows: number;
  cols: number;
  cells: CellView[];
  merges: { r0: number; c0: number; r1: number; c1: number }[];
  /** Column widths in points where set. */
  widths: Record<number, number>;
}

export interface WorkbookView {
  version: number;
  file: string;
  active: string | null;
  selection: { sheet: string; address: string } | null;
  sheets: SheetView[];
}

/** What the pane page needs to know before Office is "ready". */
export interface PaneInfo {
  api: string;
  settings: Record<string, unknown>;
}
