/**
 * 导入工作簿 in Excel: one file's plan (core/intake.ts) applied in a few syncs. With ExcelApi
 * 1.13 the source's sheets go in whole through `insertWorksheetsFromBase64`, formatting and
 * all, then take their planned names; below 1.13, or when the file's base64 would not fit a
 * request under the 5 MB limit, their values and merges are written instead. Summary rows,
 * their links and the 来源清单 row follow in the same batched writes.
 */
import { IntakePlan, PlanValue, SheetSpec, sheetCopy } from "../core";
import { areaAddress, cellReference } from "./address";
import { PAYLOAD_BUDGET, SyncCount, opBytes } from "./budget";
import { toInput } from "./literal";
import { Op, Sheets, runOps } from "./ops";
import { insertSheets } from "./template";
import { rowOps } from "./writes";

/** ExcelApi 1.13: Workbook.insertWorksheetsFromBase64. */
export const INSERT_SHEETS = "1.13";

export type TakePlan = Extract<IntakePlan, { kind: "take" }>;

export interface ImportStep {
  /** A file that adds something: skipped files write nothing (a re-import adds nothing). */
  plan: TakePlan;
  /** The file's bytes as base64, when whole sheets may be inserted (1.13); null for the values path. */
  base64: string | null;
  /** Sheets to create first: the summary or the 来源清单 of a workbook that has none yet. */
  create: SheetSpec[];
  sources: { sheet: string; row: number; values: PlanValue[] };
}

export interface ImportOutcome {
  /** Whole sheets inserted (formatting kept), or values and merges written. */
  whole: boolean;
}

/** Whether one request can carry the file: base64 plus the request's own envelope. */
export function fitsOneRequest(base64Length: number): boolean {
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

/** The source's sheets in whole: insert (ids come back), then each gets its planned name. */
async function insertWhole(context: Excel.RequestContext, step: ImportStep, count: SyncCount): Promise<Op[]> {
  const plan = step.plan;
  const ids = context.workbook.insertWorksheetsFromBase64(step.base64!, { sheetNamesToInsert: plan.sheets.map((s) => s.from), positionType: Excel.WorksheetPositionType.end });
  count.n++;
  await context.sync();
  return ids.value.map((id, i) => ({ bytes: opBytes("call", plan.sheets[i].to), run: () => void (context.workbook.worksheets.getItem(id).name = plan.sheets[i].to) }));
}

/**
 * One file. Replaced chambers' old sheets go first (the user said so); a failure part-way
 * leaves what is in, and the 来源清单 row is written last, so a file without its row can be
 * imported again.
 */
export async function importStep(context: Excel.RequestContext, step: ImportStep, count: SyncCount): Promise<ImportOutcome> {
  if (step.create.length) await insertSheets(context, step.create, count);
  const sheets = new Sheets(context);
  const plan = step.plan;
  const gone = plan.sheets.filter((s) => s.replaces !== null);
  const deletes: Op[] = gone.map((s) => ({ bytes: opBytes("call", s.replaces!), run: () => sheets.get(s.replaces!).delete() }));
  if (step.base64 !== null) {
    for (const op of deletes) op.run();
    const renames = await insertWhole(context, step, count);
    await runOps(context, [...renames, ...listOps(new Sheets(context), step)], count);
    return { whole: true };
  }
  if (deletes.length) await runOps(context, deletes, count);
  await insertSheets(context, plan.sheets.map((s) => sheetCopy(s.grid, s.to)), count);
  await runOps(context, listOps(new Sheets(context), step), count);
  return { whole: false };
}
