/**
 * The baseline the bench compares with: what an add-in written the obvious way does —
 * one sync per sheet when reading, and cell-by-cell writes and fills synced per sheet.
 * Bench only; never used by the add-in.
 */
import { Cell, Grid, WritePlan, a1, gridFromValues, parseRangeRef } from "../src/core";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function naiveRunner(session: string): Run {
  return (batch) => Excel.run({ session } as Excel.RunOptions, batch);
}

export async function naiveRead(run: Run): Promise<Grid[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const grids: Grid[] = [];
    // The naive pattern being measured: a round trip per sheet.
    for (const ws of sheets.items) {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address,values");
      await context.sync();
      if (used.isNullObject) grids.push({ name: ws.name, rows: [] });
      else {
        const a = parseRangeRef(used.address)!;
        grids.push(gridFromValues(ws.name, used.values as Cell[][], { origin: { row: a.r0, col: a.c0 } }));
      }
    }
    return grids;
  });
}

export async function naiveFill(run: Run, plan: WritePlan): Promise<void> {
  const bySheet = new Map<string, { cells: { row: number; col: number; v: unknown }[]; fills: { row: number; col: number; color: string }[] }>();
  const at = (s: string) => bySheet.get(s) ?? (bySheet.set(s, { cells: [], fills: [] }), bySheet.get(s)!);
  for (const b of plan.blocks) b.values.forEach((r, i) => r.forEach((v, j) => at(b.sheet).cells.push({ row: b.row + i, col: b.col + j, v: v ?? "" })));
  for (const h of plan.highlights) at(h.sheet).fills.push({ row: h.row, col: h.col, color: h.color });
  await run(async (context) => {
    const report = context.workbook.worksheets.getItemOrNullObject(plan.report.sheet);
    await context.sync();
    if (!report.isNullObject) report.delete();
    const added = context.workbook.worksheets.add(plan.report.sheet);
    plan.report.values.forEach((r, i) => r.forEach((v, j) => (added.getRange(a1(i, j)).values = [[v ?? ""]])));
    await context.sync();
    // The naive pattern being measured: a round trip per sheet, a range per cell.
    for (const [sheet, work] of bySheet) {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const c of work.cells) ws.getRange(a1(c.row, c.col)).values = [[c.v]];
      for (const f of work.fills) ws.getRange(a1(f.row, f.col)).format.fill.color = f.color;
      await context.sync();
    }
  });
}
