/**
 * The panel as a whole (SPEC §4.3): per expert sheet the cases scored, mean, SD and the
 * leave-one-out correlation with the other experts (EXPERT_INCONSISTENT), and z-score
 * normalisation of the case scores when the scheme asks for it (EXPERT_NO_SPREAD).
 */
import type { Pos } from "../../kernel/grid";
import { Issue } from "../../kernel/issues";
import { makeIssue } from "./codes";
import type { CaseEntry } from "./entry";
import type { CaseScheme } from "./scheme";
import { formatScore, roundTo } from "../../kernel/text";
import type { ExpertSheet } from "./caseSheets";
import { Tally } from "./recusal";
import type { Scored } from "./rows";
import { keptIndices } from "./caseScore";
import { Observation, isFlat, leaveOneOut, normalise, spread } from "./stats";

export interface ExpertStat {
  expert: string;
  sheet: string;
  /** The expert's name cell, or null when the sheet name is the name. */
  at: Pos | null;
  unit: string | null;
  /** Cases whose total from this expert counts (valid, not 回避, not conflicted, on the case list). */
  cases: number;
  abstained: number;
  conflicts: number;
  /** Mean and population SD of those totals, 2 decimals. */
  mean: number | null;
  sd: number | null;
  /** Cases another expert scored too, and the leave-one-out correlation over them (2 decimals). */
  shared: number;
  correlation: number | null;
  outliers: number;
  /** EXPERT_INCONSISTENT was raised. */
  inconsistent: boolean;
  /** EXPERT_NO_SPREAD was raised: every total the same. */
  flat: boolean;
}

export interface PanelInput {
  entries: readonly CaseEntry[];
  /** Per case, the rows that count for it (see recusal.ts). */
  counted: ReadonlyMap<CaseEntry, readonly Scored[]>;
  experts: readonly ExpertSheet[];
  tallies: ReadonlyMap<ExpertSheet, Tally>;
  scheme: CaseScheme;
  issues: Issue[];
}

function warn(code: "EXPERT_INCONSISTENT" | "EXPERT_NO_SPREAD", ex: ExpertSheet, params: Record<string, string | number>): Issue {
  return makeIssue(code, ex.grid.name, ex.expertAt, { expert: ex.expert, ...params });
}

/** Statistics per expert sheet, in workbook order; sets `normalizedScore` when the scheme normalises. */
export function reviewPanel(p: PanelInput): ExpertStat[] {
  const index = new Map(p.experts.map((ex, i) => [ex, i]));
  const obs: Observation[] = [];
  const kept: Observation[] = [];
  const raw = new Map<number, number>();
  p.entries.forEach((e, item) => {
    const rows = (p.counted.get(e) ?? []).filter((s) => s.total !== null);
    for (const s of rows) obs.push({ expert: index.get(s.expert)!, item, total: s.total! });
    if (e.score === null) return;
    // A scored case has every counted total valid: trim exactly as its score did.
    raw.set(item, e.score);
    const totals = rows.map((s) => s.total!);
    for (const i of keptIndices(totals, p.scheme)) kept.push({ expert: index.get(rows[i].expert)!, item, total: totals[i] });
  });

  const zscore = p.scheme.normalize === "zscore";
  const flat = new Set<number>();
  if (zscore) {
    const n = normalise(kept, raw, p.experts.length);
    for (const [item, v] of n.scores) (p.entries[item] as CaseEntry).normalizedScore = v;
    for (const f of n.flat) {
      flat.add(f.expert);
      p.issues.push(warn("EXPERT_NO_SPREAD", p.experts[f.expert], { count: f.n, value: formatScore(f.value), zscore: 1 }));
    }
  }

  const agreement = leaveOneOut(obs, p.experts.length);
  const totals: number[][] = p.experts.map(() => []);
  for (const o of obs) totals[o.expert].push(o.total);
  const { minCorrelation, minSharedCases } = p.scheme.consistency;
  return p.experts.map((ex, i) => {
    const s = spread(totals[i]);
    const a = agreement[i];
    const r = a.correlation === null ? null : roundTo(a.correlation, 2);
    if (!zscore && s && isFlat(s) && s.n >= minSharedCases) {
      flat.add(i);
      p.issues.push(warn("EXPERT_NO_SPREAD", ex, { count: s.n, value: formatScore(s.mean), zscore: 0 }));
    }
    const inconsistent = minCorrelation !== null && r !== null && a.shared >= minSharedCases && r < minCorrelation;
    if (inconsistent) p.issues.push(warn("EXPERT_INCONSISTENT", ex, { r: formatScore(r), min: minCorrelation, cases: a.shared }));
    const t = p.tallies.get(ex);
    return {
      expert: ex.expert,
      sheet: ex.grid.name,
      at: ex.expertAt,
      unit: ex.unit,
      cases: s?.n ?? 0,
      abstained: t?.abstained ?? 0,
      conflicts: t?.conflicts ?? 0,
      mean: s ? roundTo(s.mean, 2) : null,
      sd: s ? roundTo(s.sd, 2) : null,
      shared: a.shared,
      correlation: r,
      outliers: t?.outliers ?? 0,
      inconsistent,
      flat: flat.has(i),
    };
  });
}
