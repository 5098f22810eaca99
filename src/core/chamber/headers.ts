/** The sheet kinds of a 四好 workbook: aliases, header detection and the cells every reader shares. */
import { Cell, Grid, cellAt, isEmpty } from "../grid";
import { AliasTable, HeaderMatch, LabelRow, aliasIndex, findHeader } from "../header";
import { ChamberScheme } from "../scheme/schema";
import { normName } from "../text";

export type SummaryField = keyof ChamberScheme["headers"]["summary"];
export type SelfField = keyof ChamberScheme["headers"]["selfAssessment"];
export type QuotaField = keyof ChamberScheme["headers"]["quota"];

/** The alias indexes of one scheme, built once per review. */
export interface ChamberIndexes {
  summary: Map<string, SummaryField>;
  self: Map<string, SelfField>;
  quota: Map<string, QuotaField>;
}

export function chamberIndexes(scheme: ChamberScheme): ChamberIndexes {
  return {
    summary: aliasIndex(scheme.headers.summary as AliasTable<SummaryField>),
    self: aliasIndex(scheme.headers.selfAssessment as AliasTable<SelfField>),
    quota: aliasIndex(scheme.headers.quota as AliasTable<QuotaField>),
  };
}

export function detectSelfHeader(rows: LabelRow[], ix: ChamberIndexes): HeaderMatch<SelfField> | null {
  return findHeader(rows, ix.self, ["max", "score", "item"]);
}
export function detectQuotaHeader(rows: LabelRow[], ix: ChamberIndexes): HeaderMatch<QuotaField> | null {
  return findHeader(rows, ix.quota, ["group", "quota"]);
}
export function detectSummaryHeader(rows: LabelRow[], ix: ChamberIndexes): HeaderMatch<SummaryField> | null {
  return findHeader(rows, ix.summary, ["name"]);
}

/** Empty cells inside a merged area take the value of its top-left cell. */
export function mergedValue(g: Grid, row: number, col: number): Cell {
  const v = cellAt(g, row, col);
  if (!isEmpty(v) || !g.merges) return v;
  for (const m of g.merges) {
    if (row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1) return cellAt(g, m.r0, m.c0);
  }
  return v;
}

const SUBTOTAL = /小计/;
const TOTAL = /合计|总计|^总分/;

export type TotalKind = "subtotal" | "total" | null;

/** 小计 / 合计 / 总计 / 总分 rows are stated totals, never entries or items. */
export function totalKind(...cells: Cell[]): TotalKind {
  let kind: TotalKind = null;
  for (const c of cells) {
    // Every keyword holds 计 or 总, which NFKC leaves alone: a cheap first test.
    if (typeof c !== "string" || (c.indexOf("计") < 0 && c.indexOf("总") < 0)) continue;
    const t = normName(c);
    if (SUBTOTAL.test(t)) return "subtotal";
    if (TOTAL.test(t)) kind = "total";
  }
  return kind;
}
