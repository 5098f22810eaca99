import { CaseEntry, Cell, Grid, Review, builtinScheme, gridFromValues, loadScheme } from "../../src/core";
import type { CaseScheme } from "../../src/core";

export const CX = builtinScheme("chuangxin-2021") as CaseScheme;

/** The built-in scheme with some options changed, through the loader users use. */
export async function schemeWith(over: Record<string, unknown>): Promise<CaseScheme> {
  const r = await loadScheme({ extends: "chuangxin-2021", ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scheme as CaseScheme;
}

export interface CaseSpec {
  name?: string;
  category?: string;
  unit?: string;
  recommender?: string;
}

/** A 推介汇总表: 序号 1…n, each case its own unit and recommender unless given. */
export function caseList(specs: CaseSpec[]): Grid {
  return gridFromValues("推介汇总表", [
    ["序号", "案例名称", "完成单位", "推介类别", "推荐单位", "订阅份数"],
    ...specs.map((c, i) => [i + 1, c.name ?? `案例${i + 1}`, c.unit ?? `单位${i + 1}`, c.category ?? "商会", c.recommender ?? `推荐${i + 1}`, 50]),
  ]);
}

/** A total split over the three criteria (40/30/30), filling the first one first. */
export function split(total: number): [number, number, number] {
  const a = Math.min(40, total);
  const b = Math.min(30, Math.round((total - a) * 10) / 10);
  return [a, b, Math.round((total - a - b) * 10) / 10];
}

/** An expert sheet: `专家：name` (and `单位：unit`) above the header; per case 序号 a total, or text in every score cell. */
export function expertSheet(name: string, totals: Record<number, number | string>, unit?: string): Grid {
  const rows: Cell[][] = Object.entries(totals).map(([seq, t]) => [Number(seq), `案例${seq}`, ...(typeof t === "number" ? split(t) : [t, t, t])]);
  return gridFromValues(name, [[`专家：${name}`, null, unit === undefined ? null : `单位：${unit}`], ["序号", "案例名称", "创新特性", "典型意义", "实践成果"], ...rows]);
}

/** Per-expert totals by case, as a table: experts[e][c] is expert e's total for case c+1 (null: did not score). */
export function panelGrids(names: string[], table: (number | string | null)[][]): Grid[] {
  return names.map((n, e) => {
    const totals: Record<number, number | string> = {};
    table[e].forEach((t, c) => {
      if (t !== null) totals[c + 1] = t;
    });
    return expertSheet(n, totals);
  });
}

export function entry(r: Review, name: string): CaseEntry {
  const e = r.entries.find((x) => x.name === name);
  if (!e || e.kind !== "case") throw new Error(`no case ${name}`);
  return e as CaseEntry;
}

export function codes(r: Review, code: string) {
  return r.issues.filter((i) => i.code === code);
}
