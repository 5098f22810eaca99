/** The verdict's counters (SPEC §5 `summary`): entries by status, issues by severity. */
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
