/** Ranking and the quota line, for every programme (SPEC §3.5, §4.3): ranks, who is within a line, the tie across it. */
import type { Pos } from "./gridTypes";
import { Issue, sharedIssue } from "./issues";
import { RankMethodName } from "./schemeBase";
import { roundTo } from "./text";

export type Verdict = "yes" | "no" | "tie";

export interface Placed {
  /** Displayed rank: competition (1,2,2,4) or dense (1,2,2,3). */
  rank: number;
  /** Competition rank: how many ranked above, plus one. Quotas use this whatever the display. */
  position: number;
  /** How many share this score, itself included. */
  tieSize: number;
}

/** Ranks scores highest first; equal scores (to 6 decimals) share a rank. */
export function rankScores(scores: number[], method: RankMethodName): Placed[] {
  const keyed = scores.map((s, i) => ({ s: roundTo(s, 6), i }));
  keyed.sort((a, b) => b.s - a.s);
  const out: Placed[] = new Array(scores.length);
  let dense = 0;
  for (let k = 0; k < keyed.length; ) {
    let j = k;
    while (j < keyed.length && keyed[j].s === keyed[k].s) j++;
    dense++;
    for (let t = k; t < j; t++) {
      out[keyed[t].i] = { rank: method === "dense" ? dense : k + 1, position: k + 1, tieSize: j - k };
    }
    k = j;
  }
  return out;
}

/**
 * SPEC §3.5: within the quota when the whole tie block fits, out when it starts past
 * the line, and a tie when the block straddles it.
 */
export function quotaVerdict(p: Placed, quota: number): Verdict {
  if (p.position + p.tieSize - 1 <= quota) return "yes";
  if (p.position > quota) return "no";
  return "tie";
}

/** One other entry of `list[i]`'s tie block, named in the QUOTA_TIE message (the first in list order). */
export function tiedWith<T extends { name: string }>(list: T[], placed: Placed[], i: number): string {
  for (let j = 0; j < list.length; j++) {
    if (j !== i && placed[j].position === placed[i].position) return list[j].name;
  }
  return "";
}

/**
 * QUOTA_TIE on `list[i]`, whose tie block straddles the line at `quota` (its verdict is `tie`),
 * naming one other entry of the block. `line` is a programme's own line (创新中国's `shortlist`,
 * `final`), worded by that programme (ProgrammeWords.lines); without it, the group's quota line.
 */
export function tieIssue<T extends { name: string }>(list: T[], placed: Placed[], i: number, quota: number, sheet: string, at: Pos | null, line?: string): Issue {
  return sharedIssue("QUOTA_TIE", sheet, at, {
    rank: placed[i].rank,
    others: placed[i].tieSize - 1,
    other: tiedWith(list, placed, i),
    quota,
    ...(line ? { line } : {}),
  });
}
