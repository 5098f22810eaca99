import { Cell, Grid, Pos, cellAt, isEmpty, isRowEmpty, rowEnd, rowOffset, colOffset } from "../grid";
import { AliasTable, HeaderMatch, LabelRow, aliasIndex, findHeader } from "../header";
import { ChamberScheme } from "../scheme/schema";
import { Parsed, cellText, memoized, nfkc, normName, parseNumber } from "../text";

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

// ---------------------------------------------------------------- summary

export interface SummaryRow {
  row: number;
  name: string;
  key: string;
  nameAt: Pos;
  group: string | null;
  type: string | null;
  stated: Parsed;
  statedAt: Pos | null;
  sheetRef: string | null;
}

export interface SummarySheet {
  grid: Grid;
  header: HeaderMatch<SummaryField>;
  rows: SummaryRow[];
  /** Rows with content but no name. */
  nameless: number[];
  /** One past the last data row. */
  end: number;
}

export function readSummary(g: Grid, header: HeaderMatch<SummaryField>, resultCols: Set<number>): SummarySheet {
  const cols = header.cols;
  const nameCol = cols.name as number;
  const rows: SummaryRow[] = [];
  const nameless: number[] = [];
  const passive = new Set<number>(resultCols);
  if (cols.seq !== undefined) passive.add(cols.seq);
  if (cols.group !== undefined) passive.add(cols.group);
  let lastGroup: string | null = null;
  let row = header.row + 1;
  const end = rowEnd(g);
  for (; row < end; row++) {
    if (isRowEmpty(g, row)) break;
    const nameCell = cellAt(g, row, nameCol);
    let group: string | null = null;
    if (cols.group !== undefined) {
      const gv = mergedValue(g, row, cols.group);
      // A blank province cell under a filled one belongs to the same province (merged or not).
      group = isEmpty(gv) ? lastGroup : cellText(gv).trim();
      lastGroup = group;
    }
    if (totalKind(nameCell, cols.seq !== undefined ? cellAt(g, row, cols.seq) : null) !== null) continue;
    if (isEmpty(nameCell)) {
      if (hasContentBeyond(g, row, passive)) nameless.push(row);
      continue;
    }
    const name = cellText(nameCell).trim();
    const statedAt = cols.statedTotal !== undefined ? { row, col: cols.statedTotal } : null;
    rows.push({
      row,
      name,
      key: normName(name),
      nameAt: { row, col: nameCol },
      group,
      type: cols.type !== undefined ? textOrNull(cellAt(g, row, cols.type)) : null,
      stated: statedAt ? parseNumber(cellAt(g, row, statedAt.col)) : { kind: "missing" },
      statedAt,
      sheetRef: cols.sheetRef !== undefined ? textOrNull(cellAt(g, row, cols.sheetRef)) : null,
    });
  }
  return { grid: g, header, rows, nameless, end: row };
}

function hasContentBeyond(g: Grid, row: number, passive: Set<number>): boolean {
  const r = g.values[row - rowOffset(g)];
  if (!r) return false;
  const c0 = colOffset(g);
  for (let i = 0; i < r.length; i++) if (!passive.has(c0 + i) && !isEmpty(r[i])) return true;
  return false;
}

function textOrNull(v: Cell): string | null {
  return isEmpty(v) ? null : cellText(v).trim();
}

// ---------------------------------------------------------------- self-assessment

export interface Item {
  row: number;
  /** 序号 without markers, or the item text when there is none. */
  label: string;
  text: string;
  categoryText: string;
  category: string | null;
  categoryAt: Pos;
  max: number;
  maxAt: Pos;
  score: Parsed;
  scoreAt: Pos;
  veto: boolean;
  basic: boolean;
}

export interface StatedTotal {
  row: number;
  kind: "subtotal" | "total";
  category: string | null;
  value: Parsed;
  at: Pos;
}

export interface BadMax {
  at: Pos;
  item: string;
  value: string;
}

