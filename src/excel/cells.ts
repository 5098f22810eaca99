/**
 * Reading what cells hold now: values (as the inputs that would put them back) and fills.
 * Each reader gives its operations and, after they ran, its result, so that reads of
 * different kinds share syncs. Reads are sized by what they will answer and split when
 * Excel still finds an answer too large; fills are read per rectangle, and only the cells
 * of a rectangle whose fills differ are read one by one, in one more round.
 */
import { MergeArea, a1, parseA1 } from "../core";
import { areaAddress } from "./address";
import { ANSWER, PAYLOAD_BUDGET, SyncCount, opBytes } from "./budget";
import { Fill, fillOf } from "./fills";
import { Input, restoreInput } from "./literal";
import { Op, Sheets, runOps } from "./ops";
import { groupRects } from "./rects";

export interface AreaRead {
  sheet: string;
  area: MergeArea;
}

/** What a range holds, row by row: the inputs that restore it. */
export type Inputs = Input[][];

const rowsOf = (a: MergeArea) => a.r1 - a.r0 + 1;
const colsOf = (a: MergeArea) => a.c1 - a.c0 + 1;

export interface Reader<T> {
  ops: Op[];
  /** The result, once the operations have run. */
  result(): T;
}

/**
 * Values, formulas and value types of areas. `perCell` is the expected answer per cell; an
 * area expected above a quarter of the budget is read in row slices, and a slice Excel
 * refuses for size is read again in halves.
 */
export function inputReads(sheets: Sheets, areas: AreaRead[], perCell = 48): Reader<Inputs[]> {
  const out: Inputs[] = areas.map((a) => Array.from({ length: rowsOf(a.area) }, () => []));
  const slots: { i: number; r0: number; range?: Excel.Range }[] = [];
  const sliceOp = (i: number, r0: number, r1: number): Op => {
    const { sheet, area } = areas[i];
    const address = areaAddress(r0, area.c0, r1, area.c1);
    const slot: (typeof slots)[number] = { i, r0 };
    slots.push(slot);
    return {
      bytes: opBytes("read", address),
      answer: ANSWER + (r1 - r0 + 1) * colsOf(area) * perCell,
      read: true,
      run: () => {
        slot.range = sheets.range(sheet, address);
        slot.range.load("values,formulas,valueTypes");
      },
      split: r1 > r0 ? () => [sliceOp(i, r0, (r0 + r1) >> 1), sliceOp(i, ((r0 + r1) >> 1) + 1, r1)] : undefined,
    };
  };
  const ops: Op[] = [];
  areas.forEach((a, i) => {
    const rowsPerSlice = Math.max(1, Math.floor(PAYLOAD_BUDGET / 4 / (colsOf(a.area) * perCell)));
    for (let r = a.area.r0; r <= a.area.r1; r += rowsPerSlice) ops.push(sliceOp(i, r, Math.min(a.area.r1, r + rowsPerSlice - 1)));
  });
  return {
    ops,
    result: () => {
      for (const slot of slots) {
        const range = slot.range;
        // A slice refused for size and read again in halves was never loaded itself.
        if (!range || !loaded(range)) continue;
        const area = areas[slot.i].area;
        range.values.forEach((row, j) => {
          out[slot.i][slot.r0 - area.r0 + j] = row.map((v, k) => restoreInput(v, range.formulas[j][k], range.valueTypes[j][k]));
        });
      }
      return out;
    },
  };
}

function loaded(range: Excel.Range): boolean {
  try {
    return Array.isArray(range.values);
  } catch {
    return false;
  }
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

type FillRect = { sheet: string; r0: number; c0: number; r1: number; c1: number };

/**
 * Fills of cells: one read per rectangle of them; `mixed` lists the cells of rectangles whose
 * fills differ. A cell may say the fill it is expected to show (the colour a mark is painted
 * again with, the colour undo expects): rectangles are made of cells expecting the same, so
 * a re-fill reads its marks a run at a time rather than cell by cell.
 */
export function fillReads(sheets: Sheets, cells: { sheet: string; cell: string; expect?: Fill }[], tint: boolean): Reader<{ fills: Map<string, Fill>; mixed: { sheet: string; cell: string }[] }> {
  const bySheet = new Map<string, { row: number; col: number; key: string }[]>();
  for (const c of cells) {
    const p = parseA1(c.cell);
    if (!p) continue;
    const list = bySheet.get(c.sheet) ?? [];
    list.push({ ...p, key: c.expect === undefined ? "?" : (c.expect ?? "none").toUpperCase() });
    bySheet.set(c.sheet, list);
  }
  const rects: FillRect[] = [];
  for (const [sheet, list] of bySheet) rects.push(...groupRects(list).map((r) => ({ sheet, r0: r.r0, c0: r.c0, r1: r.r1, c1: r.c1 })));
  const got = rects.map(() => ({}) as { f?: Excel.RangeFill });
  const ops: Op[] = rects.map((r, i) => {
    const address = areaAddress(r.r0, r.c0, r.r1, r.c1);
    return {
      bytes: opBytes("fillRead", address),
      answer: ANSWER,
      read: true,
      run: () => {
        const f = sheets.range(r.sheet, address).format.fill;
        f.load(tint ? "color,tintAndShade" : "color");
        got[i].f = f;
      },
    };
  });
  return {
    ops,
    result: () => {
      const fills = new Map<string, Fill>();
      const mixed: { sheet: string; cell: string }[] = [];
      rects.forEach((r, i) => {
        const f = got[i].f!;
        const single = r.r0 === r.r1 && r.c0 === r.c1;
        for (let row = r.r0; row <= r.r1; row++) {
          for (let col = r.c0; col <= r.c1; col++) {
            // Excel answers no colour for a range whose cells differ.
            if (f.color === null && !single) mixed.push({ sheet: r.sheet, cell: a1(row, col) });
            else fills.set(key(r.sheet, a1(row, col)), f.color === null ? null : fillOf(f, tint));
          }
        }
      });
      return { fills, mixed };
    },
  };
}

/**
 * Runs readers together (one sync when they fit), then reads the cells of mixed rectangles
 * one by one; returns the merged fills.
 */
export async function runReads(context: Excel.RequestContext, sheets: Sheets, count: SyncCount, tint: boolean, readers: Reader<unknown>[], fills: Reader<{ fills: Map<string, Fill>; mixed: { sheet: string; cell: string }[] }> | null): Promise<Map<string, Fill>> {
  await runOps(context, [...readers.flatMap((r) => r.ops), ...(fills ? fills.ops : [])], count);
  if (!fills) return new Map();
  const first = fills.result();
  if (!first.mixed.length) return first.fills;
  const singles = first.mixed.map((c) => fillReads(sheets, [c], tint));
  await runOps(context, singles.flatMap((s) => s.ops), count);
  for (const s of singles) for (const [k, v] of s.result().fills) first.fills.set(k, v);
  return first.fills;
}

export function fillAt(fills: Map<string, Fill>, sheet: string, cell: string): Fill | undefined {
  return fills.get(key(sheet, cell));
}
