/**
 * 回避 and conflicts of interest (SPEC §4.2, §4.3): which expert rows count for a case.
 * An abstention is the expert's own statement and raises nothing; a score from an expert
 * whose unit is the case's unit or recommender is an error on that cell and is left out.
 */
import { Issue } from "../../kernel/issues";
import { makeIssue } from "./codes";
import type { CaseEntry } from "./entry";
import { normName } from "../../kernel/text";
import type { ExpertSheet } from "./caseSheets";
import type { Scored } from "./rows";

export type Conflict = "unit" | "recommender";

/** Which of the case's names equals the expert's unit (compared as names, SPEC §2), or null. */
export function conflictOf(expertUnit: string | null, unit: string | null, recommender: string | null): Conflict | null {
  const k = expertUnit === null ? "" : normName(expertUnit);
  if (k === "") return null;
  if (unit !== null && normName(unit) === k) return "unit";
  if (recommender !== null && normName(recommender) === k) return "recommender";
  return null;
}

/** What each expert sheet left out, for the panel table. */
export interface Tally {
  abstained: number;
  conflicts: number;
  outliers: number;
}

export function tallyOf(tallies: Map<ExpertSheet, Tally>, ex: ExpertSheet): Tally {
  let t = tallies.get(ex);
  if (!t) {
    t = { abstained: 0, conflicts: 0, outliers: 0 };
    tallies.set(ex, t);
  }
  return t;
}

/**
 * The rows that count for `e`. 回避 rows are dropped silently; a conflicted row that gives any
 * score is CONFLICT_OF_INTEREST on its first filled score cell (told in the case's 校验说明,
 * the verdict stands on the other experts); a conflicted row left blank is an abstention.
 * The score issues of a row are told only when the row counts.
 */
export function countedRows(e: CaseEntry, list: readonly Scored[], issues: Issue[], tallies: Map<ExpertSheet, Tally>): Scored[] {
  const out: Scored[] = [];
  for (const s of list) {
    const tally = tallyOf(tallies, s.expert);
    if (s.row.abstainedAt) {
      e.abstained++;
      tally.abstained++;
      continue;
    }
    const conflict = conflictOf(s.expert.unit, e.unit, e.recommender);
    if (conflict) {
      const filled = s.row.scores.find((x) => x.value.kind !== "missing");
      if (!filled) {
        e.abstained++;
        tally.abstained++;
        continue;
      }
      tally.conflicts++;
      const iss = makeIssue("CONFLICT_OF_INTEREST", s.expert.grid.name, filled.at, {
        expert: s.expert.expert,
        unit: s.expert.unit ?? "",
        name: e.name || s.row.label,
        field: conflict,
      });
      issues.push(iss);
      e.notes.push(iss);
      continue;
    }
    issues.push(...s.issues);
    out.push(s);
  }
  return out;
}
