import { Grid, usedColEnd } from "./grid";
import { findLabelCol } from "./header";
import { ResultTable } from "./result";
import { normName } from "./text";

/** Result columns on the header row: reused where their label already stands, else appended. */
export function resultTable<K extends string>(g: Grid, headerRow: number, keys: readonly K[], labels: Record<K, string>): ResultTable {
  const columns = keys.map((key) => ({ key, label: labels[key], col: findLabelCol(g, headerRow, labels[key]) }));
  return { sheet: g.name, headerRow, columns, appendAt: usedColEnd(g) };
}

/** Our own 校验报告 sheet is never read as data. */
export function isReportSheet(g: Grid, reportSheet: string): boolean {
  return normName(g.name) === normName(reportSheet);
}

/** Among several candidate sheets, the one whose name contains the hint (汇总), else the first. */
export function preferNamed<T extends { grid: Grid }>(list: T[], hint: string): T | null {
  return list.find((s) => s.grid.name.includes(hint)) ?? list[0] ?? null;
}
