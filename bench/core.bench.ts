/** Engine cost on the national-scale workbook (1,500 chambers) and at 10× (15,000). */
import { buildWritePlan, review } from "../src/core";
import { nationalSheets, specsToGrids } from "./national";

function timeIt(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function run(): Promise<void> {
  const sizes = [1500, 15000];
  const results: { n: number; ms: number; planMs: number }[] = [];
  for (const n of sizes) {
    const grids = specsToGrids(nationalSheets(n));
    const warm = review(grids);
    const ms = timeIt(() => review(grids), n > 5000 ? 3 : 7);
    const planMs = timeIt(() => buildWritePlan(warm, { now: new Date() }), 5);
    results.push({ n, ms, planMs });
    console.log(
      `  ${n} chambers × 44 items, 31 groups: review ${ms.toFixed(1)} ms (median), write plan ${planMs.toFixed(1)} ms; ` +
        `${warm.counts.qualified} qualified, ${warm.counts.disqualified} disqualified, ${warm.counts.pending} pending, ${warm.issues.length} issues`,
    );
  }
  const [a, b] = results;
  console.log(`  ratio 10× / 1×: review ${(b.ms / a.ms).toFixed(2)} (linear = 10), write plan ${(b.planMs / a.planMs).toFixed(2)}`);
  console.log(`  target: 1,500 under 200 ms — ${a.ms < 200 ? "met" : "NOT met"}`);
}
