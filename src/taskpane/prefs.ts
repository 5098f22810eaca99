/**
 * What the pane remembers between openings: the language chosen from its menu and the last
 * review's filters and tab. These are the reviewer's preferences, not the workbook's, so they
 * live in the pane's local storage (per user and machine), never in the document's settings.
 */
import type { Lang } from "../core";
import { isEntryFilter, type EntryFilter } from "./entries";
import { isLevel, type Level } from "./issueRows";

export type ResultsTab = "entries" | "issues";

export interface Prefs {
  lang?: Lang;
  entryFilter?: EntryFilter;
  issueLevel?: Level;
  tab?: ResultsTab;
}

const KEY = "reviewAssistant.pane";

function storage(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    // Storage can be switched off (private mode, a locked-down Office); the pane still works.
    return null;
  }
}

/** What was kept, each field checked: a bad or foreign value is ignored, never trusted. */
export function loadPrefs(): Prefs {
  let raw: unknown;
  try {
    raw = JSON.parse(storage()?.getItem(KEY) ?? "null");
  } catch {
    return {};
  }
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Prefs = {};
  if (r.lang === "zh" || r.lang === "en") out.lang = r.lang;
  if (isEntryFilter(r.entryFilter)) out.entryFilter = r.entryFilter;
  if (isLevel(r.issueLevel)) out.issueLevel = r.issueLevel;
  if (r.tab === "entries" || r.tab === "issues") out.tab = r.tab;
  return out;
}

export function savePrefs(change: Prefs): void {
  const s = storage();
  if (!s) return;
  try {
    const next = JSON.stringify({ ...loadPrefs(), ...change });
    // Each 校验 sets the filter again: writing the same preferences would cost a storage write for nothing.
    if (s.getItem(KEY) !== next) s.setItem(KEY, next);
  } catch {
    // A full or read-only storage loses the preference, nothing else.
  }
}
