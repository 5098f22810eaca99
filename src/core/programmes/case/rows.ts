/** Every expert row checked once: its total and its score issues, kept until we know whether it counts. */
import { Issue, makeIssue } from "../../issues";
import { checkScore, validScore } from "../../score";
import type { ExpertRow, ExpertSheet } from "./read";

export interface Scored {
  expert: ExpertSheet;
  row: ExpertRow;
  /** Sum of the criterion scores; null when any is missing or invalid (or the row is 回避). */
  total: number | null;
  /** Score issues of the row: told only when the row counts for its case (see recusal.ts). */
  issues: Issue[];
  /** The errors among `issues`: they keep the case 待核. */
  errors: Issue[];
}

/** Rows by case key, in sheet order; a key repeated on one sheet is DUPLICATE_ENTRY (told at once). */
export function checkRows(experts: readonly ExpertSheet[], issues: Issue[]): Map<string, Scored[]> {
  const scored = new Map<string, Scored[]>();
  for (const ex of experts) {
    const seen = new Set<string>();
    for (const r of ex.rows) {
      if (seen.has(r.key)) {
        issues.push(makeIssue("DUPLICATE_ENTRY", ex.grid.name, r.keyAt, { name: r.label, rows: String(r.row + 1) }));
        continue;
      }
      seen.add(r.key);
      const item: Scored = { expert: ex, row: r, total: null, issues: [], errors: [] };
      if (!r.abstainedAt) {
        let total: number | null = 0;
        for (const s of r.scores) {
          const iss = checkScore(s.value, s.max, ex.grid.name, s.at, { criterion: s.criterion });
          if (iss) item.issues.push(iss);
          if (iss && iss.severity === "error") item.errors.push(iss);
          const v = validScore(s.value, s.max);
          total = v === null || total === null ? null : total + v;
        }
        item.total = total;
      }
      const list = scored.get(r.key);
      if (list) list.push(item);
      else scored.set(r.key, [item]);
    }
  }
  return scored;
}
