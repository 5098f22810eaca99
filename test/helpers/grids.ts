import { Cell, Grid, SIHAO_SAMPLE_ITEMS, SheetSpec, builtinScheme, selfAssessmentSheet } from "../../src/core";
import type { ChamberScheme } from "../../src/core";

export const SIHAO = builtinScheme("sihao-2020") as ChamberScheme;

export function specToGrid(spec: SheetSpec): Grid {
  return { name: spec.name, values: spec.values.map((r) => r.map((v) => v as Cell)), merges: spec.merges };
}

/** Full marks everywhere, then the given overrides by item number. */
export function scores(overrides: Record<number, Cell> = {}): Map<number, Cell> {
  const m = new Map<number, Cell>();
  for (const it of SIHAO_SAMPLE_ITEMS) m.set(it.no, it.max);
  for (const [k, v] of Object.entries(overrides)) m.set(Number(k), v);
  return m;
}

/** Scores totalling `total` exactly (from full marks, taking points off non-marked items). */
export function scoresTotalling(total: number, extra: Record<number, Cell> = {}): Map<number, Cell> {
  const m = scores(extra);
  let sum = 0;
  for (const v of m.values()) sum += typeof v === "number" ? v : 0;
  let off = sum - total;
  for (const it of [...SIHAO_SAMPLE_ITEMS].reverse()) {
    if (off <= 0) break;
    if (it.mark !== "" || it.no in extra) continue;
    const cur = m.get(it.no) as number;
    const take = Math.min(cur, off);
    m.set(it.no, Math.round((cur - take) * 10) / 10);
    off = Math.round((off - take) * 10) / 10;
  }
  return m;
}

export function selfGrid(name: string, chamber: string, s: Map<number, Cell> = scores(), subtotals = false): Grid {
  return specToGrid(
    selfAssessmentSheet(SIHAO, { name, chamber, scores: s as Map<number, string | number | null>, subtotals }),
  );
}

export interface SummaryRowSpec {
  group?: string | null;
  name: Cell;
  stated?: Cell;
  ref?: Cell;
  type?: Cell;
}

/** A 推荐名单汇总表 with a title row, header on row 3, and the given rows. */
export function summaryGrid(rows: SummaryRowSpec[], name = "推荐名单汇总表", withRef = false): Grid {
  const header: Cell[] = ["序号", "省份", "商会名称", "商会类型", "自评分"];
  if (withRef) header.push("自评表");
  const values: Cell[][] = [["全国“四好”商会推荐名单汇总表"], ["推荐单位（盖章）："], header];
  rows.forEach((r, i) => {
    const row: Cell[] = [i + 1, r.group === undefined ? "四川省" : r.group, r.name, r.type ?? "行业商会", r.stated ?? null];
    if (withRef) row.push(r.ref ?? null);
    values.push(row);
  });
  return { name, values };
}

export function quotaGrid(quotas: Record<string, Cell>): Grid {
  return { name: "推荐名额分配表", values: [["省份", "推荐名额"], ...Object.entries(quotas).map(([k, v]) => [k, v])] };
}
