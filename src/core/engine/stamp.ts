/**
 * The check stamp (校验记录, SPEC §7): when 发送前检查 passes, a visible sheet records the time,
 * the tool's version, the scheme, a SHA-256 of each stored setting the review reads (the
 * pane's quotas; a table of key and hash, so more can be added) and, per sheet the review
 * reads, a SHA-256 of its values. A later check hashes the same again and names what differs.
 * A stamp without the settings table was written by an earlier version: it is compared on
 * what it holds, and a setting it could not record is said to be unverifiable.
 *
 * Why a visible sheet rather than a custom XML part or a very hidden sheet: the receiver
 * should see that a stamp exists and what it says (Excel shows neither of the others); it
 * travels through WPS and LibreOffice, which drop unknown custom XML parts; and both
 * adapters read it as one more grid, so the CLI and the pane compare the same thing.
 * It is a consistency check, not a signature: anyone can edit the data and write a new one.
 */
import { Cell, Grid, cellAt, isEmpty } from "../kernel/grid";
import { sha256 } from "../kernel/hash";
import { cellToken } from "./owned";
import { isOurReport } from "../kernel/reportSheet";
import { formatTime } from "./plan";
import { sheetFilter } from "./relevance";
import { Review } from "../kernel/result";
import type { SheetSpec } from "../kernel/sheetSpec";
import { schemeHash } from "./schemes/resolve";
import { Lang, STRINGS } from "../strings";
import { cellText, nfkc } from "../kernel/text";
import { VERSION } from "../kernel/version";

/** Cell A1 of a stamp sheet, the same in every language: how a reader recognises it. */
export const STAMP_TITLE = "校验记录（评审助手）";
export const STAMP_SHEET = "校验记录";
const HASH = /^sha256:[0-9a-f]{64}$/;

export interface SheetDigest {
  sheet: string;
  /** `sha256:` and 64 hex digits. */
  hash: string;
  cells: number;
}

/** A stored setting's hash; `key` is a SettingKey, or the label a newer version wrote. */
export interface SettingDigest {
  key: string;
  hash: string;
}

export interface Stamp {
  time: string;
  version: string;
  scheme: string;
  schemeHash: string;
  /** null: written by an earlier version, which recorded no settings. */
  settings: SettingDigest[] | null;
  sheets: SheetDigest[];
}

/** What a check says about the stamp (`--json`: `stamp`). */
export interface StampVerdict {
  present: boolean;
  /** null when there is no stamp to compare. */
  matches: boolean | null;
  changedSheets: string[];
  /** The stamp's sheet, its time and version when it could be read. */
  sheet?: string;
  time?: string;
  version?: string;
  schemeChanged?: boolean;
  /** The stamp's scheme and this check's, when they differ. */
  schemes?: { stamp: string; now: string };
  /** Stored settings (SettingKey) that differ from the stamp's. */
  changedSettings?: string[];
  /** Stored settings set now that the stamp did not record (an earlier version's stamp). */
  unverifiedSettings?: string[];
  /** The stamp was written by an earlier version, without settings. */
  earlier?: boolean;
  damaged?: boolean;
}

export function isStampSheet(g: Grid): boolean {
  const a1 = cellAt(g, 0, 0);
  return typeof a1 === "string" && nfkc(a1).trim() === nfkc(STAMP_TITLE);
}

/** The reader's sheet test widened to the stamp sheet, which must be read whole whatever its length. */
export function withStampSheet(need: (head: Grid) => boolean): (head: Grid) => boolean {
  return (g) => isStampSheet(g) || need(g);
}

/** SHA-256 of a sheet's non-empty values by position, leaving out `skip` columns from row `from` down (our result columns). */
export function sheetDigest(g: Grid, skip: { cols: Set<number>; from: number } | null = null): SheetDigest {
  const parts: string[] = [];
  let cells = 0;
  for (const r of g.rows) {
    for (let i = 0; i < r.cols.length; i++) {
      const v = r.values[i];
      if (isEmpty(v)) continue;
      if (skip && r.row >= skip.from && skip.cols.has(r.cols[i])) continue;
      parts.push(`${r.row}\t${r.cols[i]}\t${cellToken(v)}\n`);
      cells++;
    }
  }
  return { sheet: g.name, hash: `sha256:${sha256(parts.join(""))}`, cells };
}

/**
 * The sheets a review of `scheme` reads whole, each hashed without the result columns a fill
 * writes (filling results after the stamp does not change what was checked). The stamp sheet
 * and the tool's report are never hashed.
 */
