import { Cell, isErrorValue } from "./grid";

const WS = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/**
 * Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab, LF and
 * CR, U+FFFE, U+FFFF and unpaired surrogates. One of them makes the whole part unreadable.
 */
// eslint-disable-next-line no-control-regex
export const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Characters NFKC leaves alone that are common in these workbooks (checked by a test). */
const STABLE = new Set([0x3001, 0x3002, 0x201c, 0x201d, 0x2018, 0x2019, 0x300a, 0x300b, 0x3010, 0x3011, 0x00b7, 0x2014, 0x203b]);

/** True when NFKC could change the string; most text here is ASCII and CJK ideographs. */
export function mayChangeUnderNfkc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || STABLE.has(c)) continue;
    return true;
  }
  return false;
}

/** Item texts repeat across hundreds of sheets: each string function remembers its answers. */
export function memoized(f: (s: string) => string, max = 100000): (s: string) => string {
  const memo = new Map<string, string>();
  return (s: string) => {
    let v = memo.get(s);
    if (v === undefined) {
      v = f(s);
      if (memo.size >= max) memo.clear();
      memo.set(s, v);
    }
    return v;
  };
}

const nfkcSlow = memoized((x) => x.normalize("NFKC"));

export function nfkc(s: string): string {
  return mayChangeUnderNfkc(s) ? nfkcSlow(s) : s;
}

export function cellText(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

const normNameText = memoized((x) => nfkc(x).replace(WS, ""));

/** NFKC and no whitespace at all: how names are compared. */
export function normName(v: Cell): string {
  const s = cellText(v);
  if (s === "") return "";
  return normNameText(s);
}

/** Header form: normName without one trailing parenthesised unit (`自评分（分）` → `自评分`). */
export function normHeader(v: Cell): string {
  const s = normName(v);
  return s === "" ? s : headerText(s);
}

const headerText = memoized((s) => {
  const stripped = s.replace(/\([^()]*\)$/, "");
  return stripped === "" ? s : stripped;
});

export type Parsed =
  | { kind: "number"; value: number }
  | { kind: "missing" }
  | { kind: "error"; code: string }
  | { kind: "text"; text: string };

const NUM = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** SPEC §2 numbers: a numeric cell, or decimal text optionally followed by 分. */
export function parseNumber(v: Cell): Parsed {
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "text", text: String(v) };
  if (v === null || v === undefined) return { kind: "missing" };
  if (typeof v === "boolean") return { kind: "text", text: v ? "TRUE" : "FALSE" };
  if (isErrorValue(v)) return { kind: "error", code: v };
  const t = nfkc(v).replace(WS, " ").trim();
  if (t === "") return { kind: "missing" };
  const body = t.replace(/\s*分$/, "");
  if (NUM.test(body)) return { kind: "number", value: parseFloat(body) };
  return { kind: "text", text: v };
}

/** More than one decimal place, ignoring binary floating-point noise. */
export function hasExtraPrecision(x: number): boolean {
  const scaled = x * 10;
  return Math.abs(scaled - Math.round(scaled)) > 1e-7 * Math.max(1, Math.abs(scaled));
}

export function roundTo(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f;
}

/** Totals are sums of one-decimal scores: compare them after rounding away float noise. */
export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

export function formatScore(x: number): string {
  return String(roundTo(x, 6));
}

/** A parsed cell as a message shows it: numbers plainly, text in quotes. */
export function shownValue(p: Parsed): string {
  switch (p.kind) {
    case "number":
      return formatScore(p.value);
    case "error":
      return p.code;
    case "text":
      return `"${p.text}"`;
    default:
      return "";
  }
}

// Rows that state totals (SPEC §2, §3.2), in every programme's sheets.
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
