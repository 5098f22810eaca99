/**
 * Applies a WritePlan: first reads everything the plan will replace (a fixed number of syncs,
 * checking sheets before anything is written), then writes in as few syncs as the payload
 * limit allows, with calculation suspended. Returns what undo needs to put it all back.
 */
import { FILL_COLORS, FillMemo, WritePlan, a1, diffHighlights, isOurColor, memoKey, parseA1 } from "../core";
import type { ProgressFn } from "./api";
import { areaAddress } from "./address";
import { OP_BYTES, SyncCount } from "./budget";
import { ExcelAdapterError } from "./errors";
import { CellFill, cellKey, fillOf, paintOps, queueFillRead } from "./fills";
import { CellBlock, mergeBlocks } from "./blocks";
import { Input, restoreInput } from "./literal";
import { mergeMemos, memoOps, memoXmls, queueMemoParts } from "./memoPart";
import { Op, Sheets, runOps } from "./ops";
import { ReportBack, ReportProbe, queueReportProbe, reportDetail, reportWriteOps } from "./report";
import { rowOps } from "./writes";

export interface BlockBack {
  sheet: string;
  row: number;
  col: number;
  /** null: a cell of the rectangle the fill did not write. */
  inputs: (Input | null)[][];
}

/** Everything a fill replaced. */
export interface UndoRecord {
  blocks: BlockBack[];
  fills: CellFill[];
  memoXmls: string[];
  report: ReportBack;
  reportName: string;
  /** Sheets the fill wrote to, checked again before undoing. */
  sheets: string[];
}

export const OUR_COLORS = Object.values(FILL_COLORS);

/** Worksheets looked up without failing, with their protection, shared by all reads of a fill. */
export class Checked {
  readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(private readonly context: Excel.RequestContext) {}

  get(name: string): Excel.Worksheet {
    const known = this.sheets.get(name);
    if (known !== undefined) return known;
    const ws = this.context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    ws.protection.load("protected");
    this.sheets.set(name, ws);
    return ws;
  }

