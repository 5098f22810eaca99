/**
 * Where a group's quota comes from (SPEC §3.3), decided in one place for the pane and the CLI:
 * `--quota N` > quotas set in the pane (kept in the workbook's settings) > the 推荐名额分配表 >
 * the scheme. Within the pane setting a group's own quota beats "every group gets N".
 */
/** The workbook setting (Office document settings) holding the pane's quotas. */
export const QUOTA_SETTING = "reviewAssistant.quotas";

/** `cli` is `--quota`; `pane` the stored pane setting; `sheet` the 推荐名额分配表; `scheme` the scheme. */
export type QuotaSource = "cli" | "pane" | "sheet" | "scheme";

/** Highest precedence first: the order the user guide and SPEC §3.3 state. */
export const QUOTA_PRECEDENCE: readonly QuotaSource[] = ["cli", "pane", "sheet", "scheme"];

export interface QuotaSetting {
  /** Every group gets this quota, unless `groups` names it. */
  every: number | null;
  /** Per group, keyed by the group's name as written (matched through the group key). */
  groups: Record<string, number>;
}

/** A quota: a whole number, 0 or more, within the exact range of doubles. */
function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The setting's shape, checked by hand (zod stays out of start-up): only `every` (a quota or
 * null) and `groups` (non-blank names, trimmed, to quotas); anything else refuses it whole.
 */
function readSetting(v: unknown): QuotaSetting | "invalid" {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return "invalid";
  const o = v as Record<string, unknown>;
  if (Object.keys(o).some((k) => k !== "every" && k !== "groups")) return "invalid";
  const every = o.every ?? null;
  if (every !== null && !isCount(every)) return "invalid";
  const groups: Record<string, number> = {};
  if (o.groups !== undefined) {
    if (!isPlainObject(o.groups)) return "invalid";
    for (const key of Reflect.ownKeys(o.groups)) {
      const quota = (o.groups as Record<PropertyKey, unknown>)[key];
      if (typeof key !== "string" || key.trim() === "" || !isCount(quota)) return "invalid";
      groups[key.trim()] = quota;
    }
  }
  return { every, groups };
}

export const EMPTY_QUOTA_SETTING: QuotaSetting = { every: null, groups: {} };

export function isEmptySetting(s: QuotaSetting | null | undefined): boolean {
  return !s || (s.every === null && Object.keys(s.groups).length === 0);
}

/**
 * The stored setting as Office hands it back (an object) or as a file holds it (JSON text).
 * Anything that is not a valid setting is `invalid`: the caller says so and ignores it, since
 * a quota must never be guessed.
 */
export function parseQuotaSetting(raw: unknown): QuotaSetting | null | "invalid" {
  if (raw === null || raw === undefined) return null;
  let v = raw;
  if (typeof raw === "string") {
    if (raw.trim() === "") return null;
    try {
      v = JSON.parse(raw);
    } catch {
      return "invalid";
    }
  }
  const s = readSetting(v);
  if (s === "invalid") return s;
  return isEmptySetting(s) ? null : s;
}

/** The value to store: null when nothing is set, so the setting is removed rather than kept empty. */
export function settingToStore(s: QuotaSetting): QuotaSetting | null {
  return isEmptySetting(s) ? null : { every: s.every, groups: { ...s.groups } };
}

/** One group's quota changed in the pane (null: back to what the sheet or scheme says). */
export function withGroupQuota(s: QuotaSetting | null, group: string, quota: number | null, key: (g: string) => string): QuotaSetting {
  const base = s ?? EMPTY_QUOTA_SETTING;
  const groups: Record<string, number> = {};
  const k = key(group);
  for (const [name, q] of Object.entries(base.groups)) if (key(name) !== k) groups[name] = q;
  if (quota !== null) groups[group] = quota;
  return { every: base.every, groups };
}

/** "Every group gets N": replaces every group's own pane quota, so all really get N. */
export function withEveryQuota(quota: number | null): QuotaSetting {
  return { every: quota, groups: {} };
}

export interface QuotaInputs {
  /** `--quota N` (CLI only). */
  cli?: number;
  /** The pane setting stored in the workbook. */
  pane?: QuotaSetting | null;
  /** Group key → quota from the 推荐名额分配表. */
  sheet: Map<string, number>;
  /** Group key → quota from the scheme, and the scheme's default for other groups. */
  scheme: Map<string, number>;
  schemeDefault: number | null;
  /** Canonical key of a group name (四川 = 四川省). */
  key(group: string): string;
}

export interface ResolvedQuota {
  quota: number | null;
  source: QuotaSource | null;
}

/** Resolves quotas for any number of groups; the pane setting's keys are normalised once. */
export function quotaResolver(inputs: QuotaInputs): (group: string | null) => ResolvedQuota {
  const pane = new Map<string, number>();
  for (const [name, q] of Object.entries(inputs.pane?.groups ?? {})) pane.set(inputs.key(name), q);
  const paneEvery = inputs.pane?.every ?? null;
  return (group) => {
    if (inputs.cli !== undefined) return { quota: inputs.cli, source: "cli" };
    const k = group === null ? null : inputs.key(group);
    if (k !== null && pane.has(k)) return { quota: pane.get(k)!, source: "pane" };
    if (paneEvery !== null) return { quota: paneEvery, source: "pane" };
    if (k !== null && inputs.sheet.has(k)) return { quota: inputs.sheet.get(k)!, source: "sheet" };
    if (k !== null && inputs.scheme.has(k)) return { quota: inputs.scheme.get(k)!, source: "scheme" };
    if (inputs.schemeDefault !== null) return { quota: inputs.schemeDefault, source: "scheme" };
    return { quota: null, source: null };
  };
}
