/**
 * Sums and means of scores exact to the scores' decimal places (SPEC §3.4): one-decimal item
 * scores adding up to 350.0 give 350, never 349.99999999999994 — in the JSON, the pane and
 * every written cell, since they all take the core's number. Each value is taken in integer
 * units of the most decimal places among the values, the units are added as integers, and
 * the sum is divided once (a correctly rounded division of exact operands: the double nearest
 * the decimal sum).
 */

/** Beyond this many places a value is not a typed score; its sum is left to floating point. */
const MAX_PLACES = 9;

/** Decimal places of a number as JavaScript writes it shortest: 0.1 → 1, 12.345 → 3, 1.5e-7 → 8. */
export function decimalPlaces(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return 0;
  const s = String(x);
  const e = s.indexOf("e");
  const digits = e < 0 ? s : s.slice(0, e);
  const dot = digits.indexOf(".");
  const frac = dot < 0 ? 0 : digits.length - dot - 1;
  return Math.max(0, frac - (e < 0 ? 0 : Number(s.slice(e + 1))));
}

/** The sum of `xs`, exact to their decimal places. */
export function sumScores(xs: readonly number[]): number {
  let places = 0;
  let plain = 0;
  for (const x of xs) {
    plain += x;
    if (!Number.isInteger(x)) places = Math.max(places, decimalPlaces(x));
  }
  if (places === 0 || places > MAX_PLACES) return plain;
  const unit = 10 ** places;
  let units = 0;
  for (const x of xs) units += Math.round(x * unit);
  return Number.isSafeInteger(units) ? units / unit : plain;
}

/** The mean of `xs` from their exact sum (null for none). */
export function meanScores(xs: readonly number[]): number | null {
  return xs.length ? sumScores(xs) / xs.length : null;
}
