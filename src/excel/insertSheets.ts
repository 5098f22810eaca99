/** Adds template sheets under names no existing sheet has. */
import { INPUT_FILL, MergeArea, SheetSpec, colName, uniqueSheetName } from "../core";
import { areaAddress } from "./address";
import { SyncCount, opBytes } from "./budget";
import { toInput } from "./literal";
import { Op, Sheets, runOps } from "./ops";
import { widthPoints } from "./report";
import { DATA_VALIDATION, supports } from "./requirements";
import { rowOps } from "./writes";

const address = (a: MergeArea) => areaAddress(a.r0, a.c0, a.r1, a.c1);

/** Formulas by column, one write per run of consecutive rows (a 合计 column is one write). */
function formulaOps(sheets: Sheets, name: string, spec: SheetSpec): Op[] {
  const byCol = new Map<number, { row: number; formula: string }[]>();
  for (const f of spec.formulas ?? []) byCol.set(f.col, [...(byCol.get(f.col) ?? []), f]);
  const ops: Op[] = [];
  for (const [col, list] of byCol) {
    list.sort((a, b) => a.row - b.row);
    for (let i = 0; i < list.length; ) {
      let j = i + 1;
      while (j < list.length && list[j].row === list[j - 1].row + 1) j++;
      ops.push(...rowOps(sheets, name, list[i].row, col, list.slice(i, j).map((f) => [`=${f.formula}`]), "formulas"));
      i = j;
    }
  }
  return ops;
}

/** The scoring-sheet parts: editable shaded cells, then validations (ExcelApi 1.8) when Excel has them. */
function inputOps(sheets: Sheets, name: string, spec: SheetSpec, validate: boolean): Op[] {
  const ops: Op[] = (spec.unlocked ?? []).map((a) => ({
    bytes: opBytes("paint", address(a)) * 2,
    run: () => {
      const r = sheets.range(name, address(a));
      r.format.protection.locked = false;
      r.format.fill.color = INPUT_FILL;
    },
  }));
  if (!validate) return ops;
  for (const v of spec.rules ?? []) {
    ops.push({
      bytes: opBytes("paint", address(v.area), v) * 2,
      run: () => {
        const dv = sheets.range(name, address(v.area)).dataValidation;
        dv.rule = { custom: { formula: `=${v.formula}` } };
        dv.ignoreBlanks = true;
        dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
        dv.errorAlert = { showAlert: true, style: "Stop", title: v.error.title, message: v.error.message };
      },
    });
  }
  return ops;
}

/** `existing`: the workbook's sheet names when the caller has just read them (saves a sync). */
export async function insertSheets(context: Excel.RequestContext, specs: SheetSpec[], count: SyncCount, existing?: readonly string[]): Promise<string[]> {
  let present = existing;
  if (!present) {
    const all = context.workbook.worksheets;
    all.load("items/name");
    count.n++;
    await context.sync();
    present = all.items.map((s) => s.name);
  }
  const taken = new Set(present.map((n) => n.toLowerCase()));
  // The same naming as the file adapter's: legal, unique ignoring case, `名 (2)` when taken.
  const names = specs.map((s) => uniqueSheetName(s.name, taken));
  const sheets = new Sheets(context);
  // Before ExcelApi 1.8 scoring sheets go in without validation; the pane says so.
  const validate = supports(DATA_VALIDATION);
  const ops: Op[] = specs.flatMap((spec, i) => {
    const name = names[i];
    return [
      { bytes: opBytes("call", name), run: () => sheets.put(name, context.workbook.worksheets.add(name)) },
      ...rowOps(sheets, name, 0, 0, spec.values.map((r) => r.map(toInput)), "values"),
      ...formulaOps(sheets, name, spec),
      ...spec.merges.map((m) => ({ bytes: opBytes("width", address(m)), run: () => sheets.range(name, address(m)).merge(false) })),
      ...spec.widths.map((w, c) => ({
        bytes: opBytes("width", colName(c)),
        run: () => void (sheets.range(name, `${colName(c)}:${colName(c)}`).format.columnWidth = widthPoints(w)),
      })),
      ...inputOps(sheets, name, spec, validate),
    ];
  });
  // Protection comes last: a protected sheet takes no more writes, whichever request they fall in.
  specs.forEach((spec, i) => {
    if (!spec.protect) return;
    ops.push({ bytes: opBytes("call", names[i]), run: () => sheets.get(names[i]).protection.protect({ allowFormatColumns: true, allowFormatRows: true }) });
  });
  await runOps(context, ops, count);
  return names;
}
