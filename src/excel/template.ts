/** Adds template sheets under names no existing sheet has. */
import { SheetSpec, colName, uniqueSheetName } from "../core";
import { areaAddress } from "./address";
import { SyncCount, opBytes } from "./budget";
import { toInput } from "./literal";
import { Op, Sheets, runOps } from "./ops";
import { widthPoints } from "./report";
import { rowOps } from "./writes";

export async function insertSheets(context: Excel.RequestContext, specs: SheetSpec[], count: SyncCount): Promise<string[]> {
  const all = context.workbook.worksheets;
  all.load("items/name");
  count.n++;
  await context.sync();
  const taken = new Set(all.items.map((s) => s.name.toLowerCase()));
  // The same naming as the file adapter's: legal, unique ignoring case, `名 (2)` when taken.
  const names = specs.map((s) => uniqueSheetName(s.name, taken));
  const sheets = new Sheets(context);
  const ops: Op[] = specs.flatMap((spec, i) => {
    const name = names[i];
    return [
      { bytes: opBytes("call", name), run: () => sheets.put(name, context.workbook.worksheets.add(name)) },
      ...rowOps(sheets, name, 0, 0, spec.values.map((r) => r.map(toInput)), "values"),
      ...spec.merges.map((m) => {
        const address = areaAddress(m.r0, m.c0, m.r1, m.c1);
        return { bytes: opBytes("width", address), run: () => sheets.range(name, address).merge(false) };
      }),
      ...spec.widths.map((w, c) => ({
        bytes: opBytes("width", colName(c)),
        run: () => void (sheets.range(name, `${colName(c)}:${colName(c)}`).format.columnWidth = widthPoints(w)),
      })),
    ];
  });
  await runOps(context, ops, count);
  return names;
}
