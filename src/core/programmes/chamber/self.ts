/** 自评表: one per chamber, in every legal layout (SPEC §3.2). */
import { Grid, Pos, cellAt, isEmpty, isRowEmpty, rowEnd, rowsIn } from "../../kernel/grid";
import { HeaderMatch } from "../../kernel/header";
import type { ChamberScheme } from "./scheme";
import { Parsed, cellText, memoized, nfkc, normName, parseNumber, totalKind } from "../../kernel/text";
import { SelfField } from "./headers";

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
export function findChamberName(g: Grid, headerTop: number): { name: string; at: Pos } | null {
  for (const r of rowsIn(g, 0, headerTop)) {
    const row = r.row;
    for (let i = 0; i < r.cols.length; i++) {
      const v = r.values[i];
      if (typeof v !== "string" || v === "") continue;
      const t = nfkc(v).trim();
      const compact = t.replace(/[\s\u3000]+/g, "");
      const inline = NAME_INLINE.exec(compact);
      if (inline) {
        const raw = t.slice(t.search(/[:：]/) + 1).trim();
        return { name: raw || inline[1], at: { row, col: r.cols[i] } };
      }
      if (NAME_LABEL.test(compact)) {
        for (let j = i + 1; j < r.cols.length; j++) {
          if (isEmpty(r.values[j])) continue;
          // `商会名称：  联系人：张三`: the next label is not the name; the name is blank.
          if (/[:：]\s*$/.test(cellText(r.values[j]))) break;
          return { name: cellText(r.values[j]).trim(), at: { row, col: r.cols[j] } };
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
  // Asked of every item of every 自评表: a plain loop, no closure made per call.
  const has = (list: string[]) => (s: string) => {
    if (s === "") return false;
    const n = nfkc(s);
    for (let i = 0; i < list.length; i++) if (n.includes(list[i])) return true;
    return false;
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
  const found = findChamberName(g, header.top);
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
