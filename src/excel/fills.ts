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

/** Excel takes a multi-area address of at most 255 characters. */
const AREAS_CHARS = 240;

/**
 * One operation per rectangle of equal fill and sheet, or (ExcelApi 1.9) per list of such
 * rectangles: a colour, or clear() for no fill.
 */
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
  const paint = (f: Excel.RangeFill, key: Fill) => (key === null ? f.clear() : void (f.color = key));
  for (const [sheet, list] of bySheet) {
    const byKey = new Map<Fill, string[]>();
    for (const r of groupRects(list, (k) => k ?? "none")) byKey.set(r.key, [...(byKey.get(r.key) ?? []), areaAddress(r.r0, r.c0, r.r1, r.c1)]);
    for (const [key, addresses] of byKey) {
      if (!sheets.areas) {
        for (const a of addresses) ops.push({ bytes: opBytes("paint", a), run: () => paint(sheets.range(sheet, a).format.fill, key) });
        continue;
      }
      for (const a of joinAddresses(addresses)) ops.push({ bytes: opBytes("paint", a), run: () => paint(sheets.ranges(sheet, a).format.fill, key) });
    }
  }
  return ops;
}

/** Addresses joined by commas into lists Excel accepts. */
function joinAddresses(addresses: string[]): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (cur && cur.length + 1 + a.length > AREAS_CHARS) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}