export interface SelfSheet {
  grid: Grid;
  header: HeaderMatch<SelfField>;
  chamber: string;
  key: string;
  /** Where the chamber name was found, or null when it is the sheet name. */
  chamberAt: Pos | null;
  items: Item[];
  stated: StatedTotal[];
  badMax: BadMax[];
}

const NAME_LABEL = /^商会名称(?:\([^()]*\))?[:：]?$/;
const NAME_INLINE = /^商会名称(?:\([^()]*\))?[:：](.+)$/;

/** 商会名称：X above the header, or 商会名称 then the next non-empty cell to its right. */
export function findChamberName(g: Grid, headerRow: number): { name: string; at: Pos } | null {
  const start = rowOffset(g);
  const c0 = colOffset(g);
  for (let row = start; row < headerRow; row++) {
    const r = g.values[row - start];
    if (!r) continue;
    for (let i = 0; i < r.length; i++) {
      const v = r[i];
      if (typeof v !== "string" || v === "") continue;
      const t = nfkc(v).trim();
      const compact = t.replace(/[\s\u3000]+/g, "");
      const inline = NAME_INLINE.exec(compact);
      if (inline) {
        const raw = t.slice(t.search(/[:：]/) + 1).trim();
        return { name: raw || inline[1], at: { row, col: c0 + i } };
      }
      if (NAME_LABEL.test(compact)) {
        for (let j = i + 1; j < r.length; j++) {
          if (!isEmpty(r[j])) return { name: cellText(r[j]).trim(), at: { row, col: c0 + j } };
        }
      }
    }
  }
  return null;
}

/** What reading a 自评表 needs from the scheme, prepared once per review. */
export interface SelfReader {
  scheme: ChamberScheme;
  /** Category cell text → scheme category, by containment; the longest name wins. */
  category: (text: string) => string | null;
  /** `一、政治引领好（125分）` as an item text: a section heading, not an item. */
  heading: (text: string) => string | null;
  veto: (s: string) => boolean;
  basic: (s: string) => boolean;
  /** Text without its `*`/`※` markers. */
  unmarked: (s: string) => string;
}

export function selfReader(scheme: ChamberScheme): SelfReader {
  const names = scheme.categories.map((c) => c.name).sort((a, b) => b.length - a.length);
  const normNames = names.map((n) => normName(n));
  const category = memoizedNullable((text: string) => {
    const t = normName(text);
    const i = normNames.findIndex((n) => t.includes(n));
    return i < 0 ? null : names[i];
  });
  const heading = memoizedNullable((text: string) => {
    if (text.length > 40 || category(text) === null) return null;
    const t = normName(text)
      .replace(/^[一二三四五六七八九十0-9]+[、.．]/, "")
      .replace(/\([^()]*\)$/, "");
    const i = normNames.indexOf(t);
    return i < 0 ? null : names[i];
  });
  const marks = (list: string[]) => [...new Set(list.flatMap((m) => [m, nfkc(m)]))];
  const veto = marks(scheme.markers.veto);
  const basic = marks(scheme.markers.basic);
  const all = [...veto, ...basic];
  const has = (list: string[]) => (s: string) => {
    if (s === "") return false;
    const n = nfkc(s);
    return list.some((m) => n.includes(m));
  };
  return {
    scheme,
    category,
    heading,
    veto: has(veto),
    basic: has(basic),
    unmarked: memoized((t) => {
      let out = nfkc(t);
      for (const m of all) if (out.includes(m)) out = out.split(m).join("");
      return out.trim();
    }),
  };
}

function memoizedNullable(f: (s: string) => string | null): (s: string) => string | null {
  const memo = new Map<string, string | null>();
  return (s: string) => {
    let v = memo.get(s);
    if (v === undefined) {
      v = f(s);
      if (memo.size > 100000) memo.clear();
      memo.set(s, v);
    }
    return v;
  };
}