  /** After a sync: refuses a missing or protected sheet before anything is written. */
  require(names: Iterable<string>): void {
    for (const n of names) {
      const ws = this.get(n);
      if (ws.isNullObject) throw new ExcelAdapterError("SHEET_MISSING", { sheet: n });
      if (ws.protection.protected) throw new ExcelAdapterError("SHEET_PROTECTED", { sheet: n });
    }
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** A write failed after the checks: carries what is needed to put the workbook back. */
export class WriteFailure extends Error {
  constructor(
    readonly failure: unknown,
    readonly record: UndoRecord,
  ) {
    super("write failed");
  }
}

export interface FillResult {
  record: UndoRecord;
  cellsWritten: number;
}

export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, tint: boolean, count: SyncCount, onProgress?: ProgressFn): Promise<FillResult> {
  const checked = new Checked(context);
  const blocks = mergeBlocks(plan.blocks);
  const names = unique([...plan.touched, ...plan.blocks.map((b) => b.sheet), ...plan.highlights.map((h) => h.sheet)]).filter((n) => n !== plan.report.sheet);
  const got: { probe?: ReportProbe; parts?: Excel.CustomXmlPartScopedCollection } = {};
  const blockReads: { block: CellBlock; range: Excel.Range }[] = [];
  const hlReads: { sheet: string; row: number; col: number; fill: Excel.RangeFill }[] = [];

  // Read 1: sheets, the report, the memo's parts, what the blocks and highlights replace.
  await runOps(context, [
    { bytes: OP_BYTES * 4, run: () => ((got.probe = queueReportProbe(context, plan.report.sheet)), (got.parts = queueMemoParts(context))) },
    ...names.map((n) => ({ bytes: OP_BYTES * 2, run: () => void checked.get(n) })),
    ...blocks.map((block) => ({
      bytes: OP_BYTES,
      run: () => {
        const range = checked.get(block.sheet).getRange(areaAddress(block.row, block.col, block.row + block.inputs.length - 1, block.col + block.inputs[0].length - 1));
        range.load("values,formulas,valueTypes");
        blockReads.push({ block, range });
      },
    })),
    ...plan.highlights.map((h) => ({
      bytes: OP_BYTES,
      run: () => void hlReads.push({ sheet: h.sheet, row: h.row, col: h.col, fill: queueFillRead(checked.get(h.sheet).getRange(a1(h.row, h.col)), tint) }),
    })),
  ], count);
  checked.require(names);
  const report = got.probe!;
  if (!report.sheet.isNullObject && report.sheet.protection.protected) throw new ExcelAdapterError("SHEET_PROTECTED", { sheet: plan.report.sheet });
  const memoParts = got.parts!.items;

  // Read 2: the memo's XML and the old report's widths and links.
  const xmls: OfficeExtension.ClientResult<string>[] = [];
  const detail = reportDetail(report, plan.report.widths.length);
  await runOps(context, [...memoParts.map((p) => ({ bytes: OP_BYTES, run: () => void xmls.push(p.getXml()) })), ...detail.ops], count);
  const oldXmls = xmls.map((x) => x.value);
  const memo = mergeMemos(oldXmls);
  const diff = diffHighlights(memo, plan.highlights);

  // Read 3: the cells highlighted before but not now — restored only where they still show our colour.
  const restoreReads: { m: FillMemo; row: number; col: number; fill: Excel.RangeFill }[] = [];
  await runOps(
    context,
    diff.restore.map((m) => ({
      bytes: OP_BYTES * 2,
      run: () => {
        const p = parseA1(m.cell)!;
        restoreReads.push({ m, ...p, fill: queueFillRead(checked.get(m.sheet).getRange(m.cell), tint) });
      },
    })),
    count,
  );
  const restoring = restoreReads.filter((r) => !checked.get(r.m.sheet).isNullObject && isOurColor(fillOf(r.fill, tint), OUR_COLORS));
  checked.require(unique(restoring.map((r) => r.m.sheet)));

  const priorFill = new Map(hlReads.map((h) => [cellKey(h.sheet, h.row, h.col), fillOf(h.fill, tint)]));
  const fresh: FillMemo[] = diff.fresh.map((h) => ({ sheet: h.sheet, cell: a1(h.row, h.col), fill: priorFill.get(cellKey(h.sheet, h.row, h.col)) ?? null }));
  const next = { version: 1 as const, highlights: [...diff.keep, ...fresh].sort((a, b) => (memoKey(a.sheet, a.cell) < memoKey(b.sheet, b.cell) ? -1 : 1)) };

  const record: UndoRecord = {
    blocks: blockReads.map(({ block, range }) => ({
      sheet: block.sheet,
      row: block.row,
      col: block.col,
      inputs: range.values.map((row, i) => row.map((v, j) => (block.inputs[i][j] === null ? null : restoreInput(v, range.formulas[i][j], range.valueTypes[i][j])))),
    })),
    fills: [
      ...hlReads.map((h) => ({ sheet: h.sheet, row: h.row, col: h.col, fill: priorFill.get(cellKey(h.sheet, h.row, h.col)) ?? null })),
      ...restoring.map((r) => ({ sheet: r.m.sheet, row: r.row, col: r.col, fill: fillOf(r.fill, tint) })),
    ],
    memoXmls: oldXmls,
    report: detail.build(),
    reportName: plan.report.sheet,
    sheets: unique([...names, ...restoring.map((r) => r.m.sheet)]),
  };

  const sheets = new Sheets(context);
  const writes: Op[] = [
    ...blocks.flatMap((b) => rowOps(sheets, b.sheet, b.row, b.col, b.inputs, "values")),
    ...reportWriteOps(context, sheets, plan.report, record.report.existed),
    ...paintOps(sheets, plan.highlights.map((h) => ({ sheet: h.sheet, row: h.row, col: h.col, fill: h.color.toUpperCase() }))),
    ...paintOps(sheets, restoring.map((r) => ({ sheet: r.m.sheet, row: r.row, col: r.col, fill: r.m.fill ? r.m.fill.toUpperCase() : null }))),
    ...memoOps(context, memoParts, memoXmls(next)),
  ];
  try {
    await runOps(context, writes, count, { before: () => context.application.suspendApiCalculationUntilNextSync(), progress: { fn: onProgress, step: "write" } });
  } catch (e) {
    throw new WriteFailure(e, record);
  }
  const cellsWritten = plan.blocks.reduce((n, b) => n + b.values.length * b.values[0].length, 0) + plan.report.values.length * (plan.report.values[0]?.length ?? 0);
  return { record, cellsWritten };
}
