/** Self-assessment scores for the samples: plausible, deterministic, adding up to a chosen total. */
import { PlanValue } from "../../src/core";
import { SIHAO_SAMPLE_ITEMS } from "../../src/core/testing";

export type Scores = Map<number, PlanValue>;

/** Small seeded PRNG (mulberry32), so every run writes the same samples. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Full marks, then `fixed` by item number, then points taken off unmarked items (a few at
 * a time, in a seeded order) until the numeric scores add up to `total`.
 */
export function scoresTotalling(total: number, seed: number, fixed: Record<number, PlanValue> = {}): Scores {
  const m: Scores = new Map();
  for (const it of SIHAO_SAMPLE_ITEMS) m.set(it.no, it.max);
  for (const [k, v] of Object.entries(fixed)) m.set(Number(k), v);
  let off = Math.round((sumOf(m) - total) * 10) / 10;
  const rand = rng(seed);
  const free = SIHAO_SAMPLE_ITEMS.filter((it) => it.mark === "" && !(it.no in fixed)).map((it) => it.no);
  for (let guard = 0; off > 0 && guard < 10000; guard++) {
    const no = free[Math.floor(rand() * free.length)];
    const cur = m.get(no) as number;
    // Keep every item above a third of its maximum: a real chamber rarely scores lower.
    const floor = Math.ceil((SIHAO_SAMPLE_ITEMS[no - 1].max / 3) * 10) / 10;
    const take = Math.min(off, cur - floor, 1 + Math.floor(rand() * 3));
    if (take <= 0) continue;
    m.set(no, Math.round((cur - take) * 10) / 10);
    off = Math.round((off - take) * 10) / 10;
  }
  if (off !== 0) throw new Error(`cannot reach ${total}`);
  return m;
}

/** The numeric sum of a score map (text scores such as `１２．５分` count at their value). */
export function sumOf(m: Scores): number {
  let sum = 0;
  for (const v of m.values()) sum += valueOf(v);
  return Math.round(sum * 10) / 10;
}

function valueOf(v: PlanValue): number {
  if (typeof v === "number") return v;
  return typeof v === "string" ? parseFloat(v.normalize("NFKC")) || 0 : 0;
}
