import { Cell, Grid, MergeArea, gridFromValues } from "../../src/core";
import { SIHAO_SAMPLE_ITEMS } from "../../src/core/testing";
import { SIHAO, scores } from "./grids";

export type Col = "no" | "category" | "item" | "max" | "score" | "note";

export interface Layout {
  /** Rows above the header (title, 商会名称 …). */
  titleRows?: Cell[][];
  columns?: Col[];
  /** merged: category cell merged over its items; every: on each row; heading: a section row; none. */
  category?: "merged" | "every" | "heading" | "none";
  /** Where the `*`/`※` markers go. */
  markers?: "no" | "item" | "fullwidth";
  subtotals?: boolean;
  total?: boolean;
  headerLabels?: Partial<Record<Col, string>>;
}

const LABELS: Record<Col, string> = { no: "序号", category: "一级指标", item: "评分项目", max: "分值", score: "自评分", note: "备注" };

/** A 自评表 in any of the legal layouts a province office receives. */
export function layoutSheet(name: string, chamber: string | null, s: Map<number, Cell> = scores(), l: Layout = {}): Grid {
  const columns = l.columns ?? ["no", "category", "item", "max", "score"];
  const cat = l.category ?? "merged";
  const cols = cat === "none" || cat === "heading" ? columns.filter((c) => c !== "category") : columns;
  const titleRows: Cell[][] = l.titleRows ?? [["全国“四好”商会自评表"], chamber === null ? [] : [`商会名称：${chamber}`]];
  const values: Cell[][] = [...titleRows.map((r) => [...r])];
  const merges: MergeArea[] = [];
  values.push(cols.map((c) => l.headerLabels?.[c] ?? LABELS[c]));
  const at = (c: Col) => cols.indexOf(c);
  for (const c of SIHAO.categories) {
    const items = SIHAO_SAMPLE_ITEMS.filter((it) => it.category === c.name);
    if (cat === "heading") {
      const row: Cell[] = cols.map(() => null);
      row[at("item")] = `${"一二三四五"[SIHAO.categories.indexOf(c)]}、${c.name}（${c.max}分）`;
      values.push(row);
    }
    const start = values.length;
    items.forEach((it, i) => {
      const row: Cell[] = cols.map(() => null);
      const star = l.markers === "fullwidth" && it.mark === "*" ? "＊" : it.mark;
      const inItem = l.markers === "item";
      if (at("no") >= 0) row[at("no")] = inItem ? it.no : `${star}${it.no}`;
      if (at("category") >= 0 && (cat === "every" || i === 0)) row[at("category")] = `${c.name}（${c.max}分）`;
      row[at("item")] = inItem ? `${it.text}${it.mark}` : it.text;
      row[at("max")] = it.max;
      row[at("score")] = s.has(it.no) ? s.get(it.no)! : null;
      values.push(row);
    });
    if (cat === "merged" && at("category") >= 0 && items.length > 1) {
      merges.push({ r0: start, c0: at("category"), r1: start + items.length - 1, c1: at("category") });
    }
    if (l.subtotals) {
      const row: Cell[] = cols.map(() => null);
      row[at("item")] = "小计";
      values.push(row);
    }
  }
  if (l.total) {
    const row: Cell[] = cols.map(() => null);
    row[at("item")] = "合计";
    values.push(row);
  }
  return gridFromValues(name, values, { merges });
}

/** Finds the sheet row (0-based) of item `no` in a layout sheet. */
export function itemRow(g: Grid, no: number): number {
  const text = SIHAO_SAMPLE_ITEMS.find((it) => it.no === no)!.text;
  const r = g.rows.find((row) => row.values.some((v) => typeof v === "string" && v.startsWith(text)));
  if (!r) throw new Error(`item ${no} not in ${g.name}`);
  return r.row;
}