export function digestSheets(grids: Grid[], rv: Review): SheetDigest[] {
  const need = sheetFilter(rv.scheme);
  const t = rv.table;
  const cols = new Set<number>();
  for (const c of t?.columns ?? []) if (c.col !== null) cols.add(c.col);
  return grids
    .filter((g) => !isStampSheet(g) && !isOurReport(g) && need(g))
    .map((g) => sheetDigest(g, t && g.name === t.sheet && cols.size ? { cols, from: t.headerRow } : null));
}

/** The stored settings the review read, each hashed from its canonical value. */
export function digestSettings(rv: Review): SettingDigest[] {
  return Object.entries(rv.settings ?? {}).map(([key, v]) => ({ key, hash: `sha256:${sha256(JSON.stringify(v ?? null))}` }));
}

export function makeStamp(grids: Grid[], rv: Review, now: Date): Stamp {
  return { time: formatTime(now), version: VERSION, scheme: rv.scheme.id, schemeHash: `sha256:${schemeHash(rv.scheme)}`, settings: digestSettings(rv), sheets: digestSheets(grids, rv) };
}

/** A setting's key from its label in the stamp sheet (either language), or the label itself when this version does not know it. */
function settingKey(v: Cell): string {
  const t = nfkc(cellText(v)).trim();
  for (const lang of ["zh", "en"] as const) {
    const names = STRINGS[lang].preflight.stamp.settings;
    for (const k of Object.keys(names)) if (settingLabel(k, lang) === t) return k;
  }
  return t;
}

