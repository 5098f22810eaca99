import { Cell, isErrorValue } from "./grid";

const WS = /[\s\u3000\u00a0\u200b\ufeff]+/g;

export function nfkc(s: string): string {
  return s.normalize("NFKC");
}

export function cellText(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** NFKC and no whitespace at all: how names are compared. */
export function normName(v: Cell): string {
  const s = cellText(v);
  if (s === "") return "";
  return nfkc(s).replace(WS, "");
}

/** Header form: normName without one trailing parenthesised unit (`自评分（分）` → `自评分`). */
export function normHeader(v: Cell): string {
  const s = normName(v);
  const stripped = s.replace(/\([^()]*\)$/, "");
  return stripped === "" ? s : stripped;
}

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