export function readSelfSheet(g: Grid, header: HeaderMatch<SelfField>, rd: SelfReader): SelfSheet {
  const c = header.cols;
  const maxCol = c.max as number;
  const scoreCol = c.score as number;
  const itemCol = c.item as number;
  const catCol = c.category;
  const numCol = c.number;
  const found = findChamberName(g, header.row);
  const chamber = found ? found.name : g.name;
  const items: Item[] = [];
  const stated: StatedTotal[] = [];
  const badMax: BadMax[] = [];
  let catText = "";
  let category: string | null = null;
  let catAt: Pos = { row: header.row, col: catCol ?? itemCol };
  const end = rowEnd(g);
  for (let row = header.row + 1; row < end; row++) {
    if (isRowEmpty(g, row)) break;
    const numCell = numCol !== undefined ? cellAt(g, row, numCol) : null;
    const catCell = catCol !== undefined ? cellAt(g, row, catCol) : null;
    const itemCell = cellAt(g, row, itemCol);
    const kind = totalKind(numCell, catCell, itemCell);
    if (kind !== null) {
      const at = { row, col: scoreCol };
      stated.push({ row, kind, category: kind === "subtotal" ? category : null, value: parseNumber(cellAt(g, row, scoreCol)), at });
      continue;
    }
    // A blank category cell (merged or not) belongs to the category above.
    if (catCol !== undefined && !isEmpty(catCell)) {
      const text = cellText(catCell).trim();
      if (text !== catText) {
        catText = text;
        category = rd.category(text);
      }
      catAt = { row, col: catCol };
    }
    const text = isEmpty(itemCell) ? "" : cellText(itemCell).trim();
    if (text === "") continue;
    const heading = rd.heading(text);
    if (heading !== null) {
      catText = text;
      category = heading;
      catAt = { row, col: itemCol };
      continue;
    }
    const maxCell = cellAt(g, row, maxCol);
    const max = parseNumber(maxCell);
    if (max.kind !== "number" || !(max.value > 0)) {
      if (!isEmpty(maxCell) || !isEmpty(cellAt(g, row, scoreCol))) {
        badMax.push({ at: { row, col: maxCol }, item: text, value: cellText(maxCell) });
      }
      continue;
    }
    const numText = numCell === null || isEmpty(numCell) ? "" : cellText(numCell);
    const num = numText === "" ? "" : rd.unmarked(numText);
    items.push({
      row,
      label: num !== "" ? num : shorten(rd.unmarked(text)),
      text,
      categoryText: catText,
      category,
      categoryAt: catCol !== undefined ? catAt : { row, col: itemCol },
      max: max.value,
      maxAt: { row, col: maxCol },
      score: parseNumber(cellAt(g, row, scoreCol)),
      scoreAt: { row, col: scoreCol },
      veto: rd.veto(numText) || rd.veto(text),
      basic: rd.basic(numText) || rd.basic(text),
    });
  }
  return { grid: g, header, chamber, key: normName(chamber), chamberAt: found ? found.at : null, items, stated, badMax };
}

function shorten(t: string): string {
  return t.length > 20 ? t.slice(0, 20) + "…" : t;
}

// ---------------------------------------------------------------- quota

export interface QuotaRow {
  group: string;
  key: string;
  quota: Parsed;
  at: Pos;
}

export function readQuota(g: Grid, header: HeaderMatch<QuotaField>): QuotaRow[] {
  const out: QuotaRow[] = [];
  const gc = header.cols.group as number;
  const qc = header.cols.quota as number;
  const end = rowEnd(g);
  for (let row = header.row + 1; row < end; row++) {
    if (isRowEmpty(g, row)) break;
    const gv = cellAt(g, row, gc);
    if (isEmpty(gv) || totalKind(gv) !== null) continue;
    const group = cellText(gv).trim();
    out.push({ group, key: groupKey(group), quota: parseNumber(cellAt(g, row, qc)), at: { row, col: qc } });
  }
  return out;
}

const GROUP_SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|生产建设兵团|省|市)$/;

/** 四川 and 四川省 name the same province. */
export function groupKey(group: string): string {
  const n = normName(group);
  const stripped = n.replace(GROUP_SUFFIX, "");
  return stripped === "" ? n : stripped;
}

