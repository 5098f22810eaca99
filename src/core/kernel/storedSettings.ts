/**
 * The workbook's stored settings a review reads besides its sheets (SPEC §7): what the check
 * stamp covers with them. Each setting has a key, a canonical value (the same setting gives
 * the same value whichever adapter read it), and a name in each language. A scheme stored in
 * the workbook is covered by the stamp's scheme hash; 人工认定 decisions will be one more key.
 */
import { groupKey } from "./provinces";
import { QuotaSetting } from "./quotas";

/** Settings a programme's review may read (Programme.settings). */
export type SettingKey = "quotas";

export const SETTING_KEYS: readonly SettingKey[] = ["quotas"];

/** What the review was given of each setting. */
export interface SettingInputs {
  quotaSetting?: QuotaSetting | null;
}

/** The pane's quotas as compared: groups by their canonical key (四川 = 四川省), in order; null when none is set. */
function canonicalQuotas(s: QuotaSetting | null | undefined): unknown {
  if (!s || (s.every === null && !Object.keys(s.groups).length)) return null;
  const groups = Object.entries(s.groups)
    .map(([name, q]) => [groupKey(name), q] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { every: s.every, groups };
}

/** The settings of `keys` as the review read them, canonical (null: not set). */
export function settingsRead(keys: readonly SettingKey[], inputs: SettingInputs): Partial<Record<SettingKey, unknown>> {
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const k of keys) if (k === "quotas") out.quotas = canonicalQuotas(inputs.quotaSetting);
  return out;
}
