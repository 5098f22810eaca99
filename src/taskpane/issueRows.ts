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

/**
 * The rows to draw: every group's header, and its issues unless it is collapsed. No object is
 * made per row: at 66,000 issues those were 3 MB that the first paint built, and the garbage
 * collector then copied, for the 20 rows in view. A row is made when it is drawn.
 */
export class IssueRows {
  readonly length: number;
  /** Index of each group's header row; one more entry, the length. */
  private readonly starts: Int32Array;
  private readonly keys: string[];
  /** The group of the last lookup: the virtual list reads the rows in order. */
  private last = 0;

  constructor(
    private readonly groups: IssueGroup[],
    private readonly collapsed: ReadonlySet<string>,
  ) {
    this.starts = new Int32Array(groups.length + 1);
    let n = 0;
    groups.forEach((g, k) => {
      this.starts[k] = n;
      n += collapsed.has(g.sheet) ? 1 : 1 + g.issues.length;
    });
    this.starts[groups.length] = n;
    this.length = n;
    this.keys = groups.map((g) => `g\u0000${g.sheet}`);
  }

  private groupAt(i: number): number {
    const s = this.starts;
    const k = this.last;
    if (s[k] <= i && i < s[k + 1]) return k;
    if (k + 2 < s.length && s[k + 1] <= i && i < s[k + 2]) return (this.last = k + 1);
    let lo = 0;
    let hi = this.groups.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return (this.last = lo);
  }

  isGroup(i: number): boolean {
    return this.starts[this.groupAt(i)] === i;
  }

  /** What a measured height stays with: the group's sheet (the same in the next review), or the issue. */
  keyAt(i: number): unknown {
    const k = this.groupAt(i);
    const at = i - this.starts[k];
    return at === 0 ? this.keys[k] : this.groups[k].issues[at - 1];
  }

  at(i: number): IssueRow {
    const k = this.groupAt(i);
    const g = this.groups[k];
    const at = i - this.starts[k];
    if (at === 0) return { kind: "group", group: g, open: !this.collapsed.has(g.sheet) };
    return { kind: "issue", issue: g.issues[at - 1], group: g, index: at - 1 };
  }

  /** The row showing `issue`, or -1 (not in the list, or its group collapsed). */
  indexOf(issue: Issue): number {
    for (let k = 0; k < this.groups.length; k++) {
      const g = this.groups[k];
      if (g.sheet !== issue.sheet || this.collapsed.has(g.sheet)) continue;
      const at = g.issues.indexOf(issue);
      if (at >= 0) return this.starts[k] + 1 + at;
    }
    return -1;
  }
}

export function issueRows(groups: IssueGroup[], collapsed: ReadonlySet<string>): IssueRows {
  return new IssueRows(groups, collapsed);
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
