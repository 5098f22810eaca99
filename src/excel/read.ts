/**
 * Reads every sheet as core grids in a fixed number of syncs: the sheet list; then each
 * sheet's used range (values only), protection and merged areas; then the values, in as few
 * chunks as the 5 MB response limit of Excel on the web allows (one for ordinary workbooks).
 * How much a cell weighs in the answer is learnt from each answer: the next chunk is sized
 * by what the last ones really weighed, and a slice Excel still refuses is read in halves.
 */
import { Cell, Grid, MergeArea, gridFromValues, parseRangeRef } from "../core";
import type { Capabilities, ProgressFn } from "../host";
import { areaAddress, parseAreas } from "./address";
import { ANSWER, PAYLOAD_BUDGET, SyncCount, jsonBytes, opBytes } from "./budget";
import { ExcelAdapterError } from "./errors";
import { Op, Sheets, chunkOps, runOps } from "./ops";

/**
 * A review sheet has a few thousand cells; a used range above this is a data dump or a
 * stray format on a far cell, and reading it would take tens of megabytes.
 */
export const MAX_SHEET_CELLS = 1_000_000;

/** Answer bytes per cell assumed before any answer came back (the national workbook averages about 13). */
const FIRST_GUESS = 16;

interface SheetInfo {
  name: string;
  hidden: boolean;
  protected: boolean;
  area: MergeArea | null;
  merges: MergeArea[];
  values: Cell[][];
}

interface Slice {
  sheet: SheetInfo;
  r0: number;
  r1: number;
}

function cellsOf(a: MergeArea): number {
  return (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);
}

const width = (s: Slice) => s.sheet.area!.c1 - s.sheet.area!.c0 + 1;
const sliceCells = (s: Slice) => (s.r1 - s.r0 + 1) * width(s);

/** Row slices of a sheet small enough for a quarter of one response each. */
function slicesOf(sheet: SheetInfo): Slice[] {
  const a = sheet.area!;
  const rowsPerSlice = Math.max(1, Math.floor(PAYLOAD_BUDGET / 4 / ((a.c1 - a.c0 + 1) * FIRST_GUESS)));
  const out: Slice[] = [];
  for (let r = a.r0; r <= a.r1; r += rowsPerSlice) out.push({ sheet, r0: r, r1: Math.min(a.r1, r + rowsPerSlice - 1) });
  return out;
}

/** One read: the sheets' proxies, the slices queued and not yet collected, what the answers weighed so far. */
interface Reading {
  sheets: Sheets;
  queued: Map<{ range?: Excel.Range }, Slice>;
  weigh: { bytes: number; cells: number };
}

/** Reading a slice: what it answers goes to its sheet's rows; a slice refused for size splits in two. */
function sliceOp(r: Reading, s: Slice, perCell: number): Op {
  const a = s.sheet.area!;
  const address = areaAddress(s.r0, a.c0, s.r1, a.c1);
  const slot: { range?: Excel.Range } = {};
  const mid = (s.r0 + s.r1) >> 1;
  return {
    bytes: opBytes("read", address),
    answer: ANSWER + sliceCells(s) * perCell,
    read: true,
    run: () => {
      slot.range = r.sheets.range(s.sheet.name, address);
      slot.range.load("values");
      r.queued.set(slot, s);
    },
    split: s.r1 > s.r0 ? () => [sliceOp(r, { ...s, r1: mid }, perCell), sliceOp(r, { ...s, r0: mid + 1 }, perCell)] : undefined,
  };
}

function collect(r: Reading): void {
  for (const [slot, s] of r.queued) {
    let values: unknown[][];
    try {
      values = slot.range!.values;
    } catch {
      // Refused for size and read again in halves: the halves carry the rows.
      continue;
    }
    values.forEach((row, j) => (s.sheet.values[s.r0 - s.sheet.area!.r0 + j] = row as Cell[]));
    r.weigh.bytes += jsonBytes(values);
    r.weigh.cells += sliceCells(s);
  }
  r.queued.clear();
}

