import { Cell, Grid, WritePlan, gridFromValues } from "../../src/core";
import { copyGrid, setCell } from "../../src/core/testing";

/** Applies a plan's values to in-memory grids (what any adapter does with values), returning copies. */
export function applyValues(grids: Grid[], plan: WritePlan): Grid[] {
  const out = grids.map(copyGrid);
  const byName = new Map(out.map((g) => [g.name, g]));
  for (const b of plan.blocks) {
    const g = byName.get(b.sheet);
    if (!g) throw new Error(`plan writes to missing sheet ${b.sheet}`);
    b.values.forEach((row, i) => row.forEach((v, j) => setCell(g, b.row + i, b.col + j, v as Cell)));
  }
  const report: Grid = gridFromValues(plan.report.sheet, plan.report.values);
  const at = out.findIndex((g) => g.name === plan.report.sheet);
  if (at >= 0) out[at] = report;
  else out.push(report);
  return out;
}
