/** 推荐名单汇总表: one row per recommended chamber (SPEC §3.1). */
import { Cell, Grid, Pos, cellAt, isEmpty, isRowEmpty, rowAt, rowEnd } from "../../kernel/grid";
import { HeaderMatch } from "../../kernel/header";
import { Parsed, cellText, normName, parseNumber, totalKind } from "../../kernel/text";
import { SummaryField, mergedValue } from "./headers";

export interface SummaryRow {
  row: number;
  name: string;
  key: string;
  nameAt: Pos;
  group: string | null;
  type: string | null;
  stated: Parsed;
  statedAt: Pos | null;
  sheetRef: string | null;
}

export interface SummarySheet {
  grid: Grid;
  header: HeaderMatch<SummaryField>;
  rows: SummaryRow[];
  /** Rows with content but no name. */
  nameless: number[];
  /** One past the last data row. */
  end: number;
}

export function readSummary(g: Grid, header: HeaderMatch<SummaryField>, resultCols: Set<number>): SummarySheet {
  const cols = header.cols;
  const nameCol = cols.name as number;
  const rows: SummaryRow[] = [];
  const nameless: number[] = [];
  const passive = new Set<number>(resultCols);
  if (cols.seq !== undefined) passive.add(cols.seq);
  if (cols.group !== undefined) passive.add(cols.group);
  let lastGroup: string | null = null;
  let row = header.row + 1;
  const end = rowEnd(g);
  for (; row < end; row++) {
    if (isRowEmpty(g, row)) break;
    const nameCell = cellAt(g, row, nameCol);
    let group: string | null = null;
    if (cols.group !== undefined) {
      const gv = mergedValue(g, row, cols.group);
      // A blank province cell under a filled one belongs to the same province (merged or not).
      group = isEmpty(gv) ? lastGroup : cellText(gv).trim();
      lastGroup = group;
    }
    if (totalKind(nameCell, cols.seq !== undefined ? cellAt(g, row, cols.seq) : null) !== null) continue;
    if (isEmpty(nameCell)) {
      if (hasContentBeyond(g, row, passive)) nameless.push(row);
      continue;
    }
    const name = cellText(nameCell).trim();
    const statedAt = cols.statedTotal !== undefined ? { row, col: cols.statedTotal } : null;
    rows.push({
      row,
      name,
      key: normName(name),
      nameAt: { row, col: nameCol },
      group,
      type: cols.type !== undefined ? textOrNull(cellAt(g, row, cols.type)) : null,
      stated: statedAt ? parseNumber(cellAt(g, row, statedAt.col)) : { kind: "missing" },
      statedAt,
      sheetRef: cols.sheetRef !== undefined ? textOrNull(cellAt(g, row, cols.sheetRef)) : null,
    });
  }
  return { grid: g, header, rows, nameless, end: row };
}

function hasContentBeyond(g: Grid, row: number, passive: Set<number>): boolean {
  const r = rowAt(g, row);
  if (!r) return false;
  for (let i = 0; i < r.cols.length; i++) if (!passive.has(r.cols[i]) && !isEmpty(r.values[i])) return true;
  return false;
}

function textOrNull(v: Cell): string | null {
  return isEmpty(v) ? null : cellText(v).trim();
}
