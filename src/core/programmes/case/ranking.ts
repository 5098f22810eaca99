/** Ranking within each category and the 初选 / 终审 lists (SPEC §4.3, §3.5 rules). */
import { Issue } from "../../kernel/issues";
import { quotaVerdict, rankScores, tieIssue } from "../../kernel/rank";
import type { GroupStat } from "../../kernel/result";
import type { CaseEntry } from "./entry";
import type { CaseScheme } from "./scheme";

/** What ranks a case: its normalised score when the scheme normalises, else its score. */
export function rankingScore(e: CaseEntry, scheme: CaseScheme): number | null {
  return scheme.normalize === "zscore" ? e.normalizedScore : e.score;
}

export function rankCases(entries: CaseEntry[], scheme: CaseScheme, byCategory: boolean, issues: Issue[]): GroupStat[] {
  const stats: GroupStat[] = [];
  const groups: { name: string | null; shortlist: number | null; final: number | null }[] = byCategory
    ? scheme.categories.map((c) => ({ name: c.name, shortlist: c.shortlist, final: c.final }))
    : [{ name: null, shortlist: null, final: null }];
  for (const g of groups) {
    const list = byCategory ? entries.filter((e) => e.category === g.name) : entries;
    const q = list.filter((e) => e.status === "qualified" && rankingScore(e, scheme) !== null);
    const placed = rankScores(q.map((e) => rankingScore(e, scheme) as number), scheme.rankMethod);
    q.forEach((e, i) => {
      e.rank = placed[i].rank;
      if (g.shortlist !== null) e.shortlisted = quotaVerdict(placed[i], g.shortlist);
      if (g.final !== null) e.final = quotaVerdict(placed[i], g.final);
      for (const [verdict, size, line] of [
        [e.shortlisted, g.shortlist, "shortlist"],
        [e.final, g.final, "final"],
      ] as const) {
        if (verdict !== "tie" || size === null) continue;
        const w = tieIssue(q, placed, i, size, e.sheet, e.nameAt, line);
        issues.push(w);
        e.notes.push(w);
      }
    });
    if (g.shortlist !== null) {
      for (const e of list) {
        if (e.status === "disqualified") {
          e.shortlisted = "no";
          e.final = "no";
        }
      }
    }
    if (!list.length && byCategory) continue;
    stats.push({
      name: g.name,
      groupKey: g.name,
      listed: list.length,
      qualified: list.filter((e) => e.status === "qualified").length,
      disqualified: list.filter((e) => e.status === "disqualified").length,
      pending: list.filter((e) => e.status === "pending").length,
      quota: g.final,
      yes: list.filter((e) => e.final === "yes").length,
      tie: list.filter((e) => e.final === "tie").length,
      shortlist: g.shortlist,
      shortlistYes: list.filter((e) => e.shortlisted === "yes").length,
      shortlistTie: list.filter((e) => e.shortlisted === "tie").length,
    });
  }
  return stats;
}
