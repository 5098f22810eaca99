import type { MergeArea } from "../kernel/grid";
import type { PlanValue } from "./plan";
import { programmeOf } from "../programmes";
import type { Scheme } from "../kernel/schemeBase";

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
}

/** The blank workbook for a scheme (CLI `template`, the add-in's 插入空白模板). */
export function templateSheets(scheme: Scheme): SheetSpec[] {
  return programmeOf(scheme).template(scheme);
}
