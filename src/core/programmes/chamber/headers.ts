/** The sheet kinds of a 四好 workbook: aliases, header detection and the cells every reader shares. */
import { Cell, Grid, cellAt, isEmpty } from "../../kernel/grid";
import { AliasTable, HeaderMatch, LabelKinds, labelKinds } from "../../kernel/header";
import { SheetHead, findHeader } from "../../kernel/headerBlock";
import type { ChamberScheme } from "./scheme";

export type SummaryField = keyof ChamberScheme["headers"]["summary"];
export type SelfField = keyof ChamberScheme["headers"]["selfAssessment"];
export type QuotaField = keyof ChamberScheme["headers"]["quota"];

/** The header labels of each sheet kind of one scheme, built once per review. */
export interface ChamberIndexes {
  summary: LabelKinds<SummaryField>;
  self: LabelKinds<SelfField>;
  quota: LabelKinds<QuotaField>;
}

const built = new WeakMap<ChamberScheme, ChamberIndexes>();

/** Schemes are never changed once loaded, so each one's labels are indexed once. */
export function chamberIndexes(scheme: ChamberScheme): ChamberIndexes {
  let ix = built.get(scheme);
  if (!ix) {
    const results = Object.values(scheme.resultColumns);
    ix = {
      summary: labelKinds(scheme.headers.summary as AliasTable<SummaryField>, results),
      self: labelKinds(scheme.headers.selfAssessment as AliasTable<SelfField>, results),
      quota: labelKinds(scheme.headers.quota as AliasTable<QuotaField>, results),
    };
    built.set(scheme, ix);
  }
  return ix;
}

export function detectSelfHeader(head: SheetHead, ix: ChamberIndexes): HeaderMatch<SelfField> | null {
  return findHeader(head, ix.self, ["max", "score", "item"]);
}
export function detectQuotaHeader(head: SheetHead, ix: ChamberIndexes): HeaderMatch<QuotaField> | null {
  return findHeader(head, ix.quota, ["group", "quota"]);
}
export function detectSummaryHeader(head: SheetHead, ix: ChamberIndexes): HeaderMatch<SummaryField> | null {
  return findHeader(head, ix.summary, ["name"]);
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
