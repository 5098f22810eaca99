import { Cell, Grid, Pos, cellAt, isEmpty, isRowEmpty, rowAt, rowEnd, rowsIn } from "../../kernel/grid";
import { AliasTable, HeaderMatch, LabelKinds, labelKinds } from "../../kernel/header";
import { SheetHead, findBlock, findHeader } from "../../kernel/headerBlock";
import type { CaseScheme } from "./scheme";
import { Parsed, cellText, nfkc, normName, parseNumber, totalKind } from "../../kernel/text";

/** What an expert writes in a case's score cells to abstain (SPEC §4.2). */
export const ABSTAIN = "回避";

/** A score cell reading 回避 (full-width forms and spaces forgiven). */
export function isAbstention(v: Cell): boolean {
  return typeof v === "string" && normName(v) === ABSTAIN;
}

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
  /** One past the last data row. */
  end: number;
}

export interface ExpertRow {
  row: number;
  /** 序号 when the sheet has one, else the normalised case name. */
  key: string;
  keyAt: Pos;
  /** The normalised case name, when the sheet has a 案例名称 column and the cell is filled. */
  nameKey: string | null;
  label: string;
  scores: { criterion: string; max: number; value: Parsed; at: Pos }[];
  /** The first score cell reading 回避: the expert abstains on this case (SPEC §4.2). */
  abstainedAt: Pos | null;
}

export interface ExpertSheet {
  grid: Grid;
  expert: string;
  /** Where the expert's name is written (`专家：X`), or null when it is the sheet name. */
  expertAt: Pos | null;
  /** `单位：X` above the header: the expert's own unit, for conflicts of interest. */
  unit: string | null;
  bySeq: boolean;
  rows: ExpertRow[];
}

export function caseIndex(scheme: CaseScheme): LabelKinds<CaseField> {
  return labelKinds(scheme.headers.cases as AliasTable<CaseField>, Object.values(scheme.resultColumns));
}

export type ExpertField = "seq" | "name" | `c:${string}`;

export function expertIndex(scheme: CaseScheme): LabelKinds<ExpertField> {
  const table = { seq: [...scheme.headers.cases.seq], name: [...scheme.headers.cases.name] } as AliasTable<ExpertField>;
  for (const c of scheme.criteria) table[`c:${c.name}`] = [c.name];
  return labelKinds(table, []);
}

/** A case key (序号 or 案例名称) and at least one criterion column. */
export function detectExpertHeader(head: SheetHead, ix: LabelKinds<ExpertField>): HeaderMatch<ExpertField> | null {
  return findBlock(head, ix, (m) => {
    const hasKey = m.cols.seq !== undefined || m.cols.name !== undefined;
    return hasKey && Object.keys(m.cols).some((k) => k.startsWith("c:"));
  });
}

export function detectCaseHeader(head: SheetHead, ix: LabelKinds<CaseField>): HeaderMatch<CaseField> | null {
  return findHeader(head, ix, ["name", "category"]);
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
  const last = rowEnd(g);
  let row = header.row + 1;
  for (; row < last; row++) {
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
  return { grid: g, header, rows, nameless, end: row };
}

const labelRules = new WeakMap<CaseScheme, { inline: RegExp; label: RegExp }>();

/** `专家：X` and `专家 | X` with the scheme's expert labels (longest first: 评审专家 before 专家). */
function expertLabelRules(scheme: CaseScheme): { inline: RegExp; label: RegExp } {
  let rules = labelRules.get(scheme);
  if (!rules) {
    const alt = [...new Set(scheme.headers.expertLabels.map((l) => nfkc(l).replace(/[\s\u3000]+/g, "")))]
      .sort((a, b) => b.length - a.length)
      .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|");
    rules = { inline: new RegExp(`^(?:${alt})(?:姓名)?[:：](.+)$`), label: new RegExp(`^(?:${alt})(?:姓名)?[:：]?$`) };
    labelRules.set(scheme, rules);
  }
  return rules;
}
const UNIT_INLINE = /^(?:工作|所在|专家)?单位(?:名称)?[:：](.+)$/;
const UNIT_LABEL = /^(?:工作|所在|专家)?单位(?:名称)?[:：]?$/;

/**
 * A labelled value above the header: `专家：X` in one cell, or the label followed by the next
 * non-empty cell to its right; a label with nothing after it (a blank to fill in) is passed over.
 */
function labelled(g: Grid, headerTop: number, inline: RegExp, label: RegExp): { value: string; at: Pos } | null {
  for (const r of rowsIn(g, 0, headerTop)) {
    for (let i = 0; i < r.cols.length; i++) {
      const v = r.values[i];
      if (typeof v !== "string" || v === "") continue;
      const compact = nfkc(v).replace(/[\s\u3000]+/g, "");
      // Matched without spaces; the value keeps its own (`专家：Zhang San`).
      if (inline.test(compact)) return { value: nfkc(v).replace(/^[^:]*:/, "").trim(), at: { row: r.row, col: r.cols[i] } };
      if (!label.test(compact)) continue;
      for (let j = i + 1; j < r.cols.length; j++) {
        if (!isEmpty(r.values[j])) return { value: cellText(r.values[j]).trim(), at: { row: r.row, col: r.cols[j] } };
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
    const abstain = criteria.find((cr) => isAbstention(cellAt(g, row, cr.col)));
    rows.push({
      row,
      key,
      keyAt: { row, col: keyCol },
      nameKey: nameCell !== null && !isEmpty(nameCell) ? normName(nameCell) : null,
      label: nameCell !== null && !isEmpty(nameCell) ? cellText(nameCell).trim() : cellText(keyCell).trim(),
      scores: criteria.map((cr) => ({
        criterion: cr.criterion,
        max: cr.max,
        value: parseNumber(cellAt(g, row, cr.col)),
        at: { row, col: cr.col },
      })),
      abstainedAt: abstain ? { row, col: abstain.col } : null,
    });
  }
  const expertLabel = expertLabelRules(scheme);
  const name = labelled(g, header.top, expertLabel.inline, expertLabel.label);
  const unit = labelled(g, header.top, UNIT_INLINE, UNIT_LABEL);
  return { grid: g, expert: name?.value ?? g.name, expertAt: name?.at ?? null, unit: unit?.value ?? null, bySeq, rows };
}
