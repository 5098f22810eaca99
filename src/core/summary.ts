import { Issue } from "./issues";
import { Counts, Entry } from "./result";

export function countsOf(entries: Entry[], issues: Issue[]): Counts {
  const c: Counts = { entries: entries.length, qualified: 0, disqualified: 0, pending: 0, errors: 0, warnings: 0 };
  for (const e of entries) c[e.status]++;
  for (const i of issues) {
    if (i.severity === "error") c.errors++;
    else c.warnings++;
  }
  return c;
}

/** Workbook order, then top to bottom, left to right; whole-sheet issues first. */
export function sortIssues(issues: Issue[], sheetOrder: string[]): Issue[] {
  const order = new Map(sheetOrder.map((n, i) => [n, i]));
  const key = (i: Issue) => order.get(i.sheet) ?? sheetOrder.length;
  return issues
    .map((issue, seq) => ({ issue, seq }))
    .sort((a, b) => {
      const d = key(a.issue) - key(b.issue);
      if (d) return d;
      const ra = a.issue.at ? a.issue.at.row : -1;
      const rb = b.issue.at ? b.issue.at.row : -1;
      if (ra !== rb) return ra - rb;
      const ca = a.issue.at ? a.issue.at.col : -1;
      const cb = b.issue.at ? b.issue.at.col : -1;
      if (ca !== cb) return ca - cb;
      return a.seq - b.seq;
    })
    .map((x) => x.issue);
}
