/** The Office.js implementation of WorkbookGateway (see api.ts). */
import type { Grid, QuotaSetting, SheetSpec, WritePlan } from "../core";
import type { Capabilities, FillOutcome, ProgressFn, WorkbookGateway } from "./api";
import { SyncCount } from "./budget";
import { clearHighlights } from "./clear";
import { ExcelAdapterError, asAdapterError, detailOf } from "./errors";
import { UndoRecord, WriteFailure, applyPlan } from "./fill";
import { readGrids } from "./read";
import { FILL_TINT, capabilities, requireBaseline, supports } from "./requirements";
import { runExcel } from "./session";
import { loadQuotas, loadScheme, saveQuotas, saveScheme } from "./settings";
import { insertSheets } from "./template";
import { undoFill } from "./undo";

export interface OfficeWorkbookOptions {
  /** URL of a local Excel host (tests, the playground); absent inside Excel. */
  session?: string;
}

export class OfficeWorkbook implements WorkbookGateway {
  private last: UndoRecord | null = null;
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
        // Part of the plan is in the workbook: put back what it replaced before reporting.
        const restored = await undoFill(context, e.record, count).then(
          () => true,
          () => false,
        );
        if (!restored) this.last = null;
        throw new ExcelAdapterError("WRITE_FAILED", { detail: detailOf(e.failure), restored });
      }
    });
    this.last = result.record;
    return { cellsWritten: result.cellsWritten, highlights: plan.highlights.length, syncs: this.lastSyncs, nativeUndo: caps.nativeUndo };
  }

  canUndo(): boolean {
    return this.last !== null;
  }

  async undo(onProgress?: ProgressFn): Promise<void> {
    const record = this.last;
    if (!record) throw new ExcelAdapterError("NOTHING_TO_UNDO", undefined);
    const caps = requireBaseline();
    await this.run(caps.nativeUndo, (context, count) => undoFill(context, record, count, onProgress));
    this.last = null;
  }

  async clearHighlights(onProgress?: ProgressFn): Promise<number> {
    requireBaseline();
    const tint = supports(FILL_TINT);
    const n = await this.run(false, (context, count) => clearHighlights(context, tint, count, onProgress));
    // The fills the last fill's undo would restore are gone.
    this.last = null;
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
