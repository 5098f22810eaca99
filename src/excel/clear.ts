/** 清除标记: puts back the original fill of every remembered highlight that still shows our colour. */
import { clearChanges, memoParts } from "../core";
import type { ProgressFn } from "../host";
import { SyncCount } from "./budget";
import { fillAt, fillReads, runReads } from "./cells";
import { paintOps } from "./fills";
import { deletePartOps, partOps } from "./memoPart";
import { Sheets, runOps } from "./ops";
import { RANGE_AREAS, supports } from "./requirements";
import { readNow, sheetFinder } from "./state";

export async function clearHighlights(context: Excel.RequestContext, tint: boolean, count: SyncCount, onProgress?: ProgressFn): Promise<number> {
  const now = await readNow(context, count);
  if (!now.memo.highlights.length) return 0;
  const find = sheetFinder(now);
  const sheets = new Sheets(context, supports(RANGE_AREAS));
  const fills = await runReads(context, sheets, count, tint, [], fillReads(sheets, now.memo.highlights.filter((m) => find(m.sheet)), tint));
  const changes = clearChanges(now.memo, (sheet, cell) => {
    const f = fillAt(fills, sheet, cell);
    return f === undefined ? undefined : { fill: f };
  }, { exists: (n) => !!find(n), locked: (n) => !!find(n)?.protected });
  const memo = { ...now.memo, highlights: changes.highlights };
  await runOps(
    context,
    [
      ...paintOps(sheets, changes.restore.map((r) => ({ sheet: r.memo.sheet, cell: r.memo.cell, fill: r.memo.fill }))),
      ...partOps(context, now.memoParts, memoParts(memo)),
      // The last fill's record described highlights that are gone now.
      ...deletePartOps(now.undoParts),
    ],
    count,
    { progress: { fn: onProgress, step: "clear" } },
  );
  return changes.restore.length;
}
