/**
 * What the task pane needs from a workbook. The Office.js adapter implements it; the pane
 * and the ribbon commands depend on this interface only.
 */
import type { Grid, QuotaSetting, SheetSpec, WritePlan } from "../core";

export type StepName = "read" | "write" | "report" | "undo" | "clear" | "template" | "select";

export interface Progress {
  step: StepName;
  done: number;
  total: number;
}

export type ProgressFn = (p: Progress) => void;

/** Requirement sets found at run time (Office.context.requirements.isSetSupported). */
export interface Capabilities {
  /** ExcelApi 1.7: the baseline; without it the add-in refuses to run. */
  baseline: boolean;
  /** ExcelApi 1.13: merged areas are read. */
  mergedAreas: boolean;
  /** ExcelApi 1.20: a fill is one Ctrl+Z step (mergeUndoGroup). */
  nativeUndo: boolean;
}

export interface FillOutcome {
  cellsWritten: number;
  highlights: number;
  syncs: number;
  /** True when Excel's own undo (Ctrl+Z) can take the fill back as one step. */
  nativeUndo: boolean;
}

export interface WorkbookGateway {
  capabilities(): Capabilities;
  /** Every sheet's used range as grids, in a number of syncs that does not grow with the workbook. */
  read(onProgress?: ProgressFn): Promise<Grid[]>;
  /** Applies a write plan; remembers what it replaced so that `undo` restores it exactly. */
  fill(plan: WritePlan, onProgress?: ProgressFn): Promise<FillOutcome>;
  canUndo(): boolean;
  /** Restores the values and fills the last fill replaced, and the report sheet as it was. */
  undo(onProgress?: ProgressFn): Promise<void>;
  /** Puts back the original fills of every highlighted cell still showing our colour. */
  clearHighlights(onProgress?: ProgressFn): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;
  /** Adds template sheets (names made unique); never touches existing sheets. */
  insertTemplate(sheets: SheetSpec[]): Promise<string[]>;
  /** The custom scheme JSON kept in the workbook's settings, or null. */
  loadSchemeText(): Promise<string | null>;
  saveSchemeText(text: string | null): Promise<void>;
  /** The quotas set in the pane, as stored in the workbook's settings (unchecked), or null. */
  loadQuotas(): Promise<unknown>;
  /** Stores the pane's quotas in the workbook's settings; null removes them. */
  saveQuotas(q: QuotaSetting | null): Promise<void>;
}
