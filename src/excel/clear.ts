/** Puts back the original fill of every remembered highlight that still shows our colour. */
import { isOurColor, parseA1 } from "../core";
import type { ProgressFn } from "./api";
import { OP_BYTES, SyncCount } from "./budget";
import { Checked, OUR_COLORS } from "./fill";
import { fillOf, paintOps, queueFillRead } from "./fills";
import { mergeMemos, memoOps, queueMemoParts } from "./memoPart";
import { Sheets, runOps } from "./ops";

export async function clearHighlights(context: Excel.RequestContext, tint: boolean, count: SyncCount, onProgress?: ProgressFn): Promise<number> {
  const parts = queueMemoParts(context);
  count.n++;
  await context.sync();
  if (!parts.items.length) return 0;
  const xmls = parts.items.map((p) => p.getXml());
  count.n++;
  await context.sync();
  const memo = mergeMemos(xmls.map((x) => x.value));

  const checked = new Checked(context);
  const reads: { sheet: string; row: number; col: number; fill: string | null; now: Excel.RangeFill }[] = [];
  await runOps(
    context,
    memo.highlights.map((m) => ({
      bytes: OP_BYTES * 2,
      run: () => {
        const at = parseA1(m.cell)!;
        reads.push({ sheet: m.sheet, ...at, fill: m.fill ? m.fill.toUpperCase() : null, now: queueFillRead(checked.get(m.sheet).getRange(m.cell), tint) });
      },
    })),
    count,
  );
  const restoring = reads.filter((r) => !checked.get(r.sheet).isNullObject && isOurColor(fillOf(r.now, tint), OUR_COLORS));
  checked.require(new Set(restoring.map((r) => r.sheet)));
  const sheets = new Sheets(context);
  await runOps(context, [...paintOps(sheets, restoring), ...memoOps(context, parts.items, [])], count, { progress: { fn: onProgress, step: "clear" } });
  return restoring.length;
}
