/** Reading and painting cell fills. */
import { areaAddress } from "./address";
import { OP_BYTES } from "./budget";
import type { Op, Sheets } from "./ops";
import { groupRects } from "./rects";

/** `#RRGGBB`, or null for no fill. */
export type Fill = string | null;

export interface CellFill {
  sheet: string;
  row: number;
  col: number;
  fill: Fill;
}

export const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

export function queueFillRead(range: Excel.Range, tint: boolean): Excel.RangeFill {
  const f = range.format.fill;
  f.load(tint ? "color,tintAndShade" : "color");
  return f;
}

/**
 * Excel reports "#FFFFFF" for a cell without fill. With ExcelApi 1.9 tintAndShade is null
 * exactly when there is no fill; before that, white is taken as no fill (restoring it with
 * clear() looks the same, gridlines aside).
 */
export function fillOf(f: Excel.RangeFill, tint: boolean): Fill {
  if (tint) return f.tintAndShade === null ? null : f.color.toUpperCase();
  const c = f.color ? f.color.toUpperCase() : null;
  return c === "#FFFFFF" ? null : c;
}

/** One operation per rectangle of equal fill and sheet: a colour, or clear() for no fill. */
export function paintOps(sheets: Sheets, cells: CellFill[]): Op[] {
  const bySheet = new Map<string, CellFill[]>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet) ?? [];
    list.push(c);
    bySheet.set(c.sheet, list);
  }
  const ops: Op[] = [];
  for (const [sheet, list] of bySheet) {
    for (const r of groupRects(list.map((c) => ({ row: c.row, col: c.col, key: c.fill })), (k) => k ?? "none")) {
      const address = areaAddress(r.r0, r.c0, r.r1, r.c1);
      ops.push({
        bytes: OP_BYTES,
        run: () => {
          const fill = sheets.get(sheet).getRange(address).format.fill;
          if (r.key === null) fill.clear();
          else fill.color = r.key;
        },
      });
    }
  }
  return ops;
}
