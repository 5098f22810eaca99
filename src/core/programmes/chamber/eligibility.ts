/**
 * 四好 eligibility (SPEC §3.4), the three rules that make a chamber 不合格, in one place:
 * - a veto item (*) scored 0 (VETO_ZERO);
 * - more basic items (※) short of full marks than the scheme allows (BASIC_SHORTFALL);
 * - a total below the threshold (350 in sihao-2020), or, while some item has no valid score,
 *   a best possible total (those items at full marks) below it (BELOW_THRESHOLD).
 * Scores, caps and the template are checked before (sheet.ts); the reasons' words are in codes.ts.
 */
import type { Reason } from "../../kernel/issues";
import { validScore } from "../../kernel/score";
import { formatScore } from "../../kernel/text";
import type { ChamberScheme } from "./scheme";
import type { Item } from "./self";

export interface Eligibility {
  /** Veto items scored 0, by label. */
  vetoFailed: string[];
  /** Some veto item has no valid score yet, so "no veto failure" cannot be said. */
  vetoUnknown: boolean;
  /** Basic items with a valid score below full marks. */
  basicShortfall: number;
  reasons: Reason[];
}

function isValid(it: Item): boolean {
  return validScore(it.score, it.max) !== null;
}

/** The rules on one 自评表's items: `total` is the capped sum, `best` the highest still possible, `allValid` whether every score counts. */
export function eligibility(items: readonly Item[], scheme: ChamberScheme, sums: { total: number; best: number; allValid: boolean }): Eligibility {
  const { total, best, allValid } = sums;
  const vetoFailed = items.filter((it) => it.veto && isValid(it) && it.score.kind === "number" && it.score.value === 0);
  const basicShortfall = items.filter((it) => it.basic && isValid(it) && (it.score as { value: number }).value < it.max - 1e-9).length;

  const reasons: Reason[] = [];
  if (vetoFailed.length) {
    reasons.push({ code: "VETO_ZERO", params: { items: vetoFailed.map((it) => it.label).join("、") } });
  }
  if (basicShortfall > scheme.maxBasicShortfall) {
    reasons.push({ code: "BASIC_SHORTFALL", params: { count: basicShortfall, limit: scheme.maxBasicShortfall } });
  }
  if (best < scheme.threshold - 1e-9) {
    reasons.push({
      code: "BELOW_THRESHOLD",
      params: { total: formatScore(allValid ? total : best), threshold: scheme.threshold, certain: allValid ? 1 : 0 },
    });
  }
  return {
    vetoFailed: vetoFailed.map((it) => it.label),
    vetoUnknown: items.some((it) => it.veto && !isValid(it)),
    basicShortfall,
    reasons,
  };
}
