/** Puts back what a fill replaced: values, fills, the memo part and the report sheet. */
import type { ProgressFn } from "./api";
import { OP_BYTES, SyncCount } from "./budget";
import { ExcelAdapterError } from "./errors";
import { Checked, UndoRecord } from "./fill";
import { paintOps } from "./fills";
import { memoOps, queueMemoParts } from "./memoPart";
import { Sheets, runOps } from "./ops";
import { ReportProbe, queueReportProbe, reportRestoreOps } from "./report";
import { rowOps } from "./writes";

export async function undoFill(context: Excel.RequestContext, record: UndoRecord, count: SyncCount, onProgress?: ProgressFn): Promise<void> {
  const checked = new Checked(context);
  const got: { probe?: ReportProbe; parts?: Excel.CustomXmlPartScopedCollection } = {};
  await runOps(
    context,
    [
      { bytes: OP_BYTES * 4, run: () => ((got.probe = queueReportProbe(context, record.reportName)), (got.parts = queueMemoParts(context))) },
      ...record.sheets.map((n) => ({ bytes: OP_BYTES * 2, run: () => void checked.get(n) })),
    ],
    count,
  );
  checked.require(record.sheets);
  const report = got.probe!;
  const reportExists = !report.sheet.isNullObject;
  if (reportExists && report.sheet.protection.protected) throw new ExcelAdapterError("SHEET_PROTECTED", { sheet: record.reportName });
  const sheets = new Sheets(context);
  await runOps(
    context,
    [
      ...record.blocks.flatMap((b) => rowOps(sheets, b.sheet, b.row, b.col, b.inputs, "formulas")),
      ...paintOps(sheets, record.fills),
      ...reportRestoreOps(context, sheets, record.reportName, record.report, reportExists),
      ...memoOps(context, got.parts!.items, record.memoXmls),
    ],
    count,
    { before: () => context.application.suspendApiCalculationUntilNextSync(), progress: { fn: onProgress, step: "undo" } },
  );
}
