/** Ranking within each province and the quota verdicts (SPEC §3.5). */
import { Grid } from "../../kernel/grid";
import { HeaderMatch } from "../../kernel/header";
import { Issue } from "../../kernel/issues";
import { makeIssue } from "./codes";
import { QuotaSetting, quotaResolver } from "../../kernel/quotas";
import { quotaVerdict, rankScores, tieIssue } from "../../kernel/rank";
import { GroupStat } from "../../kernel/result";
import type { ChamberEntry } from "./entry";
import type { ChamberScheme } from "./scheme";
import { shownValue } from "../../kernel/text";
import { SummaryField } from "./headers";
import { groupKey } from "../../kernel/provinces";
import { QuotaRow } from "./quota";

export interface ChamberOptions {
  /** Every group gets this quota (CLI --quota), overriding everything else. */
  quota?: number;
  /** Quotas set in the pane and kept in the workbook: above the quota sheet, below --quota. */
  quotaSetting?: QuotaSetting | null;
}

export function rankOnly(entries: ChamberEntry[], scheme: ChamberScheme): GroupStat[] {
  const q = entries.filter((e) => e.status === "qualified" && e.total !== null);
  const placed = rankScores(q.map((e) => e.total as number), scheme.rankMethod);
  q.forEach((e, i) => (e.rank = placed[i].rank));
  return entries.length ? [groupStat(null, null, entries, null)] : [];
}

function groupStat(name: string | null, key: string | null, list: ChamberEntry[], quota: number | null, source: GroupStat["quotaSource"] = null): GroupStat {
  return {
    name,
    groupKey: key,
    quotaSource: quota === null ? null : source,
    listed: list.length,
    qualified: list.filter((e) => e.status === "qualified").length,
    disqualified: list.filter((e) => e.status === "disqualified").length,
    pending: list.filter((e) => e.status === "pending").length,
    quota,
    yes: list.filter((e) => e.withinQuota === "yes").length,
    tie: list.filter((e) => e.withinQuota === "tie").length,
  };
}

export function rankAndQuota(
  entries: ChamberEntry[],
  scheme: ChamberScheme,
  quotaSheet: { grid: Grid; rows: QuotaRow[] } | null,
  opts: ChamberOptions,
  summaryName: string,
  header: HeaderMatch<SummaryField>,
  issues: Issue[],
): GroupStat[] {
  const sheetQuota = new Map<string, number>();
  if (quotaSheet) {
    for (const q of quotaSheet.rows) {
      const v = q.quota;
      if (v.kind === "number" && Number.isInteger(v.value) && v.value >= 0) sheetQuota.set(q.key, v.value);
      else {
        issues.push(makeIssue("QUOTA_INVALID", quotaSheet.grid.name, q.at, { value: shownValue(v), group: q.group }));
      }
    }
  }
  const quotaOf = quotaResolver({
    cli: opts.quota,
    pane: opts.quotaSetting,
    sheet: sheetQuota,
    scheme: new Map(Object.entries(scheme.quotas.groups).map(([k, v]) => [groupKey(k), v])),
    schemeDefault: scheme.quotas.default,
    key: groupKey,
  });

  // One group per canonical province: 四川 and 四川省 rank together.
  const groups = new Map<string | null, { name: string | null; list: ChamberEntry[] }>();
  for (const e of entries) {
    let g = groups.get(e.groupKey);
    if (!g) groups.set(e.groupKey, (g = { name: e.group, list: [] }));
    g.list.push(e);
  }

  const stats: GroupStat[] = [];
  for (const [key, { name, list }] of groups) {
    const { quota, source } = quotaOf(name);
    const q = list.filter((e) => e.status === "qualified" && e.total !== null);
    const placed = rankScores(q.map((e) => e.total as number), scheme.rankMethod);
    const firstGroupCell = header.cols.group !== undefined ? { row: list[0].row, col: header.cols.group } : null;
    q.forEach((e, i) => {
      e.rank = placed[i].rank;
      if (quota === null) return;
      e.withinQuota = quotaVerdict(placed[i], quota);
      if (e.withinQuota === "tie") {
        const w = tieIssue(q, placed, i, quota, summaryName, e.nameAt);
        issues.push(w);
        e.notes.push(w);
      }
    });
    if (quota === null) {
      issues.push(makeIssue("QUOTA_MISSING", summaryName, firstGroupCell, name ? { group: name } : {}));
    } else {
      for (const e of list) if (e.status === "disqualified") e.withinQuota = "no";
      if (list.length > quota) {
        issues.push(
          makeIssue("OVER_QUOTA", summaryName, firstGroupCell, {
            ...(name ? { group: name } : {}),
            count: list.length,
            quota,
            excess: list.length - quota,
          }),
        );
      }
    }
    stats.push(groupStat(name, key, list, quota, source));
  }
  return stats;
}
