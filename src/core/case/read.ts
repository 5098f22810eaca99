import { Cell, Grid, Pos, cellAt, isEmpty, isRowEmpty, rowAt, rowEnd, rowsIn } from "../grid";
import { AliasTable, HeaderMatch, LabelRow, aliasIndex, findHeader, matchLabels } from "../header";
import { totalKind } from "../chamber/headers";
import { CaseScheme } from "../scheme/schema";
import { Parsed, cellText, nfkc, normName, parseNumber } from "../text";

export type CaseField = keyof CaseScheme["headers"]["cases"];

export interface CaseRow {
  row: number;
  name: string;
  nameAt: Pos;
  /** Matching key for expert sheets: 序号 when the case sheet has one, else the name. */
  seqKey: string | null;
  nameKey: string;
  unit: string | null;
  categoryText: string;
  categoryAt: Pos;
  recommender: string | null;
  recommenderAt: Pos | null;
  subscriptions: Parsed | null;
  subscriptionsAt: Pos | null;
  reasonLength: number | null;
  reasonAt: Pos | null;
  caseLength: number | null;
  caseAt: Pos | null;
}

export interface CaseSheet {
  grid: Grid;
  header: HeaderMatch<CaseField>;
  rows: CaseRow[];
  nameless: number[];
}

export interface ExpertRow {
  row: number;
  key: string;
  keyAt: Pos;
  label: string;
  scores: { criterion: string; max: number; value: Parsed; at: Pos }[];
}

export interface ExpertSheet {
  grid: Grid;
  expert: string;
  bySeq: boolean;
  rows: ExpertRow[];
}

export function caseIndex(scheme: CaseScheme): Map<string, CaseField> {
  return aliasIndex(scheme.headers.cases as AliasTable<CaseField>);
}

type ExpertField = "seq" | "name" | `c:${string}`;

export function expertIndex(scheme: CaseScheme): Map<string, ExpertField> {
  const table = { seq: ["序号"], name: [...scheme.headers.cases.name] } as AliasTable<ExpertField>;
  for (const c of scheme.criteria) table[`c:${c.name}`] = [c.name];
  return aliasIndex(table);
}

export function detectExpertHeader(rows: LabelRow[], ix: Map<string, ExpertField>): HeaderMatch<ExpertField> | null {
  for (const lr of rows) {
    const m = matchLabels(lr, ix);
    if (m.known < 2) continue;
    const hasKey = m.cols.seq !== undefined || m.cols.name !== undefined;
    const hasCriterion = Object.keys(m.cols).some((k) => k.startsWith("c:"));
    if (hasKey && hasCriterion) return m;
  }
  return null;
}

export function detectCaseHeader(rows: LabelRow[], ix: Map<string, CaseField>): HeaderMatch<CaseField> | null {
  return findHeader(rows, ix, ["name", "category"]);
}

/** 序号 as a key: 1, "1" and "１" are the same case. */
export function seqKey(v: Cell): string | null {
  if (isEmpty(v)) return null;
  const p = parseNumber(v);
  if (p.kind === "number") return String(p.value);
  return normName(v);
}

/** Characters as a reader counts them: whitespace does not count. */
export function charCount(text: string): number {
  return Array.from(nfkc(text).replace(/[\s\u3000]+/g, "")).length;
}

function lengthOf(g: Grid, row: number, textCol: number | undefined, lenCol: number | undefined) {
  if (lenCol !== undefined) {
    const p = parseNumber(cellAt(g, row, lenCol));
    if (p.kind === "number") return { length: p.value, at: { row, col: lenCol } };
  }
  if (textCol !== undefined) {
    const v = cellAt(g, row, textCol);
    if (!isEmpty(v)) return { length: charCount(cellText(v)), at: { row, col: textCol } };
  }
  return { length: null, at: null };
}

function textOrNull(v: Cell): string | null {
  return isEmpty(v) ? null : cellText(v).trim();
}

