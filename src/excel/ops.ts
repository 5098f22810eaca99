/**
 * Work as a list of small operations with their request (and response) sizes; they are
 * queued and synced in as few chunks as the payload budget allows (see budget.ts). When
 * Excel still refuses a request (or a read's response) for size, nothing of it was applied:
 * the chunk is halved and each half tried again.
 */
import type { ProgressFn, StepName } from "../host";
import { PAYLOAD_BUDGET, SyncCount } from "./budget";
import { codeOf } from "./errors";

export interface Op {
  /** Request bytes. */
  bytes: number;
  /** Response bytes (what it loads), for reads. */
  answer?: number;
  /** A read: repeating it changes nothing, so a response refused for size can be asked again in halves. */
  read?: boolean;
  /** Queues the operation; may run again after a refusal, so it assigns its results rather than appending them. */
  run: () => void;
  /** Smaller operations doing the same, for a single operation refused for size (a read of many rows). */
  split?: () => Op[];
}

export interface OpsOptions {
  /** Queued at the start of every chunk (e.g. suspending calculation until that sync). */
  before?: () => void;
  progress?: { fn?: ProgressFn; step: StepName };
}

/** Chunks whose requests and responses both stay within the budget. */
export function chunkOps(ops: readonly Op[], budget = PAYLOAD_BUDGET): Op[][] {
  const chunks: Op[][] = [];
  let cur: Op[] = [];
  let req = 0;
  let res = 0;
  for (const op of ops) {
    const a = op.answer ?? 0;
    if (cur.length && (req + op.bytes > budget || res + a > budget)) {
      chunks.push(cur);
      cur = [];
      req = 0;
      res = 0;
    }
    cur.push(op);
    req += op.bytes;
    res += a;
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}

function refusedForSize(e: unknown, chunk: readonly Op[]): boolean {
  const code = codeOf(e);
  return code === "RequestPayloadSizeLimitExceeded" || (code === "ResponsePayloadSizeLimitExceeded" && chunk.every((o) => o.read));
}

async function runChunk(context: Excel.RequestContext, chunk: Op[], count: SyncCount, before?: () => void): Promise<void> {
  before?.();
  for (const op of chunk) op.run();
  count.n++;
  try {
    await context.sync();
  } catch (e) {
    if (!refusedForSize(e, chunk)) throw e;
    if (chunk.length === 1 && chunk[0].split) return runChunks(context, chunkOps(chunk[0].split()), count, { before });
    if (chunk.length < 2) throw e;
    const half = chunk.length >> 1;
    await runChunk(context, chunk.slice(0, half), count, before);
    return runChunk(context, chunk.slice(half), count, before);
  }
}

/** Recursion instead of a loop: each sync is a separate request by design (the payload limit). */
async function runChunks(context: Excel.RequestContext, chunks: Op[][], count: SyncCount, opts: OpsOptions, i = 0): Promise<void> {
  if (i >= chunks.length) return;
  await runChunk(context, chunks[i], count, opts.before);
  opts.progress?.fn?.({ step: opts.progress.step, done: i + 1, total: chunks.length });
  return runChunks(context, chunks, count, opts, i + 1);
}

export async function runOps(context: Excel.RequestContext, ops: Op[], count: SyncCount, opts: OpsOptions = {}): Promise<void> {
  return runChunks(context, chunkOps(ops), count, opts);
}

/**
 * Worksheet proxies by name for one request, so that many operations share one object path.
 */
export class Sheets {
  private readonly cache = new Map<string, Excel.Worksheet>();

  constructor(
    private readonly context: Excel.RequestContext,
    /** ExcelApi 1.9: `getRanges` addresses many rectangles in one operation. */
    readonly areas = false,
  ) {}

  get(name: string): Excel.Worksheet {
    const known = this.cache.get(name);
    if (known !== undefined) return known;
    const ws = this.context.workbook.worksheets.getItem(name);
    this.cache.set(name, ws);
    return ws;
  }

  /** Uses a proxy made otherwise (a sheet added in this batch). */
  put(name: string, ws: Excel.Worksheet): void {
    this.cache.set(name, ws);
  }

  /** Several rectangles of one sheet (`E5:E7,E9`), untracked like `range`. */
  ranges(sheet: string, address: string): Excel.RangeAreas {
    const r = this.get(sheet).getRanges(address);
    r.untrack();
    return r;
  }

  /** A range used by one request only: untracked, so the run does not end with a request releasing thousands of them. */
  range(sheet: string, address?: string): Excel.Range {
    const ws = this.get(sheet);
    const r = address === undefined ? ws.getRange() : ws.getRange(address);
    r.untrack();
    return r;
  }
}
