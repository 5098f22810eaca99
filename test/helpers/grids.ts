import { Cell, Grid, SheetSpec, builtinScheme, gridFromValues } from "../../src/core";
import { SIHAO_SAMPLE_ITEMS, selfAssessmentSheet } from "../../src/core/testing";
import type { ChamberScheme } from "../../src/core";

export const SIHAO = builtinScheme("sihao-2020") as ChamberScheme;

export function specToGrid(spec: SheetSpec): Grid {
  return gridFromValues(spec.name, spec.values, { merges: spec.merges });
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
  return gridFromValues(name, values);
}

export function quotaGrid(quotas: Record<string, Cell>): Grid {
  return gridFromValues("推荐名额分配表", [["省份", "推荐名额"], ...Object.entries(quotas).map(([k, v]) => [k, v])]);
}

/**
 * The values of a grid's bounding box (cells and merges), with the box's top-left sheet
 * position: how the dense grids of old looked, for tests that compare whole blocks.
 */
export function box(g: Grid): { origin: { row: number; col: number }; values: Cell[][] } {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const extend = (ra: number, ca: number, rb: number, cb: number) => {
    r0 = Math.min(r0, ra);
    c0 = Math.min(c0, ca);
    r1 = Math.max(r1, rb);
    c1 = Math.max(c1, cb);
  };
  for (const r of g.rows) extend(r.row, r.cols[0], r.row, r.cols[r.cols.length - 1]);
  for (const m of g.merges ?? []) extend(m.r0, m.c0, m.r1, m.c1);
  if (r1 < 0) return { origin: { row: 0, col: 0 }, values: [] };
  const values: Cell[][] = [];
  for (let r = r0; r <= r1; r++) values.push(new Array<Cell>(c1 - c0 + 1).fill(null));
  for (const r of g.rows) r.cols.forEach((c, i) => (values[r.row - r0][c - c0] = r.values[i]));
  return { origin: { row: r0, col: c0 }, values };
}

/** The same sheet moved down and right, merges included: a used range that does not start at A1. */
export function shift(g: Grid, rows: number, cols: number): Grid {
  return {
    ...g,
    rows: g.rows.map((r) => ({ row: r.row + rows, cols: r.cols.map((c) => c + cols), values: r.values.slice() })),
    merges: (g.merges ?? []).map((m) => ({ r0: m.r0 + rows, c0: m.c0 + cols, r1: m.r1 + rows, c1: m.c1 + cols })),
  };
}
