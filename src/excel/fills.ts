/** Reading and painting cell fills. */
import { parseA1 } from "../core";
import { areaAddress } from "./address";
import { opBytes } from "./budget";
import type { Op, Sheets } from "./ops";
import { groupRects } from "./rects";

/** `#RRGGBB`, or null for no fill. */
export type Fill = string | null;

export interface CellFill {
  sheet: string;
  cell: string;
  fill: Fill;
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
  const bySheet = new Map<string, { row: number; col: number; key: Fill }[]>();
  for (const c of cells) {
    const p = parseA1(c.cell);
    if (!p) continue;
    const list = bySheet.get(c.sheet) ?? [];
    list.push({ ...p, key: c.fill ? c.fill.toUpperCase() : null });
    bySheet.set(c.sheet, list);
  }
  const ops: Op[] = [];
  for (const [sheet, list] of bySheet) {
    for (const r of groupRects(list, (k) => k ?? "none")) {
      const address = areaAddress(r.r0, r.c0, r.r1, r.c1);
      ops.push({
        bytes: opBytes("paint", address),
        run: () => {
          const fill = sheets.range(sheet, address).format.fill;
          if (r.key === null) fill.clear();
          else fill.color = r.key;
        },
      });
    }
  }
  return ops;
}
