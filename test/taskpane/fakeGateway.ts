/**
 * An in-memory WorkbookGateway over core grids, for unit-level pane tests. It applies a
 * plan's values and remembers calls; the real Office.js path is tested in the browser.
 */
import { gridFromValues, parseA1, type Grid, type PlanValue, type QuotaSetting, type SheetSpec, type WritePlan } from "../../src/core";
import { copyGrid, setCell } from "../../src/core/testing";
import type { Capabilities, FillOutcome, ImportOutcome, ImportStep, ProgressFn, UndoOutcome, WorkbookGateway } from "../../src/host";

function copy(grids: Grid[]): Grid[] {
  return grids.map(copyGrid);
}

function put(g: Grid, row: number, col: number, v: PlanValue) {
  setCell(g, row, col, v);
}

export class FakeGateway implements WorkbookGateway {
  grids: Grid[];
  plans: WritePlan[] = [];
  selected: { sheet: string; cell: string }[] = [];
  templates: SheetSpec[][] = [];
  schemeText: string | null = null;
  /** The stored quota setting, as Office would hand it back. */
  quotas: unknown = null;
  caps: Capabilities = { baseline: true, mergedAreas: true, nativeUndo: false };
  /** Set to make the next read wait until `release()` is called. */
  hold = false;
  private release: (() => void) | null = null;
  private before: Grid[] | null = null;
  undos = 0;
  cleared = 0;
  failWith: unknown = null;

  constructor(grids: Grid[]) {
    this.grids = copy(grids);
  }

  capabilities(): Capabilities {
    return this.caps;
  }

  async read(onProgress?: ProgressFn): Promise<Grid[]> {
    if (this.failWith) throw this.failWith;
    onProgress?.({ step: "read", done: 0, total: this.grids.length });
    if (this.hold) await new Promise<void>((resolve) => (this.release = resolve));
    onProgress?.({ step: "read", done: this.grids.length, total: this.grids.length });
    return copy(this.grids);
  }

  finishRead() {
    this.release?.();
  }

  async fill(plan: WritePlan, onProgress?: ProgressFn): Promise<FillOutcome> {
    this.plans.push(plan);
    this.before = copy(this.grids);
    let cells = 0;
    for (const b of plan.blocks) {
      const g = this.grids.find((x) => x.name === b.sheet)!;
      b.values.forEach((row, i) => row.forEach((v, j) => (put(g, b.row + i, b.col + j, v), cells++)));
      onProgress?.({ step: "write", done: cells, total: cells });
    }
    this.grids = this.grids.filter((g) => g.name !== plan.report.sheet);
    this.grids.push(gridFromValues(plan.report.sheet, plan.report.values));
    return { cellsWritten: cells, highlights: plan.highlights.length, syncs: 2, nativeUndo: this.caps.nativeUndo };
  }

  canUndo(): boolean {
    return this.before !== null;
  }

  async refreshUndo(): Promise<boolean> {
    return this.canUndo();
  }

  /** What the next undo says it kept (the real adapter decides from the workbook). */
  undoOutcome: UndoOutcome = { restored: 0, kept: [], reportKept: null };

  async undo(): Promise<UndoOutcome> {
    if (this.before) this.grids = this.before;
    this.before = null;
    this.undos++;
    return this.undoOutcome;
  }

  async clearHighlights(): Promise<number> {
    this.cleared++;
    return this.plans.length ? this.plans[this.plans.length - 1].highlights.length : 0;
  }

  async select(sheet: string, cell: string): Promise<void> {
    if (!parseA1(cell)) throw new Error(`bad cell ${cell}`);
    this.selected.push({ sheet, cell });
  }

  async insertTemplate(sheets: SheetSpec[]): Promise<string[]> {
    this.templates.push(sheets);
    for (const s of sheets) this.grids.push(gridFromValues(s.name, s.values));
    return sheets.map((s) => s.name);
  }

  async loadSchemeText(): Promise<string | null> {
    return this.schemeText;
  }

  async saveSchemeText(text: string | null): Promise<void> {
    this.schemeText = text;
  }

  async loadQuotas(): Promise<unknown> {
    return this.quotas;
  }

  async saveQuotas(q: QuotaSetting | null): Promise<void> {
    this.quotas = q === null ? null : JSON.parse(JSON.stringify(q));
  }

  /** 导入工作簿 and 校验记录: what the pane asked for, applied to the grids as values. */
  imports: ImportStep[] = [];

  canInsertWhole(): boolean {
    return this.caps.mergedAreas;
  }

  async importFile(step: ImportStep): Promise<ImportOutcome> {
    this.imports.push(step);
    for (const s of step.create) this.grids.push(gridFromValues(s.name, s.values));
    for (const s of step.plan.sheets) this.grids.push({ ...copyGrid(s.grid), name: s.to });
    return { whole: step.base64 !== null };
  }

  async writeStamp(spec: SheetSpec, replace: string | null): Promise<string> {
    this.grids = this.grids.filter((g) => g.name !== replace);
    this.grids.push(gridFromValues(spec.name, spec.values));
    return spec.name;
  }
}
