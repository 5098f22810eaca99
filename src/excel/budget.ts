/**
 * Excel on the web refuses requests and responses above 5 MB (5,242,880 bytes). Work is
 * queued in chunks whose estimated size stays under a budget with room to spare; each chunk
 * is one `context.sync()`. Small workbooks fit in one chunk, so the number of syncs only
 * grows with the payload, never with the number of sheets or rows as such.
 */
export const PAYLOAD_BUDGET = 4_000_000;

/** Request bytes of one queued operation besides its data: object paths and actions (measured ≈ 450). */
export const OP_BYTES = 600;

/** Response bytes per cell read, for planning value reads (the national workbook averages ≈ 13). */
export const READ_BYTES_PER_CELL = 16;

/** UTF-8 size of the JSON text of a value, as the runtime sends it. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? "";
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** Splits items into consecutive chunks whose summed size stays within the budget (an oversized item is alone). */
export function chunkBy<T>(items: readonly T[], size: (t: T) => number, budget = PAYLOAD_BUDGET): T[][] {
  const chunks: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const it of items) {
    const s = size(it);
    if (cur.length && used + s > budget) {
      chunks.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(it);
    used += s;
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}

/** Counts the syncs an operation makes (reported in FillOutcome and by the bench). */
export class SyncCount {
  n = 0;
}

/**
 * Queues each chunk and syncs it, one after the other. Recursion instead of a loop: each
 * sync is a separate request by design (the payload limit), not a per-item round trip.
 */
export async function syncChunks<T>(
  context: Excel.RequestContext,
  chunks: readonly T[][],
  queue: (chunk: T[], index: number) => void,
  count: SyncCount,
  onChunk?: (done: number, total: number) => void,
  index = 0,
): Promise<void> {
  if (index >= chunks.length) return;
  queue(chunks[index], index);
  count.n++;
  await context.sync();
  onChunk?.(index + 1, chunks.length);
  return syncChunks(context, chunks, queue, count, onChunk, index + 1);
}
