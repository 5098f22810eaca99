/**
 * What to send so that Excel stores exactly the intended value. Excel parses what an add-in
 * sets through `values`/`formulas` as if typed: `=…` (and `+ - @`) become formulas, "12" a
 * number, "2020-10-15" a date, "TRUE" a boolean. A leading apostrophe — Excel's documented
 * way to enter text as text — keeps the string literal; it is not part of the stored value.
 */
import type { PlanValue } from "../core";

/** Strings Excel could turn into something else: formulas, numbers, dates, times, booleans, errors. */
export function needsQuote(s: string): boolean {
  const t = s.trim();
  if (t === "") return s !== "";
  return (
    /^[=+\-@'#.(（$¥￥€£0-9０-９＋－＝＠＃]/.test(t) ||
    /^(true|false)$/i.test(t) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s.,/-]*\d/i.test(t)
  );
}

/** A plan value as Excel input: text stays text, null clears the cell (a null entry would leave it unchanged). */
export function toInput(v: PlanValue): string | number {
  if (v === null) return "";
  if (typeof v === "number") return v;
  return needsQuote(v) ? `'${v}` : v;
}

export type Input = string | number | boolean;

/** The value a cell read as an input holds: text without the apostrophe that keeps it text. */
export function inputValue(v: Input): string | number | boolean {
  return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

/**
 * The input that puts a cell back as it was read. `formulas` shows a formula where there is
 * one and the value otherwise (text without its apostrophe), so a formula is recognised by
 * differing from the value; error values are re-entered as typed (`#N/A`), text is quoted.
 */
export function restoreInput(value: unknown, formula: unknown, valueType?: string): Input {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  const s = String(value);
  if (valueType === "Error") return s;
  return needsQuote(s) ? `'${s}` : s;
}
