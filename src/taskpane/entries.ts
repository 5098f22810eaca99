/**
 * The results table's data, as plain functions: which entries a filter chip shows, how many
 * each chip counts, and the sort keys. Kept out of the components so that filtering 1,500
 * rows is one pass and can be tested without a DOM.
 */
import type { Entry, Verdict } from "../core";

/** The filter chips, which are also the counters: 全部 · 合格 · 不合格 · 待核 · 并列待定 · 名额外. */
export const ENTRY_FILTERS = ["all", "qualified", "disqualified", "pending", "tie", "out"] as const;
export type EntryFilter = (typeof ENTRY_FILTERS)[number];

export function isEntryFilter(v: unknown): v is EntryFilter {
  return typeof v === "string" && (ENTRY_FILTERS as readonly string[]).includes(v);
}

/** 四好: 名额内. 创新中国: how far a case got — 终审 beats 初选, a tie at a line is that line's tie. */
export type Stage = "final" | "finalTie" | "shortlist" | "shortlistTie" | "out" | null;

export function stageOf(e: Entry): Stage {
  if (e.kind === "chamber") return null;
  if (e.final === "yes") return "final";
  if (e.final === "tie") return "finalTie";
  if (e.shortlisted === "yes") return "shortlist";
  if (e.shortlisted === "tie") return "shortlistTie";
  if (e.shortlisted === "no" || e.final === "no") return "out";
  return null;
}

/** The line verdict a chip looks at: 名额内 for chambers, the final list for cases. */
function lineVerdict(e: Entry): Verdict | null {
  return e.kind === "chamber" ? e.withinQuota : e.final;
}

function isTie(e: Entry): boolean {
  return e.kind === "chamber" ? e.withinQuota === "tie" : e.final === "tie" || e.shortlisted === "tie";
}

export function matches(e: Entry, f: EntryFilter): boolean {
  switch (f) {
    case "all":
      return true;
    case "qualified":
    case "disqualified":
    case "pending":
      return e.status === f;
    case "tie":
      return isTie(e);
    case "out":
      return lineVerdict(e) === "no";
  }
}

export function filterCounts(entries: Entry[]): Record<EntryFilter, number> {
  const c: Record<EntryFilter, number> = { all: entries.length, qualified: 0, disqualified: 0, pending: 0, tie: 0, out: 0 };
  for (const e of entries) {
    c[e.status]++;
    if (isTie(e)) c.tie++;
    if (lineVerdict(e) === "no") c.out++;
  }
  return c;
}

export type SortKey = "row" | "name" | "group" | "total" | "status" | "rank" | "line";

const STATUS_ORDER = { qualified: 0, pending: 1, disqualified: 2 } as const;
const VERDICT_ORDER = { yes: 0, tie: 1, no: 2 } as const;
const STAGE_ORDER = { final: 0, finalTie: 1, shortlist: 2, shortlistTie: 3, out: 4 } as const;
const collator = typeof Intl !== "undefined" ? new Intl.Collator("zh-CN") : null;

/** Blanks (no total, no rank, no verdict) sort last whichever way the column is sorted. */
function blankLast(a: number | null, b: number | null, dir: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a - b) * dir;
}

function keyOf(e: Entry, k: SortKey): number | string | null {
  switch (k) {
    case "row":
      return e.row;
    case "name":
      return e.name;
    case "group":
      return (e.kind === "chamber" ? e.group : e.category) ?? "";
    case "total":
      return e.kind === "chamber" ? e.total : e.score;
    case "status":
      return STATUS_ORDER[e.status];
    case "rank":
      return e.rank;
    case "line": {
      if (e.kind === "chamber") return e.withinQuota === null ? null : VERDICT_ORDER[e.withinQuota];
      const s = stageOf(e);
      return s === null ? null : STAGE_ORDER[s];
    }
  }
}

/** A stable sort of the shown rows; ties keep workbook order. */
export function sortEntries(list: Entry[], key: SortKey, dir: "ascending" | "descending"): Entry[] {
  const d = dir === "ascending" ? 1 : -1;
  const keyed = list.map((e, i) => ({ e, i, k: keyOf(e, key) }));
  keyed.sort((a, b) => {
    let c: number;
    if (typeof a.k === "string" || typeof b.k === "string") {
      const x = String(a.k ?? "");
      const y = String(b.k ?? "");
      c = (collator ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0) * d;
    } else c = blankLast(a.k, b.k, d);
    return c || a.i - b.i;
  });
  return keyed.map((x) => x.e);
}
