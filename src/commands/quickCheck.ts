/**
 * 快速校验: read the workbook, write nothing, select the first error cell, word the counts.
 * A scheme kept in the workbook is used by the core's one rule, and then named in the answer.
 */
import { parseQuotaSetting, resolveScheme, review, storedLabel, strings, type Lang } from "../core";
import type { WorkbookGateway } from "../host";

export async function quickCheck(gateway: WorkbookGateway, lang: Lang): Promise<string> {
  const t = strings(lang).ui;
  const chosen = await resolveScheme({ named: null, useStored: true }, await gateway.loadSchemeText());
  // The pane's quotas count here too, or the warning count would differ from the pane's.
  const quotas = parseQuotaSetting(await gateway.loadQuotas());
  const r = review(await gateway.read(), { scheme: chosen.ok ? chosen.scheme : null, quotaSetting: quotas === "invalid" ? null : quotas });
  const first = r.issues.find((i) => i.severity === "error" && i.cell !== null);
  if (first && first.cell) await gateway.select(first.sheet, first.cell);
  const counts = t.command.quickResult(r.counts.errors, r.counts.warnings);
  // Where the rules came from, whenever they are not the detected built-in ones.
  if (chosen.ok && chosen.stored) return `${storedLabel(chosen.stored, lang)}${lang === "zh" ? "。" : ". "}${counts}`;
  if (!chosen.ok && chosen.reason === "badStored") return `${t.scheme.storedBroken}${lang === "zh" ? "。" : ". "}${counts}`;
  return counts;
}
