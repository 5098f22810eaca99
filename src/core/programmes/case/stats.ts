/**
 * The numbers behind the panel table and normalisation (SPEC §4.3), with no knowledge of
 * sheets or issues. Experts and cases are plain indices; docs/user-guide.md "The expert panel" explains
 * every formula with a worked example.
 */
import { meanScores } from "../../kernel/decimal";
import { roundTo } from "../../kernel/text";

/** One counted total: expert `expert` gave case `item` the total `total`. */
export interface Observation {
  expert: number;
  item: number;
  total: number;
}

export interface Spread {
  n: number;
  mean: number;
  /** Population standard deviation (Excel STDEV.P): the spread of the totals the expert gave. */
  sd: number;
}

/** Totals are sums of one-decimal scores; a spread below this is no spread (float noise). */
const FLAT = 1e-9;

export function spread(xs: readonly number[]): Spread | null {
  if (!xs.length) return null;
  const mean = meanScores(xs)!;
  const v = xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / xs.length;
  return { n: xs.length, mean, sd: Math.sqrt(v) };
}

export function isFlat(s: Spread): boolean {
  return s.sd < FLAT;
}

/** Pearson's correlation; null with fewer than 3 pairs (always ±1 with 2) or when a side does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3 || ys.length !== n) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx < FLAT || syy < FLAT) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

export interface Agreement {
  /** Cases this expert scored that at least one other expert scored too. */
  shared: number;
  correlation: number | null;
}

/**
 * Leave-one-out agreement: for every case an expert shares with others, their total against
 * the mean of the other experts' totals for that case, correlated over those cases. The
 * expert's own total is left out of the comparison, so it cannot agree with itself.
 */
export function leaveOneOut(obs: readonly Observation[], experts: number): Agreement[] {
  const sum = new Map<number, number>();
  const count = new Map<number, number>();
  for (const o of obs) {
    sum.set(o.item, (sum.get(o.item) ?? 0) + o.total);
    count.set(o.item, (count.get(o.item) ?? 0) + 1);
  }
  const own: number[][] = Array.from({ length: experts }, () => []);
  const others: number[][] = Array.from({ length: experts }, () => []);
  for (const o of obs) {
    const c = count.get(o.item)!;
    if (c < 2) continue;
    own[o.expert].push(o.total);
    others[o.expert].push((sum.get(o.item)! - o.total) / (c - 1));
  }
  return own.map((xs, i) => ({ shared: xs.length, correlation: pearson(xs, others[i]) }));
}

export interface Normalised {
  /** Per case: the mean of its z-scores mapped onto the raw scores' range, 2 decimals. */
  scores: Map<number, number>;
  /** Experts whose totals do not vary: their z-scores are 0. */
  flat: { expert: number; n: number; value: number }[];
}

/**
 * z-score normalisation: each expert's totals standardised over the totals given here (z =
 * (total − their mean) / their SD, 0 when they do not vary), a case's z the mean of its
 * experts' z, then mapped linearly so that the lowest case z lands on the lowest raw case
 * score and the highest on the highest.
 */
export function normalise(kept: readonly Observation[], raw: ReadonlyMap<number, number>, experts: number): Normalised {
  const byExpert: number[][] = Array.from({ length: experts }, () => []);
  for (const o of kept) byExpert[o.expert].push(o.total);
  const spreads = byExpert.map(spread);
  const flat: Normalised["flat"] = [];
  spreads.forEach((s, expert) => {
    if (s && isFlat(s)) flat.push({ expert, n: s.n, value: s.mean });
  });
  const zSum = new Map<number, number>();
  const zCount = new Map<number, number>();
  for (const o of kept) {
    const s = spreads[o.expert]!;
    const z = isFlat(s) ? 0 : (o.total - s.mean) / s.sd;
    zSum.set(o.item, (zSum.get(o.item) ?? 0) + z);
    zCount.set(o.item, (zCount.get(o.item) ?? 0) + 1);
  }
  const zBar = new Map<number, number>();
  for (const [item, z] of zSum) if (raw.has(item)) zBar.set(item, z / zCount.get(item)!);
  return { scores: mapOnto(zBar, raw), flat };
}

/**
 * Linear map of `z` onto [min raw, max raw] of the same cases. When every case has the same
 * z (one case, or no differences), each gets the middle of the raw range.
 */
export function mapOnto(z: ReadonlyMap<number, number>, raw: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  if (!z.size) return out;
  let zMin = Infinity;
  let zMax = -Infinity;
  let rMin = Infinity;
  let rMax = -Infinity;
  for (const [item, v] of z) {
    const r = raw.get(item)!;
    zMin = Math.min(zMin, v);
    zMax = Math.max(zMax, v);
    rMin = Math.min(rMin, r);
    rMax = Math.max(rMax, r);
  }
  const width = zMax - zMin;
  for (const [item, v] of z) {
    const mapped = width < FLAT ? (rMin + rMax) / 2 : rMin + ((v - zMin) / width) * (rMax - rMin);
    out.set(item, roundTo(mapped, 2));
  }
  return out;
}
