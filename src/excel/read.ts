/**
 * Reads every sheet as core grids in a fixed number of syncs: the sheet list; then each
 * sheet's used range (values only), protection and merged areas; then the values, in as few
 * chunks as the 5 MB response limit of Excel on the web allows (one for ordinary workbooks).
 */
import { Cell, Grid, MergeArea, gridFromValues, parseRangeRef } from "../core";
import type { Capabilities, ProgressFn } from "./api";
import { areaAddress, parseAreas } from "./address";
import { OP_BYTES, PAYLOAD_BUDGET, READ_BYTES_PER_CELL, SyncCount, chunkBy, syncChunks } from "./budget";
import { ExcelAdapterError, codeOf } from "./errors";

/**
 * A review sheet has a few thousand cells; a used range above this is a data dump or a
 * stray format on a far cell, and reading it would take tens of megabytes.
 */
export const MAX_SHEET_CELLS = 1_000_000;

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

/** Row slices of a sheet small enough for one response each. */
function slicesOf(sheet: SheetInfo): Slice[] {
  const a = sheet.area!;
  const width = a.c1 - a.c0 + 1;
  const rowsPerSlice = Math.max(1, Math.floor(PAYLOAD_BUDGET / (width * READ_BYTES_PER_CELL)));
  const out: Slice[] = [];
  for (let r = a.r0; r <= a.r1; r += rowsPerSlice) out.push({ sheet, r0: r, r1: Math.min(a.r1, r + rowsPerSlice - 1) });
  return out;
}

const sliceBytes = (s: Slice) => (s.r1 - s.r0 + 1) * (s.sheet.area!.c1 - s.sheet.area!.c0 + 1) * READ_BYTES_PER_CELL;

/** Reads slices in one sync; if Excel still answers that the response is too large, halves and retries. */
async function readSlices(context: Excel.RequestContext, slices: Slice[], count: SyncCount): Promise<void> {
  const ranges = slices.map((s) => {
    const a = s.sheet.area!;
    const r = context.workbook.worksheets.getItem(s.sheet.name).getRange(areaAddress(s.r0, a.c0, s.r1, a.c1));
    r.load("values");
    return r;
  });
  try {
    count.n++;
    await context.sync();
  } catch (e) {
    if (codeOf(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    const halves: Slice[][] =
      slices.length > 1
        ? [slices.slice(0, slices.length >> 1), slices.slice(slices.length >> 1)]
        : slices[0].r1 > slices[0].r0
          ? [
              [{ ...slices[0], r1: (slices[0].r0 + slices[0].r1) >> 1 }],
              [{ ...slices[0], r0: ((slices[0].r0 + slices[0].r1) >> 1) + 1 }],
            ]
          : [];
    if (!halves.length) throw e;
    await readSlices(context, halves[0], count);
    return readSlices(context, halves[1], count);
  }
  slices.forEach((s, i) => {
    s.sheet.values[s.r0 - s.sheet.area!.r0] = [];
    ranges[i].values.forEach((row, j) => (s.sheet.values[s.r0 - s.sheet.area!.r0 + j] = row as Cell[]));
  });
}

/**
 * How many sheets are wholly read once each chunk is in: progress counts the workbook's real
 * sheets (`读取工作表 760/1502`), not syncs. Empty sheets need no read and count from the start.
 */
export function sheetsDoneAfter(sheets: number, chunks: { sheet: unknown }[][]): { start: number; after: number[] } {
  const last = new Map<unknown, number>();
  chunks.forEach((c, i) => c.forEach((s) => last.set(s.sheet, i)));
  const ends = chunks.map(() => 0);
  for (const i of last.values()) ends[i]++;
  let done = sheets - last.size;
  const start = done;
  return { start, after: ends.map((n) => (done += n)) };
}

async function readChunks(context: Excel.RequestContext, chunks: Slice[][], count: SyncCount, progress: (i: number) => void, i = 0): Promise<void> {
  if (i >= chunks.length) return;
  await readSlices(context, chunks[i], count);
  progress(i);
  return readChunks(context, chunks, count, progress, i + 1);
}

export async function readGrids(context: Excel.RequestContext, caps: Capabilities, count: SyncCount, onProgress?: ProgressFn): Promise<Grid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  count.n++;
  await context.sync();
  const items = sheets.items;
  const infos: SheetInfo[] = items.map((ws) => ({ name: ws.name, hidden: ws.visibility !== "Visible", protected: false, area: null, merges: [], values: [] }));

  const probe = (ws: Excel.Worksheet) => {
    ws.protection.load("protected");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    // Merges are formatting, so they are looked up in the used range that includes formats.
    const merged = caps.mergedAreas ? ws.getUsedRangeOrNullObject(false).getMergedAreasOrNullObject() : null;
    if (merged) merged.load("address");
    return { ws, used, merged };
  };
  const probes: ReturnType<typeof probe>[] = [];
  const order = items.map((_, i) => i);
  await syncChunks(context, chunkBy(order, () => OP_BYTES * 4), (chunk) => chunk.forEach((i) => (probes[i] = probe(items[i]))), count);
  probes.forEach((p, i) => {
    const info = infos[i];
    info.protected = p.ws.protection.protected;
    info.area = p.used.isNullObject ? null : parseRangeRef(p.used.address);
    if (p.merged && !p.merged.isNullObject) info.merges = parseAreas(p.merged.address);
    if (info.area && cellsOf(info.area) > MAX_SHEET_CELLS) {
      throw new ExcelAdapterError("SHEET_TOO_LARGE", { sheet: info.name, cells: cellsOf(info.area), limit: MAX_SHEET_CELLS });
    }
  });

  const slices = infos.filter((s) => s.area).flatMap(slicesOf);
  const chunks = chunkBy(slices, sliceBytes);
  const done = sheetsDoneAfter(infos.length, chunks);
  onProgress?.({ step: "read", done: done.start, total: infos.length });
  await readChunks(context, chunks, count, (i) => onProgress?.({ step: "read", done: done.after[i], total: infos.length }));
  return infos.map((s) =>
    gridFromValues(s.name, s.values, {
      origin: s.area ? { row: s.area.r0, col: s.area.c0 } : undefined,
      merges: s.merges.length ? s.merges : undefined,
      hidden: s.hidden,
      protected: s.protected,
    }),
  );
}