/** A setting's label in the stamp sheet: its name, capitalised. */
function settingLabel(key: string, lang: Lang): string {
  const name = STRINGS[lang].preflight.stamp.settings[key] ?? key;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Labels of either language, for reading. */
function labelKey(v: Cell): string | null {
  const t = nfkc(cellText(v)).trim();
  for (const lang of ["zh", "en"] as const) {
    const l = STRINGS[lang].preflight.stamp.labels;
    for (const k of Object.keys(l) as (keyof typeof l)[]) if (l[k] === t) return k;
  }
  return null;
}

/** The stamp a sheet holds, or null when it is not complete. */
export function readStamp(g: Grid): Stamp | null {
  const fields = new Map<string, string>();
  const sheets: SheetDigest[] = [];
  let settings: SettingDigest[] | null = null;
  let mode: "fields" | "settings" | "sheets" = "fields";
  for (const r of g.rows) {
    const a = cellAt(g, r.row, 0);
    const b = cellText(cellAt(g, r.row, 1)).trim();
    if (mode === "sheets") {
      if (isEmpty(a)) break;
      const cells = Number(cellAt(g, r.row, 2));
      if (!HASH.test(b) || !Number.isInteger(cells)) return null;
      sheets.push({ sheet: cellText(a), hash: b, cells });
      continue;
    }
    const key = labelKey(a);
    if (key === "sheet") mode = "sheets";
    else if (key === "setting") {
      mode = "settings";
      settings = [];
    } else if (mode === "settings" && !isEmpty(a)) {
      if (!HASH.test(b)) return null;
      settings!.push({ key: settingKey(a), hash: b });
    } else if (key) fields.set(key, b);
  }
  const need = ["time", "version", "scheme", "schemeHash"].map((k) => fields.get(k) ?? "");
  if (need.some((x) => !x) || !HASH.test(need[3]) || mode !== "sheets") return null;
  return { time: need[0], version: need[1], scheme: need[2], schemeHash: need[3], settings, sheets };
}

/**
 * The workbook's stamp sheet, if any. A national workbook has 1,500 自评表 whose A1 is the same
 * title: each distinct A1 is normalised once, not once per sheet.
 */
export function findStampSheet(grids: Grid[]): Grid | undefined {
  const seen = new Map<string, boolean>();
  return grids.find((g) => {
    const a1 = cellAt(g, 0, 0);
    if (typeof a1 !== "string") return false;
    let is = seen.get(a1);
    if (is === undefined) seen.set(a1, (is = isStampSheet(g)));
    return is;
  });
}

/** Compares the workbook's stamp, if any, with the sheets as they are now. */
export function verifyStamp(grids: Grid[], rv: Review): StampVerdict {
  const g = findStampSheet(grids);
  if (!g) return { present: false, matches: null, changedSheets: [] };
  const stamp = readStamp(g);
  if (!stamp) return { present: true, matches: false, changedSheets: [], sheet: g.name, damaged: true };
  const now = new Map(digestSheets(grids, rv).map((d) => [d.sheet, d.hash]));
  const then = new Map(stamp.sheets.map((d) => [d.sheet, d.hash]));
  // In workbook order, then the sheets that are gone.
  const changed = [...now.keys()].filter((s) => then.get(s) !== now.get(s));
  for (const s of then.keys()) if (!now.has(s)) changed.push(s);
  const schemeChanged = stamp.schemeHash !== `sha256:${schemeHash(rv.scheme)}`;
  const { changedSettings, unverifiedSettings } = compareSettings(stamp.settings, rv);
  const matches = !changed.length && !schemeChanged && !changedSettings.length && !unverifiedSettings.length;
  const v: StampVerdict = { present: true, matches, changedSheets: changed, sheet: g.name, time: stamp.time, version: stamp.version, schemeChanged, changedSettings, unverifiedSettings };
  if (schemeChanged) v.schemes = { stamp: stamp.scheme, now: rv.scheme.id };
  // Said only where it matters: this review reads settings an earlier stamp could not record.
  if (stamp.settings === null && Object.keys(rv.settings ?? {}).length) v.earlier = true;
  return v;
}

/**
 * The settings the review reads, against the stamp's: a recorded one that differs is changed;
 * one the stamp did not record (an earlier version, or a setting added since) is unverifiable
 * when it is set now, and nothing when it is not.
 */
function compareSettings(then: SettingDigest[] | null, rv: Review): { changedSettings: string[]; unverifiedSettings: string[] } {
  const recorded = new Map((then ?? []).map((d) => [d.key, d.hash]));
  const changedSettings: string[] = [];
  const unverifiedSettings: string[] = [];
  for (const d of digestSettings(rv)) {
    const was = recorded.get(d.key);
    if (was !== undefined) {
      if (was !== d.hash) changedSettings.push(d.key);
    } else if ((rv.settings ?? {})[d.key] !== null) unverifiedSettings.push(d.key);
  }
  return { changedSettings, unverifiedSettings };
}

/** The stamp as a sheet to add: labels in the user's language, A1 the same in every language. */
export function stampSheet(stamp: Stamp, lang: Lang, name = STAMP_SHEET): SheetSpec {
  const t = STRINGS[lang].preflight.stamp;
  const l = t.labels;
  return {
    name,
    values: [
      [STAMP_TITLE, null, null],
      [l.note, t.note, null],
      [l.time, stamp.time, null],
      [l.version, stamp.version, null],
      [l.scheme, stamp.scheme, null],
      [l.schemeHash, stamp.schemeHash, null],
      [null, null, null],
      // Earlier versions skip rows they do not know above the sheets' table, so they still read this stamp.
      ...(stamp.settings ? [[l.setting, l.hash, null], ...stamp.settings.map((d) => [settingLabel(d.key, lang), d.hash, null]), [null, null, null]] : []),
      [l.sheet, l.hash, l.cells],
      ...stamp.sheets.map((d) => [d.sheet, d.hash, d.cells]),
    ],
    merges: [],
    widths: [24, 76, 10],
  };
}

/**
 * True when a stamp sheet holds exactly what the tool writes for its stamp (in either
 * language): only then may a new stamp replace it. One the user wrote in is his.
 */
export function stampIntact(g: Grid): boolean {
  const stamp = readStamp(g);
  if (!stamp) return false;
  const now = new Map<string, string>();
  for (const r of g.rows) r.values.forEach((v, i) => !isEmpty(v) && now.set(`${r.row}\t${r.cols[i]}`, cellToken(v)));
  return (["zh", "en"] as const).some((lang) => {
    const want = new Map<string, string>();
    stampSheet(stamp, lang).values.forEach((row, r) => row.forEach((v, c) => !isEmpty(v) && want.set(`${r}\t${c}`, cellToken(v))));
    return want.size === now.size && [...want].every(([k, t]) => now.get(k) === t);
  });
}

/** The verdict in words, or null when there is no stamp. */
export function stampMessage(v: StampVerdict, lang: Lang): string | null {
  const t = STRINGS[lang].preflight.stamp;
  if (!v.present) return null;
  if (v.damaged) return t.damaged(v.sheet ?? STAMP_SHEET);
  const lines: string[] = [];
  const names = (keys: string[]) => keys.map((k) => t.settings[k] ?? k);
  if (v.changedSheets.length) lines.push(t.changed(v.changedSheets));
  if (v.changedSettings?.length) lines.push(t.settingsChanged(names(v.changedSettings)));
  if (v.unverifiedSettings?.length) lines.push(t.settingsUnverified(names(v.unverifiedSettings)));
  if (v.schemes) lines.push(t.schemeChanged(v.schemes.stamp, v.schemes.now));
  if (!lines.length) {
    lines.push(t.same(v.time ?? "", v.version ?? ""));
    if (v.earlier) lines.push(t.earlier);
  }
  return lines.join("\n");
}
