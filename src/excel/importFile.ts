/**
 * 导入工作簿 in Excel: one file's plan (core/engine/intakePlan.ts) applied in a few syncs. With ExcelApi
 * 1.13 the source's sheets go in whole through `insertWorksheetsFromBase64`, formatting and
 * all, then take their planned names; below 1.13, when the file's base64 would not fit a
 * request under the 5 MB limit, or when the file is no .xlsx (an .xls or .ods: Excel inserts
 * from .xlsx only), their values and merges are written instead. Summary rows,
 * their links and the 来源清单 row follow in the same batched writes.
 */
import { PlanValue, sheetCopy } from "../core";
import type { ImportOutcome, ImportStep } from "../host";
import { areaAddress, cellReference } from "./address";
import { PAYLOAD_BUDGET, SyncCount, opBytes } from "./budget";
import { toInput } from "./literal";
import { Op, Sheets, runOps } from "./ops";
import { insertSheets } from "./insertSheets";
import { rowOps } from "./writes";

/** ExcelApi 1.13: Workbook.insertWorksheetsFromBase64. */
export const INSERT_SHEETS = "1.13";

/** Whether one request can carry the file: base64 plus the request's own envelope. */
function fitsOneRequest(base64Length: number): boolean {
  return base64Length + opBytes("call", "", []) < PAYLOAD_BUDGET;
}

const cellInput = (v: PlanValue) => (v === null ? null : toInput(v));

/** Summary rows (null cells left as they are), their sheet links, and the 来源清单 row. */
function listOps(sheets: Sheets, step: ImportStep): Op[] {
  const ops: Op[] = [];
  const plan = step.plan;
  if (plan.summary) {
    const name = plan.summary.sheet;
    for (const l of plan.summary.lines) {
      ops.push(...rowOps(sheets, name, l.row, 0, [l.values.map(cellInput)], "values"));
      if (!l.link) continue;
      const address = areaAddress(l.row, l.link.col, l.row, l.link.col);
      const link = { documentReference: cellReference(l.link.sheet, "A1"), textToDisplay: String(l.values[l.link.col] ?? l.link.sheet) };
      ops.push({ bytes: opBytes("link", address, link), run: () => void (sheets.range(name, address).hyperlink = link) });
    }
  }
  ops.push(...rowOps(sheets, step.sources.sheet, step.sources.row, 0, [step.sources.values.map(cellInput)], "values"));
  return ops;
}

/** The source's sheets in whole: insert, and the ids they came in under, in plan order. */
async function insertWhole(context: Excel.RequestContext, base64: string, plan: ImportStep["plan"], count: SyncCount): Promise<string[]> {
  const ids = context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: plan.sheets.map((s) => s.from), positionType: Excel.WorksheetPositionType.end });
  count.n++;
  await context.sync();
  return ids.value;
}

/** After a failed insert: the sheets that were not there before go again (best effort; the error is the one the user hears). */
async function dropNew(context: Excel.RequestContext, before: Set<string>, count: SyncCount): Promise<void> {
  const all = context.workbook.worksheets;
  all.load("items/name");
  count.n++;
  await context.sync();
  const added = all.items.filter((w) => !before.has(w.name));
  if (!added.length) return;
  added.forEach((w) => w.delete());
  count.n++;
  await context.sync();
}

/**
 * One file. Its sheets go in first, under free names; only when they are all in do the
 * replaced chambers' old sheets go (the user said so), the new ones take their planned names,
 * and the summary rows and the 来源清单 row follow. A failed insert takes out what it put in,
 * so the user's sheets are never lost to a half-done import, and a file without its 来源清单 row
 * can be imported again.
 */
export async function importStep(context: Excel.RequestContext, step: ImportStep, count: SyncCount): Promise<ImportOutcome> {
  if (step.create.length) await insertSheets(context, step.create, count);
  const plan = step.plan;
  // Whole sheets only when the file's base64 fits one request under the 5 MB limit.
  const base64 = step.base64 !== null && fitsOneRequest(step.base64.length) ? step.base64 : null;
  let sheetOf: (i: number) => Excel.Worksheet;
  if (base64 !== null) {
    // One call: it puts in all of the file's sheets or none.
    const ids = await insertWhole(context, base64, plan, count);
    sheetOf = (i) => context.workbook.worksheets.getItem(ids[i]);
  } else {
    const all = context.workbook.worksheets;
    all.load("items/name");
    count.n++;
    await context.sync();
    const present = all.items.map((w) => w.name);
    try {
      const names = await insertSheets(context, plan.sheets.map((s) => sheetCopy(s.grid, s.to)), count, present);
      sheetOf = (i) => context.workbook.worksheets.getItem(names[i]);
    } catch (e) {
      await dropNew(context, new Set(present), count).catch(() => undefined);
      throw e;
    }
  }
  const deletes: Op[] = plan.sheets.filter((s) => s.replaces !== null).map((s) => ({ bytes: opBytes("call", s.replaces!), run: () => context.workbook.worksheets.getItem(s.replaces!).delete() }));
  const renames: Op[] = plan.sheets.map((s, i) => ({ bytes: opBytes("call", s.to), run: () => void (sheetOf(i).name = s.to) }));
  await runOps(context, [...deletes, ...renames, ...listOps(new Sheets(context), step)], count);
  return { whole: base64 !== null };
}
