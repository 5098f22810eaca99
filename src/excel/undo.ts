/**
 * Undo of a fill from its record: reads what the workbook holds now, lets the core decide
 * (undoDecision: only what still holds exactly what the fill wrote goes back), then writes
 * part by part, so that a failure can say what was and was not put back. The same code puts
 * the workbook back when a fill's write fails half-way.
 */
import { Input, MergeArea, RestorePart, UNDO_NAMESPACE, UndoPlan, UndoRecord, memoParts, parseRangeRef, undoDecision, undoFromParts } from "../core";
import type { ProgressFn } from "../host";
import { SyncCount } from "./budget";
import { Inputs, Reader, fillAt, fillReads, inputReads, runReads } from "./cells";
import { ExcelAdapterError } from "./errors";
import { paintOps } from "./fills";
import { deletePartOps, partOps, queueParts, readPartXmls } from "./memoPart";
import { Op, Sheets, runOps } from "./ops";
import { reportRestoreOps } from "./report";
import { RANGE_AREAS, supports } from "./requirements";
import { readNow, sheetFinder } from "./state";
import { rowOps } from "./writes";

export interface UndoResult {
  plan: UndoPlan;
  done: RestorePart[];
  failed: RestorePart[];
  /** The first failure, when some part could not be put back. */
  failure: unknown;
}

const areaOf = (b: { row: number; col: number; after: unknown[][] }): MergeArea => ({ r0: b.row, c0: b.col, r1: b.row + b.after.length - 1, c1: b.col + b.after[0].length - 1 });

/**
 * Puts back what `record` describes. `keep`: ids of undo parts to leave (a failed fill keeps
 * the record of the fill before it); every other undo part goes once all is put back.
 */
export async function undoFill(
  context: Excel.RequestContext,
  record: UndoRecord,
  tint: boolean,
  count: SyncCount,
  opts: { keep?: Set<string>; onProgress?: ProgressFn } = {},
): Promise<UndoResult> {
  const now = await readNow(context, count);
  const find = sheetFinder(now);
  for (const s of record.sheets) {
    const st = find(s);
    if (!st) throw new ExcelAdapterError("UNDO_SHEET_GONE", { sheet: s });
    if (st.protected) throw new ExcelAdapterError("SHEET_PROTECTED", { sheet: st.name });
  }
  const sheets = new Sheets(context, supports(RANGE_AREAS));
  const report = record.report && find(record.report.sheet) ? record.report.sheet : null;
  let reportNow: Inputs | null = null;
  let reportRead: Reader<Inputs[]> | null = null;
  if (report) {
    const used = sheets.get(report).getUsedRangeOrNullObject(true);
    used.load("address");
    count.n++;
    await context.sync();
    const area = used.isNullObject ? null : parseRangeRef(used.address);
    if (area) reportRead = inputReads(sheets, [{ sheet: report, area: { r0: 0, c0: 0, r1: area.r1, c1: area.c1 } }], 120);
    else reportNow = [];
  }
  const values = inputReads(sheets, record.blocks.map((b) => ({ sheet: b.sheet, area: areaOf(b) })));
  const fills = await runReads(context, sheets, count, tint, [values, ...(reportRead ? [reportRead] : [])], fillReads(sheets, record.fills.flatMap((f) => f.cells.map((cell) => ({ sheet: f.sheet, cell, expect: f.after }))), tint));
  if (reportRead) reportNow = reportRead.result()[0];
  const at = new Map<string, Input>();
  const got = values.result();
  record.blocks.forEach((b, i) => got[i].forEach((row, r) => row.forEach((v, c) => at.set(`${b.sheet}\u0000${b.row + r}\u0000${b.col + c}`, v))));
  const decided = undoDecision(record, {
    sheet: (name) => ({ exists: !!find(name), locked: !!find(name)?.protected }),
    value: (sheet, row, col) => at.get(`${sheet}\u0000${row}\u0000${col}`) ?? "",
    fill: (sheet, cell) => fillAt(fills, sheet, cell) ?? null,
    report: reportNow,
  });
  if (!decided.ok) throw new ExcelAdapterError(decided.refusal.code, { sheet: decided.refusal.sheet });
  const plan = decided.plan;

  // Part by part: a failure names what stayed as the fill left it.
  const groups: { part: RestorePart; ops: Op[]; after?: RestorePart }[] = [];
  // Every cell to put back, in the rectangles the fill wrote (null leaves a cell as it is): one part, however many sheets.
  const back = new Map(plan.cells.map((c) => [`${c.sheet}\u0000${c.row}\u0000${c.col}`, c.input]));
  const valueOps = record.blocks.flatMap((b) => {
    const inputs = b.after.map((row, r) => row.map((_, c) => back.get(`${b.sheet}\u0000${b.row + r}\u0000${b.col + c}`) ?? null));
    return inputs.some((row) => row.some((v) => v !== null)) ? rowOps(sheets, b.sheet, b.row, b.col, inputs, "formulas") : [];
  });
  if (valueOps.length) groups.push({ part: { kind: "values", sheets: [...new Set(plan.cells.map((c) => c.sheet))] }, ops: valueOps });
  if (plan.fills.length) groups.push({ part: { kind: "fills" }, ops: paintOps(sheets, plan.fills) });
  if (record.report && (plan.report === "restore" || plan.report === "delete")) {
    groups.push({ part: { kind: "report", sheet: record.report.sheet }, ops: reportRestoreOps(context, sheets, record.report.sheet, plan.report === "restore" ? record.report.before : null, !!report) });
  }
  // The memo goes back only once the fills it describes are back.
  groups.push({ part: { kind: "memo" }, ops: partOps(context, now.memoParts, plan.memo ? memoParts(plan.memo) : []), after: { kind: "fills" } });

  const done: RestorePart[] = [];
  const failed: RestorePart[] = [];
  let failure: unknown = null;
  for (const g of groups) {
    if (g.after && failed.some((f) => f.kind === g.after!.kind)) {
      failed.push(g.part);
      continue;
    }
    try {
      await runOps(context, g.ops, count, { before: () => context.application.suspendApiCalculationUntilNextSync(), progress: { fn: opts.onProgress, step: "undo" } });
      done.push(g.part);
    } catch (e) {
      failure ??= e;
      failed.push(g.part);
    }
  }
  if (!failed.length) {
    const drop = now.undoParts.filter((p) => !opts.keep?.has(p.id));
    await runOps(context, deletePartOps(drop), count).catch((e: unknown) => (failure ??= e));
  }
  return { plan, done, failed, failure };
}

/** The latest complete undo record kept in the workbook, or null. */
export async function findRecord(context: Excel.RequestContext, count: SyncCount): Promise<UndoRecord | null> {
  const parts = queueParts(context, UNDO_NAMESPACE);
  count.n++;
  await context.sync();
  if (!parts.items.length) return null;
  return undoFromParts(await readPartXmls(context, parts.items, count));
}
