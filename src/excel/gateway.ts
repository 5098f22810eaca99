/** The Office.js implementation of WorkbookGateway (the interface: src/host). */
import { UNDO_NAMESPACE, type Grid, type QuotaSetting, type RestorePart, type SheetSpec, type UndoRecord, type WritePlan } from "../core";
import type { Capabilities, FillOutcome, ProgressFn, UndoOutcome, WorkbookGateway } from "../host";
import { SyncCount } from "./budget";
import { clearHighlights } from "./clear";
import { ExcelAdapterError, asAdapterError, failureOf } from "./errors";
import { WriteFailure, applyPlan } from "./fill";
import { queueParts } from "./memoPart";
import { readGrids } from "./read";
import { FILL_TINT, capabilities, requireBaseline, supports } from "./requirements";
import { runExcel } from "./session";
import { loadQuotas, loadScheme, saveQuotas, saveScheme } from "./settings";
import type { ImportOutcome, ImportStep } from "../host";
import { INSERT_SHEETS, importStep } from "./importFile";
import { insertSheets } from "./insertSheets";
import { findRecord, undoFill } from "./undo";

/** Everything a fill touched, when putting it back could not even start. */
function partsOf(record: UndoRecord): RestorePart[] {
  const parts: RestorePart[] = record.blocks.length ? [{ kind: "values", sheets: [...new Set(record.blocks.map((b) => b.sheet))] }] : [];
  if (record.fills.length) parts.push({ kind: "fills" });
  if (record.report) parts.push({ kind: "report", sheet: record.report.sheet });
  parts.push({ kind: "memo" });
  return parts;
}

export interface OfficeWorkbookOptions {
  /** URL of a local Excel host (tests, the playground); absent inside Excel. */
  session?: string;
}

export class OfficeWorkbook implements WorkbookGateway {
  /** Whether the workbook holds an undo record, as last seen. */
  private undoable = false;
  /** Syncs of the last operation, for the bench and the pane's diagnostics. */
  lastSyncs = 0;

  constructor(private readonly opts: OfficeWorkbookOptions = {}) {}

  capabilities(): Capabilities {
    return capabilities();
  }

  private async run<T>(mergeUndoGroup: boolean, batch: (context: Excel.RequestContext, count: SyncCount) => Promise<T>): Promise<T> {
    const count = new SyncCount();
    try {
      return await runExcel(this.opts.session, mergeUndoGroup, (context) => batch(context, count));
    } catch (e) {
      throw asAdapterError(e);
    } finally {
      this.lastSyncs = count.n;
    }
  }

  async read(onProgress?: ProgressFn): Promise<Grid[]> {
    const caps = requireBaseline();
    return this.run(false, (context, count) => readGrids(context, caps, count, onProgress));
  }

  async fill(plan: WritePlan, onProgress?: ProgressFn): Promise<FillOutcome> {
    const caps = requireBaseline();
    const tint = supports(FILL_TINT);
    const result = await this.run(caps.nativeUndo, async (context, count) => {
      try {
        return await applyPlan(context, plan, tint, count, onProgress);
      } catch (e) {
        if (!(e instanceof WriteFailure)) throw e;
        // Part of the plan may be in the workbook: put back what it replaced before reporting.
        const back = await undoFill(context, e.record, tint, count, { keep: e.earlierParts }).catch((f: unknown) => ({ done: [] as RestorePart[], failed: null, failure: f }));
        const failure = failureOf(e.failure);
        if (back.failed !== null && !back.failed.length) throw new ExcelAdapterError("WRITE_FAILED", failure);
        // The record leads the writes: if anything was written, it is in the workbook.
        this.undoable = true;
        throw new ExcelAdapterError("WRITE_FAILED", { ...failure, done: back.done, failed: back.failed ?? partsOf(e.record) });
      }
    });
    this.undoable = true;
    return { cellsWritten: result.cellsWritten, highlights: result.highlights, syncs: this.lastSyncs, nativeUndo: caps.nativeUndo, notes: result.notes };
  }

  canUndo(): boolean {
    return this.undoable;
  }

  async refreshUndo(): Promise<boolean> {
    requireBaseline();
    this.undoable = await this.run(false, async (context, count) => {
      const parts = queueParts(context, UNDO_NAMESPACE);
      count.n++;
      await context.sync();
      return parts.items.length > 0;
    });
    return this.undoable;
  }

  async undo(onProgress?: ProgressFn): Promise<UndoOutcome> {
    const caps = requireBaseline();
    const tint = supports(FILL_TINT);
    const { plan, record } = await this.run(caps.nativeUndo, async (context, count) => {
      const found = await findRecord(context, count);
      if (!found) {
        this.undoable = false;
        throw new ExcelAdapterError("NOTHING_TO_UNDO", undefined);
      }
      const back = await undoFill(context, found, tint, count, { onProgress });
      if (back.failed.length) throw new ExcelAdapterError("UNDO_FAILED", { ...failureOf(back.failure), done: back.done, failed: back.failed });
      return { plan: back.plan, record: found };
    });
    this.undoable = false;
    return {
      restored: plan.counts.cells + plan.counts.fills,
      kept: plan.kept,
      reportKept: plan.report === "keep" && record.report ? record.report.sheet : null,
    };
  }

  async clearHighlights(onProgress?: ProgressFn): Promise<number> {
    requireBaseline();
    const tint = supports(FILL_TINT);
    const n = await this.run(false, (context, count) => clearHighlights(context, tint, count, onProgress));
    // The fills the last fill's undo would restore are gone, and so is its record.
    this.undoable = false;
    return n;
  }

  async select(sheet: string, cell: string): Promise<void> {
    requireBaseline();
    return this.run(false, async (context, count) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load("visibility");
      count.n++;
      await context.sync();
      if (ws.isNullObject) throw new ExcelAdapterError("SHEET_MISSING", { sheet });
      ws.activate();
      ws.getRange(cell).select();
      count.n++;
      await context.sync();
    });
  }

  async insertTemplate(sheets: SheetSpec[]): Promise<string[]> {
    requireBaseline();
    return this.run(false, (context, count) => insertSheets(context, sheets, count));
  }

  canInsertWhole(): boolean {
    return supports(INSERT_SHEETS);
  }

  async importFile(step: ImportStep): Promise<ImportOutcome> {
    requireBaseline();
    return this.run(false, (context, count) => importStep(context, step, count));
  }

  async writeStamp(spec: SheetSpec, replace: string | null): Promise<string> {
    requireBaseline();
    return this.run(false, async (context, count) => {
      if (replace !== null) context.workbook.worksheets.getItem(replace).delete();
      return (await insertSheets(context, [spec], count))[0];
    });
  }

  async loadSchemeText(): Promise<string | null> {
    return loadScheme();
  }

  async saveSchemeText(text: string | null): Promise<void> {
    return saveScheme(text);
  }

  async loadQuotas(): Promise<unknown> {
    return loadQuotas();
  }

  async saveQuotas(q: QuotaSetting | null): Promise<void> {
    return saveQuotas(q);
  }
}
