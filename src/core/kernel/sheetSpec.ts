/**
 * A sheet the tool writes, as plain data: the blank template, consolidate's copies and summary,
 * the 校验记录 sheet, an expert's scoring sheet. Programmes lay them out; adapters create them.
 */
import { displayWidth } from "./displayWidth";
import { Cell, Grid, MergeArea, gridToValues } from "./grid";
import { cellText } from "./text";

/** A value to write: text is always literal text, never a formula or a number. */
export type PlanValue = string | number | null;

/** A formula to write (Excel syntax without the leading "="), 0-based position. */
export interface CellFormula {
  row: number;
  col: number;
  formula: string;
}

/**
 * Data validation of an area: a custom formula written for its top-left cell (Excel applies it
 * relatively to the others), the prompt shown on entry and the error that stops a bad value.
 */
export interface CellRule {
  area: MergeArea;
  formula: string;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** A new sheet to create: values from A1, merged areas and column widths (characters). */
export interface SheetSpec {
  name: string;
  values: PlanValue[][];
  merges: MergeArea[];
  widths: number[];
  /** Scoring sheets only: formulas (the 合计 column), validations, cells left editable, protection. */
  formulas?: CellFormula[];
  rules?: CellRule[];
  /** Cells a user may edit once the sheet is protected (shaded to show where to type). */
  unlocked?: MergeArea[];
  /** Protect the sheet without a password: only `unlocked` cells can change. */
  protect?: boolean;
  /** Hidden in the workbook (a sheet carried over from an .xls or .ods that hid it). */
  hidden?: boolean;
}

function planValue(v: Cell): PlanValue {
  // Booleans have no place in a score sheet; keep what the cell showed.
  return typeof v === "boolean" ? cellText(v) : v;
}

/** Column widths from the text in each column, ignoring titles merged across columns. */
export function widthsOf(values: PlanValue[][], merges: MergeArea[]): number[] {
  const wide = new Set(merges.filter((m) => m.c1 > m.c0).map((m) => `${m.r0},${m.c0}`));
  const widths: number[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || wide.has(`${r},${c}`)) return;
      const w = Math.max(...cellText(v).split(/\r?\n/).map(displayWidth));
      widths[c] = Math.max(widths[c] ?? 6, Math.min(w + 2, 60));
    }),
  );
  return Array.from(widths, (w) => w ?? 8);
}

/** A source sheet as a new sheet: its values from A1 (the used range put back in place) and merges. */
export function copySheet(g: Grid, name: string): SheetSpec {
  const values: PlanValue[][] = gridToValues(g).map((row) => row.map(planValue));
  const merges = (g.merges ?? []).map((m) => ({ ...m }));
  return { name, values, merges, widths: widthsOf(values, merges) };
}