export function readCaseSheet(g: Grid, header: HeaderMatch<CaseField>): CaseSheet {
  const c = header.cols;
  const rows: CaseRow[] = [];
  const nameless: number[] = [];
  const end = rowEnd(g);
  for (let row = header.row + 1; row < end; row++) {
    if (isRowEmpty(g, row)) break;
    const nameCell = cellAt(g, row, c.name as number);
    if (totalKind(nameCell) !== null) continue;
    if (isEmpty(nameCell)) {
      const r = rowAt(g, row);
      if (r && r.values.some((v, i) => r.cols[i] !== c.seq && !isEmpty(v))) nameless.push(row);
      continue;
    }
    const name = cellText(nameCell).trim();
    const reason = lengthOf(g, row, c.reasonText, c.reasonLength);
    const kase = lengthOf(g, row, c.caseText, c.caseLength);
    const unit = c.unit !== undefined ? textOrNull(cellAt(g, row, c.unit)) : null;
    const rec = c.recommender !== undefined ? textOrNull(cellAt(g, row, c.recommender)) : null;
    rows.push({
      row,
      name,
      nameAt: { row, col: c.name as number },
      seqKey: c.seq !== undefined ? seqKey(cellAt(g, row, c.seq)) : null,
      nameKey: normName(name),
      unit,
      categoryText: cellText(cellAt(g, row, c.category as number)).trim(),
      categoryAt: { row, col: c.category as number },
      recommender: rec ?? unit,
      recommenderAt: rec !== null ? { row, col: c.recommender as number } : unit !== null ? { row, col: c.unit as number } : null,
      subscriptions: c.subscriptions !== undefined ? parseNumber(cellAt(g, row, c.subscriptions)) : null,
      subscriptionsAt: c.subscriptions !== undefined ? { row, col: c.subscriptions } : null,
      reasonLength: reason.length,
      reasonAt: reason.at,
      caseLength: kase.length,
      caseAt: kase.at,
    });
  }
  return { grid: g, header, rows, nameless };
}

const EXPERT_INLINE = /^(?:评审专家|专家)(?:姓名)?[:：](.+)$/;
const EXPERT_LABEL = /^(?:评审专家|专家)(?:姓名)?[:：]?$/;

function findExpertName(g: Grid, headerRow: number): string | null {
  for (const r of rowsIn(g, 0, headerRow)) {
    for (let i = 0; i < r.cols.length; i++) {
      const v = r.values[i];
      if (typeof v !== "string" || v === "") continue;
      const compact = nfkc(v).replace(/[\s\u3000]+/g, "");
      const inline = EXPERT_INLINE.exec(compact);
      if (inline) return inline[1];
      if (EXPERT_LABEL.test(compact)) {
        for (let j = i + 1; j < r.cols.length; j++) if (!isEmpty(r.values[j])) return cellText(r.values[j]).trim();
      }
    }
  }
  return null;
}

export function readExpertSheet(g: Grid, header: HeaderMatch<ExpertField>, scheme: CaseScheme): ExpertSheet {
  const c = header.cols;
  const bySeq = c.seq !== undefined;
  const keyCol = (bySeq ? c.seq : c.name) as number;
  const criteria = scheme.criteria
    .map((cr) => ({ criterion: cr.name, max: cr.max, col: c[`c:${cr.name}` as ExpertField] }))
    .filter((x): x is { criterion: string; max: number; col: number } => x.col !== undefined);
  const rows: ExpertRow[] = [];
  const end = rowEnd(g);
  for (let row = header.row + 1; row < end; row++) {
    if (isRowEmpty(g, row)) break;
    const keyCell = cellAt(g, row, keyCol);
    const nameCell = c.name !== undefined ? cellAt(g, row, c.name) : null;
    if (totalKind(keyCell, nameCell) !== null) continue;
    const key = bySeq ? seqKey(keyCell) : isEmpty(keyCell) ? null : normName(keyCell);
    if (key === null) continue;
    rows.push({
      row,
      key,
      keyAt: { row, col: keyCol },
      label: nameCell !== null && !isEmpty(nameCell) ? cellText(nameCell).trim() : cellText(keyCell).trim(),
      scores: criteria.map((cr) => ({
        criterion: cr.criterion,
        max: cr.max,
        value: parseNumber(cellAt(g, row, cr.col)),
        at: { row, col: cr.col },
      })),
    });
  }
  return { grid: g, expert: findExpertName(g, header.row) ?? g.name, bySeq, rows };
}
