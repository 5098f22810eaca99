/** 创新中国 in the human report: the experts table, and 标准化分 beside 平均分 when the scheme normalises. */
import { Review, expertCells, formatScore, panelOf, strings, type CaseScheme, type Lang } from "../core";
import { Align, Column, oneLine, table } from "./width";

/** The experts table after the entries (nothing for a 四好 review or a workbook without expert sheets). */
export function panelLines(review: Review, lang: Lang): string[] {
  const panel = panelOf(review);
  if (!panel) return [];
  const t = strings(lang).panel;
  const scheme = review.scheme as CaseScheme;
  const rows = panel.map((s) => expertCells(s, scheme, lang).map((v) => (v === null ? "" : typeof v === "number" ? formatScore(v) : oneLine(v))));
  const align: Align[] = t.columns.map((_, i) => (i >= 2 && i < t.columns.length - 1 ? "right" : "left"));
  return ["", t.title, ...table([[...t.columns], ...rows], align)];
}

/** The entry table with 标准化分 after 平均分 (the 4th column) when the scheme normalises; unchanged otherwise. */
export function withNormalized(review: Review, columns: Column[], rows: string[][]): { columns: Column[]; rows: string[][] } {
  const scheme = review.scheme;
  if (scheme.kind !== "case" || scheme.normalize !== "zscore") return { columns, rows };
  const label = scheme.resultColumns.normalized;
  const values = review.entries.map((e) => (e.kind === "case" && e.normalizedScore !== null ? formatScore(e.normalizedScore) : ""));
  const at = 4;
  return {
    columns: [...columns.slice(0, at), { label, align: "right" }, ...columns.slice(at)],
    rows: rows.map((r, i) => [...r.slice(0, at), values[i], ...r.slice(at)]),
  };
}
