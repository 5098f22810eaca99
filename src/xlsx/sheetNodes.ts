/** The row and cell elements of a worksheet part as the patch index records them (sheetIndex.ts). */
export interface FormulaNode {
  /** `shared`, `array`, `dataTable`, or null for a plain formula. */
  type: string | null;
  ref: string | null;
  si: string | null;
  /** The formula text (decoded); empty for the other cells of a shared group. */
  text: string;
  start: number;
  end: number;
}

export interface CellNode {
  row: number;
  col: number;
  start: number;
  /** End of the start tag. */
  openEnd: number;
  end: number;
  selfClosing: boolean;
  hasRef: boolean;
  style: number | null;
  formula: FormulaNode | null;
}

export interface RowNode {
  row: number;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  hasRef: boolean;
  cells: CellNode[];
  /** The row's own format, when it applies to empty cells (`customFormat="1"`). */
  style: number | null;
}
