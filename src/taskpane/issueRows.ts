/**
 * The issues list as one flat array of rows (group headers and issues) for the virtualised
 * list: grouped by sheet, the groups holding errors first, each labelled with the chamber (or
 * expert) it belongs to. Building it is one pass over the issues, so a level filter on 66,000
 * issues fits in a frame.
 */
import type { Issue, Review } from "../core";

export type Level = "all" | "error" | "warning";

export function isLevel(v: unknown): v is Level {
  return v === "all" || v === "error" || v === "warning";
}

export interface IssueGroup {
  sheet: string;
  /** The chamber or expert the sheet belongs to, when it is not just the sheet's name. */
  title: string | null;
  issues: Issue[];
  errors: number;
}

export type IssueRow = { kind: "group"; group: IssueGroup; open: boolean } | { kind: "issue"; issue: Issue; group: IssueGroup; index: number };

/** Groups by sheet in workbook order, then moves the groups with errors to the front. */
export function groupIssues(review: Review, level: Level): IssueGroup[] {
  const titles = review.sheetTitles ?? {};
  const bySheet = new Map<string, IssueGroup>();
  for (const i of review.issues) {
    if (level !== "all" && i.severity !== level) continue;
    let g = bySheet.get(i.sheet);
    if (!g) {
      const t = titles[i.sheet];
      bySheet.set(i.sheet, (g = { sheet: i.sheet, title: t && t !== i.sheet ? t : null, issues: [], errors: 0 }));
    }
    g.issues.push(i);
    if (i.severity === "error") g.errors++;
  }
  const groups = [...bySheet.values()];
  return [...groups.filter((g) => g.errors > 0), ...groups.filter((g) => g.errors === 0)];
}

/** The rows to draw: every group's header, and its issues unless it is collapsed. */
export function issueRows(groups: IssueGroup[], collapsed: ReadonlySet<string>): IssueRow[] {
  const rows: IssueRow[] = [];
  for (const g of groups) {
    const open = !collapsed.has(g.sheet);
    rows.push({ kind: "group", group: g, open });
    if (open) g.issues.forEach((issue, index) => rows.push({ kind: "issue", issue, group: g, index }));
  }
  return rows;
}

/**
 * The error after `current` in the order the list shows them (groups with errors first),
 * wrapping round; the first error when nothing is current. `current` may be a warning.
 */
export function nextError(groups: IssueGroup[], current: Issue | null): Issue | null {
  let first: Issue | null = null;
  let passed = current === null;
  for (const g of groups) {
    for (const i of g.issues) {
      if (i === current) {
        passed = true;
        continue;
      }
      if (i.severity !== "error") continue;
      if (passed) return i;
      first ??= i;
    }
  }
  return first;
}
