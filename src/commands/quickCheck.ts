/** 快速校验: read the workbook, write nothing, select the first error cell, word the counts. */
import { parseQuotaSetting, parseScheme, review, strings, type Lang } from "../core";
import type { WorkbookGateway } from "../excel/api";

export async function quickCheck(gateway: WorkbookGateway, lang: Lang): Promise<string> {
  const t = strings(lang).ui.command;
  const stored = await gateway.loadSchemeText();
  const custom = stored === null ? null : parseScheme(stored);
  // The pane's quotas count here too, or the warning count would differ from the pane's.
  const quotas = parseQuotaSetting(await gateway.loadQuotas());
  const r = review(await gateway.read(), { scheme: custom && custom.ok ? custom.scheme : null, quotaSetting: quotas === "invalid" ? null : quotas });
  const first = r.issues.find((i) => i.severity === "error" && i.cell !== null);
  if (first && first.cell) await gateway.select(first.sheet, first.cell);
  return t.quickResult(r.counts.errors, r.counts.warnings);
}
