/**
 * The file adapter's side of the rules both adapters share (core settle.ts and
 * highlights.ts): it reads the state of the package — sheets, protection, memo, cells,
 * cell formats — and applies what the core decides.
 */
import { Cell, FillMemo, FillNow, Grid, Highlight, MemoState, Settled, WritePlan, cellAt, followRenames, gridContent, highlightChanges, parseA1, settlePlan, usedColEnd } from "../core";
import { protectedSheet, protectedStructure } from "./errors";

/** What the book lets the rules see of a sheet. */
export interface SheetView {
  name: string;
  protected: boolean;
  /** False for a chart sheet or a sheet without a part: nothing can be written there. */
  cells: boolean;
  grid(): Grid;
}

/** The plan as it meets this package, or an XlsxError refusing it before anything changes. */
export function settleFile(plan: WritePlan, sheets: SheetView[], structureLocked: boolean, memo: MemoState): Settled {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  for (const name of new Set([...plan.blocks.map((b) => b.sheet), ...plan.highlights.map((h) => h.sheet)])) {
    const s = byName.get(name.toLowerCase());
    if (s && !s.cells) throw new Error(`the write plan names sheet "${name}", which this workbook has no cells for`);
  }
  const table = plan.table ? byName.get(plan.table.sheet.toLowerCase()) : undefined;
  const headerRow = plan.table?.headerRow ?? 0;
  const header: { col: number; text: string }[] = [];
  if (table && table.cells) {
    const g = table.grid();
    for (let c = 0; c < usedColEnd(g); c++) {
      const v = cellAt(g, headerRow, c);
      if (typeof v === "string" && v.trim() !== "") header.push({ col: c, text: v });
    }
  }
  const settled = settlePlan(plan, {
    // The views themselves: the rules read `protected` only of the sheets the plan touches.
    sheets,
    structureLocked,
    memo,
    titleOf: (name) => {
      const s = byName.get(name.toLowerCase());
      return s && s.cells ? cellAt(s.grid(), 0, 0) : undefined;
    },
    isBlank: (name) => {
      const s = byName.get(name.toLowerCase());
      return !!s && s.cells && usedColEnd(s.grid()) === 0;
    },
    contentOf: (name) => {
      const s = byName.get(name.toLowerCase());
      return s && s.cells ? gridContent(s.grid()) : null;
    },
    header,
    valueAt: (sheet, row, col): Cell => {
      const s = byName.get(sheet.toLowerCase());
      return s && s.cells ? cellAt(s.grid(), row, col) : null;
    },
  });
  if (settled.ok) return settled.settled;
  const { code, sheet } = settled.refusal;
  if (code === "SHEET_PROTECTED") throw protectedSheet(sheet);
  if (code === "STRUCTURE_LOCKED") throw protectedStructure(sheet);
  throw new Error(`the write plan names sheet "${sheet}", which this workbook has no cells for`);
}

/** The cell formats the marking reads and writes (the book's Write). */
export interface Formats {
  /** The format index a cell shows now, and its solid fill colour. */
  now(sheet: string, row: number, col: number): FillNow;
  /** Our highlight colour over the cell's current format. */
  paint(sheet: string, row: number, col: number, color: string): void;
  /** The remembered original back (its fill over the cell's current format, or the remembered format). */
  restore(m: FillMemo, row: number, col: number): void;
}

/**
 * Paints the highlights and puts back remembered fills the core says to; returns the memo's
 * highlights afterwards and how many cells got their original back.
 */
export function markCells(
  formats: Formats,
  memo: MemoState,
  highlights: readonly Highlight[],
  sheets: { names: string[]; exists(name: string): boolean; locked(name: string): boolean },
): { highlights: FillMemo[]; restored: number } {
  const lookup = (sheet: string, cell: string) => {
    if (!sheets.exists(sheet)) return undefined;
    const p = parseA1(cell);
    return p ? formats.now(sheet, p.row, p.col) : undefined;
  };
  const followed = followRenames(memo, sheets.names, highlights, lookup);
  const changes = highlightChanges(followed, highlights, lookup, sheets);
  for (const r of changes.restore) {
    const p = parseA1(r.memo.cell)!;
    formats.restore(r.memo, p.row, p.col);
  }
  for (const h of highlights) formats.paint(h.sheet, h.row, h.col, h.color);
  return { highlights: changes.highlights, restored: changes.restore.length };
}