/**
 * How many sheets are wholly read once the first `read` slices are in (index = slices read):
 * progress counts the workbook's real sheets (`读取工作表 760/1502`), not slices or syncs.
 * A sheet's slices are consecutive; empty sheets need no read and count from the start.
 */
export function sheetsDone(sheets: number, slices: { sheet: unknown }[]): number[] {
  const last = new Map<unknown, number>();
  slices.forEach((s, i) => last.set(s.sheet, i));
  const ends = slices.map(() => 0);
  for (const i of last.values()) ends[i]++;
  let done = sheets - last.size;
  return [done, ...ends.map((n) => (done += n))];
}

/** One chunk at a time, each sized by what the earlier answers weighed. Recursion: each chunk is its own request by design. */
async function readRest(context: Excel.RequestContext, r: Reading, rest: Slice[], count: SyncCount, progress: (n: number) => void): Promise<void> {
  if (!rest.length) return;
  const perCell = r.weigh.cells ? Math.max(4, Math.ceil((r.weigh.bytes / r.weigh.cells) * 1.25)) : FIRST_GUESS;
  const first = chunkOps(rest.map((s) => sliceOp(r, s, perCell)))[0];
  await runOps(context, first, count);
  collect(r);
  progress(first.length);
  return readRest(context, r, rest.slice(first.length), count, progress);
}

export async function readGrids(context: Excel.RequestContext, caps: Capabilities, count: SyncCount, onProgress?: ProgressFn): Promise<Grid[]> {
  const list = context.workbook.worksheets;
  list.load("items/name,items/visibility,items/protection/protected");
  count.n++;
  await context.sync();
  const infos: SheetInfo[] = list.items.map((ws) => ({ name: ws.name, hidden: ws.visibility !== "Visible", protected: ws.protection.protected, area: null, merges: [], values: [] }));

  const got = infos.map(() => ({}) as { used?: Excel.Range; merged?: Excel.RangeAreas | null });
  const sheets = new Sheets(context);
  const probes: Op[] = infos.map((info, i) => ({
    bytes: opBytes("read", info.name) * 2,
    answer: ANSWER * 2 + 200,
    read: true,
    run: () => {
      const ws = sheets.get(info.name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.untrack();
      used.load("address");
      let merged: Excel.RangeAreas | null = null;
      if (caps.mergedAreas) {
        // Merges are formatting, so they are looked up in the used range that includes formats.
        const all = ws.getUsedRangeOrNullObject(false);
        all.untrack();
        merged = all.getMergedAreasOrNullObject();
        merged.untrack();
        merged.load("address");
      }
      got[i] = { used, merged };
    },
  }));
  await runOps(context, probes, count);
  infos.forEach((info, i) => {
    const p = got[i];
    info.area = p.used!.isNullObject ? null : parseRangeRef(p.used!.address);
    if (p.merged && !p.merged.isNullObject) info.merges = parseAreas(p.merged.address);
    if (info.area && cellsOf(info.area) > MAX_SHEET_CELLS) {
      throw new ExcelAdapterError("SHEET_TOO_LARGE", { sheet: info.name, cells: cellsOf(info.area), limit: MAX_SHEET_CELLS });
    }
  });

  const slices = infos.filter((s) => s.area).flatMap(slicesOf);
  const done = sheetsDone(infos.length, slices);
  let read = 0;
  onProgress?.({ step: "read", done: done[0], total: infos.length });
  await readRest(context, { sheets, queued: new Map(), weigh: { bytes: 0, cells: 0 } }, slices, count, (n) => {
    read += n;
    onProgress?.({ step: "read", done: done[read], total: infos.length });
  });
  return infos.map((s) =>
    gridFromValues(s.name, s.values, {
      origin: s.area ? { row: s.area.r0, col: s.area.c0 } : undefined,
      merges: s.merges.length ? s.merges : undefined,
      hidden: s.hidden,
      protected: s.protected,
    }),
  );
}
