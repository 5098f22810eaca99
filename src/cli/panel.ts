/** 创新中国 in the human report: the experts table, and 标准化分 beside 平均分 when the scheme normalises. */
import { Review, expertCells, formatScore, panelOf, strings, type CaseScheme, type Lang } from "../core";
import { Align, Column, fitTable, oneLine, table } from "./width";

/**
 * The experts table after the entries (nothing for a 四好 review or a workbook without expert
 * sheets). Given the terminal's width it fits it as the entry table does: names, sheets and the
 * note wrap in their columns, the labels shorten.
 */
export function panelLines(review: Review, lang: Lang, width: number | null = null): string[] {
  const panel = panelOf(review);
  if (!panel) return [];
  const t = strings(lang).panel;
  const scheme = review.scheme as CaseScheme;
  const rows = panel.map((s) => expertCells(s, scheme, lang).map((v) => (v === null ? "" : typeof v === "number" ? formatScore(v) : oneLine(v))));
  const last = t.columns.length - 1;
  const align: Align[] = t.columns.map((_, i) => (i >= 2 && i < last ? "right" : "left"));
  if (width === null) return ["", t.title, ...table([[...t.columns], ...rows], align)];
  const columns: Column[] = t.columns.map((label, i) => ({
    label,
    short: t.narrowColumns[i],
    align: align[i],
    wrapTo: i === 0 || i === 1 ? NAME_MIN : i === last ? NOTE_MIN : undefined,
  }));
  return ["", t.title, ...fitTable(columns, rows, width)];
}

/** Expert names and sheet names may wrap to this many columns; the note to this many. */
const NAME_MIN = 6;
const NOTE_MIN = 16;

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
