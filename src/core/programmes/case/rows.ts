/** Every expert row checked once: its total and its score issues, kept until we know whether it counts. */
import { sumScores } from "../../kernel/decimal";
import { Issue } from "../../kernel/issues";
import { makeIssue } from "./codes";
import { checkScore, validScore } from "../../kernel/score";
import type { ExpertRow, ExpertSheet } from "./caseSheets";

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

/**
 * The key an expert row is matched to the case list by (SPEC §4.2): its 序号 when the sheet has
 * one and so does the case list, else its normalised case name. Each sheet keeps its own key,
 * so a sheet without 序号 beside sheets with one is still matched.
 */
export function matchKey(ex: ExpertSheet, r: ExpertRow, caseSeq: boolean): string {
  return ex.bySeq && (caseSeq || r.nameKey === null) ? seqMatch(r.key) : nameMatch(r.nameKey ?? r.key);
}
export const seqMatch = (seq: string) => `序号:${seq}`;
export const nameMatch = (name: string) => `名称:${name}`;

/**
 * Rows by match key (see matchKey), in sheet order; a key repeated on one sheet is
 * DUPLICATE_ENTRY (told at once). `caseSeq`: the case list has a 序号 column.
 */
export function checkRows(experts: readonly ExpertSheet[], issues: Issue[], caseSeq = true): Map<string, Scored[]> {
  const scored = new Map<string, Scored[]>();
  for (const ex of experts) {
    const seen = new Set<string>();
    for (const r of ex.rows) {
      const key = matchKey(ex, r, caseSeq);
      if (seen.has(key)) {
        issues.push(makeIssue("DUPLICATE_ENTRY", ex.grid.name, r.keyAt, { name: r.label, rows: String(r.row + 1) }));
        continue;
      }
      seen.add(key);
      const item: Scored = { expert: ex, row: r, total: null, issues: [], errors: [] };
      if (!r.abstainedAt) {
        const valid: number[] = [];
        for (const s of r.scores) {
          const iss = checkScore(s.value, s.max, ex.grid.name, s.at, { criterion: s.criterion });
          if (iss) item.issues.push(iss);
          if (iss && iss.severity === "error") item.errors.push(iss);
          const v = validScore(s.value, s.max);
          if (v !== null) valid.push(v);
        }
        item.total = valid.length === r.scores.length ? sumScores(valid) : null;
      }
      const list = scored.get(key);
      if (list) list.push(item);
      else scored.set(key, [item]);
    }
  }
  return scored;
}
