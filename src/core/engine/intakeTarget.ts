/**
 * 导入工作簿, the open workbook's side: where the summary's columns and its next free row
 * are, which chambers it already lists, and which files its 来源清单 says were imported
 * (by content hash). Read once before an import and kept up to date as files go in.
 */
import { Grid, cellAt, isRowEmpty, rowEnd, rowsIn } from "../kernel/grid";
import type { IntakeColumns } from "../contract/programme";
import { programmeOf } from "../contract/registry";
import { Review } from "../kernel/result";
import { isStampSheet } from "./stamp";
import { strings } from "../strings";
import { cellText, normHeader, normName } from "../kernel/text";

export type SummaryCols = IntakeColumns;

export interface TargetSummary {
  sheet: string;
  cols: SummaryCols;
  /** 0-based row where the next chamber goes. */
  nextRow: number;
  lastSeq: number;
  /** Rows from `nextRow` on that are empty, up to the sheet's end (Infinity) or the next content. */
  freeRows: number;
}

export interface KnownChamber {
  name: string;
  /** Its 自评表, when the summary links one. */
  sheet: string | null;
  /** 0-based summary row, or null for a 自评表 no summary row lists. */
  row: number | null;
}

export interface IntakeTarget {
  /** Lower-cased names of every sheet, for unique names. */
  taken: Set<string>;
  summary: TargetSummary | null;
  /** By normalised chamber name. */
  chambers: Map<string, KnownChamber>;
  /** Content hash → the file name it was imported from. */
  imported: Map<string, string>;
  /** The 来源清单 sheet and its next row; null when there is none yet (`sourcesName` is free for one). */
  sources: { sheet: string; nextRow: number } | null;
  sourcesName: string;
}

/** Our 来源清单: a sheet whose first row holds the 内容哈希 label (in any language's header). */
function sourcesOf(grids: Grid[]): { grid: Grid; hashCol: number; fileCol: number } | null {
  const label = normHeader(strings("zh").intake.hashLabel);
  for (const g of grids) {
    for (const r of rowsIn(g, 0, 1)) {
      const i = r.values.findIndex((v) => normHeader(v) === label);
      if (i >= 0) return { grid: g, hashCol: r.cols[i], fileCol: r.cols[0] };
    }
  }
  return null;
}

function summaryOf(grids: Grid[], rv: Review): TargetSummary | null {
  const intake = programmeOf(rv.scheme).intake;
  if (!intake || !rv.table) return null;
  const g = grids.find((x) => x.name === rv.table!.sheet);
  const header = g ? intake.summaryColumns(g, rv.scheme) : null;
  if (!g || !header) return null;
  const rows = rv.entries.filter((e) => e.sheet === g.name).map((e) => e.row);
  const nextRow = rows.length ? Math.max(...rows) + 1 : header.row + 1;
  let lastSeq = 0;
  if (header.cols.seq !== undefined) for (const r of rows) lastSeq = Math.max(lastSeq, Number(cellAt(g, r, header.cols.seq)) || 0);
  let free = nextRow;
  while (free < rowEnd(g) && isRowEmpty(g, free)) free++;
  return { sheet: g.name, cols: { ...header.cols, name: header.cols.name }, nextRow, lastSeq: lastSeq || rows.length, freeRows: free >= rowEnd(g) ? Infinity : free - nextRow };
}

export function intakeTarget(grids: Grid[], rv: Review): IntakeTarget {
  const chambers = new Map<string, KnownChamber>();
  const intake = programmeOf(rv.scheme).intake;
  for (const e of rv.entries) {
    const unit = intake?.unit(e) ?? null;
    if (unit) chambers.set(normName(unit.name), unit);
  }
  const src = sourcesOf(grids.filter((g) => !isStampSheet(g)));
  const imported = new Map<string, string>();
  if (src) {
    for (const r of rowsIn(src.grid, 1, rowEnd(src.grid))) {
      const hash = cellText(cellAt(src.grid, r.row, src.hashCol)).trim();
      if (hash) imported.set(hash, cellText(cellAt(src.grid, r.row, src.fileCol)));
    }
  }
  const taken = new Set(grids.map((g) => g.name.toLowerCase()));
  let sourcesName = strings("zh").intake.sourcesSheet;
  for (let n = 2; !src && taken.has(sourcesName.toLowerCase()); n++) sourcesName = `${strings("zh").intake.sourcesSheet} (${n})`;
  return {
    taken,
    summary: summaryOf(grids, rv),
    chambers,
    imported,
    sources: src ? { sheet: src.grid.name, nextRow: rowEnd(src.grid) } : null,
    sourcesName: src ? src.grid.name : sourcesName,
  };
}
