/**
 * The host: what the task pane needs from a workbook, whoever holds it. The Office.js adapter
 * (src/excel, OfficeWorkbook) implements it inside Excel; another host (a web edition over
 * files) would implement the same interface. The pane and the ribbon commands depend on this
 * folder and the core only; only the pane's entry (src/taskpane/gateway.ts) picks the host.
 * Nothing here names Office: plain data in, plain data out.
 */
import type { FillNote, Grid, IntakePlan, Lang, PlanValue, QuotaSetting, SheetSpec, WritePlan } from "../core";

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
  /** ExcelApi 1.8: inserted scoring sheets check scores as they are typed (absent: unknown). */
  dataValidation?: boolean;
}

export interface FillOutcome {
  cellsWritten: number;
  highlights: number;
  syncs: number;
  /** True when Excel's own undo (Ctrl+Z) can take the fill back as one step. */
  nativeUndo: boolean;
  /** What the fill did differently from the plan, to tell the user (a locked sheet skipped, a user's sheet avoided). */
  notes?: FillNote[];
}

export interface UndoOutcome {
  /** Cells and fills put back. */
  restored: number;
  /** Cells left alone because the user changed them after the fill (`汇总表!K5`). */
  kept: string[];
  /** The report sheet left as it is because it holds changes of the user's; null otherwise. */
  reportKept: string | null;
}

/** One file of 导入工作簿 that adds something (the core's intake plan for it). */
export type TakePlan = Extract<IntakePlan, { kind: "take" }>;

export interface ImportStep {
  /** A file that adds something: skipped files write nothing (a re-import adds nothing). */
  plan: TakePlan;
  /** The file's bytes as base64 when the host may insert whole sheets (canInsertWhole); the host falls back to values when it cannot use them; null for the values path. */
  base64: string | null;
  /** Sheets to create first: the summary or the 来源清单 of a workbook that has none yet. */
  create: SheetSpec[];
  sources: { sheet: string; row: number; values: PlanValue[] };
}

export interface ImportOutcome {
  /** Whole sheets inserted (formatting kept), or values and merges written. */
  whole: boolean;
}

/**
 * A host's refusal or failure that already says, in the user's language, what happened and
 * what to do (a protected sheet, an Excel too old): the pane shows its text as it is.
 */
export abstract class HostError extends Error {
  abstract readonly code: string;
  abstract text(lang?: Lang): string;
}

export interface WorkbookGateway {
  capabilities(): Capabilities;
  /** Every sheet's used range as grids, in a number of syncs that does not grow with the workbook. */
  read(onProgress?: ProgressFn): Promise<Grid[]>;
  /** Applies a write plan; remembers what it replaced so that `undo` restores it exactly. */
  fill(plan: WritePlan, onProgress?: ProgressFn): Promise<FillOutcome>;
  /** Whether the workbook holds a fill's undo record, as last seen. */
  canUndo(): boolean;
  /** Looks in the workbook for an undo record (it survives closing and reopening the pane). */
  refreshUndo(): Promise<boolean>;
  /**
   * Puts back what the last fill replaced, where the workbook still holds what the fill wrote;
   * what the user changed since stays and is listed.
   */
  undo(onProgress?: ProgressFn): Promise<UndoOutcome>;
  /** Puts back the original fills of every highlighted cell still showing our colour. */
  clearHighlights(onProgress?: ProgressFn): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;
  /** Adds template sheets (names made unique); never touches existing sheets. */
  insertTemplate(sheets: SheetSpec[]): Promise<string[]>;
  /** ExcelApi 1.13: a file's sheets can be inserted whole (formatting kept). */
  canInsertWhole(): boolean;
  /** 导入工作簿: one file's sheets, summary rows and 来源清单 row (the core's intakePlan.ts plans them). */
  importFile(step: ImportStep): Promise<ImportOutcome>;
  /** Adds the 校验记录 sheet, first deleting the earlier stamp sheet `replace` (ours) when given. */
  writeStamp(spec: SheetSpec, replace: string | null): Promise<string>;
  /** The custom scheme JSON kept in the workbook's settings, or null. */
  loadSchemeText(): Promise<string | null>;
  saveSchemeText(text: string | null): Promise<void>;
  /** The quotas set in the pane, as stored in the workbook's settings (unchecked), or null. */
  loadQuotas(): Promise<unknown>;
  /** Stores the pane's quotas in the workbook's settings; null removes them. */
  saveQuotas(q: QuotaSetting | null): Promise<void>;
}
