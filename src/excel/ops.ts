/**
 * Work as a list of small operations with an estimated request size; they are queued and
 * synced in as few chunks as the payload budget allows (see budget.ts).
 */
import type { ProgressFn, StepName } from "./api";
import { SyncCount, chunkBy, syncChunks } from "./budget";

export interface Op {
  /** Estimated request bytes. */
  bytes: number;
  run: () => void;
}

export interface OpsOptions {
  /** Queued at the start of every chunk (e.g. suspending calculation until that sync). */
  before?: () => void;
  progress?: { fn?: ProgressFn; step: StepName };
}

export async function runOps(context: Excel.RequestContext, ops: Op[], count: SyncCount, opts: OpsOptions = {}): Promise<void> {
  const chunks = chunkBy(ops, (o) => o.bytes);
  const report = opts.progress?.fn;
  const step = opts.progress?.step ?? "write";
  await syncChunks(
    context,
    chunks,
    (chunk) => {
      opts.before?.();
      for (const op of chunk) op.run();
    },
    count,
    report ? (done, total) => report({ step, done, total }) : undefined,
  );
}

/** Worksheet proxies by name for one request, so that many operations share one object path. */
export class Sheets {
  private readonly cache = new Map<string, Excel.Worksheet>();

  constructor(private readonly context: Excel.RequestContext) {}

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
}
