/** Adds template sheets under names no existing sheet has. */
import { SheetSpec, colName } from "../core";
import { areaAddress } from "./address";
import { OP_BYTES, SyncCount } from "./budget";
import { toInput } from "./literal";
import { Op, Sheets, runOps } from "./ops";
import { widthPoints } from "./report";
import { rowOps } from "./writes";

const MAX_NAME = 31;

/** `name`, else `name (2)`, `name (3)`…, shortened to fit Excel's 31 characters. */
export function uniqueName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = name.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

export async function insertSheets(context: Excel.RequestContext, specs: SheetSpec[], count: SyncCount): Promise<string[]> {
  const all = context.workbook.worksheets;
  all.load("items/name");
  count.n++;
  await context.sync();
  const taken = new Set(all.items.map((s) => s.name.toLowerCase()));
  const names = specs.map((s) => uniqueName(s.name, taken));
  const sheets = new Sheets(context);
  const ops: Op[] = specs.flatMap((spec, i) => {
    const name = names[i];
    return [
      { bytes: OP_BYTES, run: () => sheets.put(name, context.workbook.worksheets.add(name)) },
      ...rowOps(sheets, name, 0, 0, spec.values.map((r) => r.map(toInput)), "values"),
      ...spec.merges.map((m) => ({ bytes: OP_BYTES, run: () => sheets.get(name).getRange(areaAddress(m.r0, m.c0, m.r1, m.c1)).merge(false) })),
      ...spec.widths.map((w, c) => ({
        bytes: OP_BYTES,
        run: () => void (sheets.get(name).getRange(`${colName(c)}:${colName(c)}`).format.columnWidth = widthPoints(w)),
      })),
    ];
  });
  await runOps(context, ops, count);
  return names;
}
