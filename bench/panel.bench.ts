/**
 * The expert panel (创新中国): a review of 180 cases × 7 experts and 10× that (1,800 cases),
 * with and without z-score normalisation, and writing the 7 scoring workbooks. Ratios are
 * against the plain review run in the same process.
 */
import { CaseScheme, Grid, builtinScheme, gridFromValues, loadScheme, review } from "../src/core";
import { caseListing, expertSheets } from "../src/core/testing";
import { createXlsx } from "../src/xlsx";
import { rng } from "../scripts/samples/scores";

const EXPERTS = ["张伟", "李娜", "王强", "刘洋", "陈静", "赵敏", "孙磊"];
const CATEGORIES = ["省级工商联", "地市级工商联", "区县级工商联", "行业商会"];

/** A case list and one sheet per expert; each expert has a leniency, some noise, and a few 回避. */
export function panel(n: number, seed = 20211115): Grid[] {
  const rand = rng(seed);
  const cases: (string | number)[][] = [["序号", "案例名称", "完成单位", "推介类别", "推荐单位", "订阅份数"]];
  const quality: number[] = [];
  for (let i = 0; i < n; i++) {
    cases.push([i + 1, `案例${i + 1}：工作创新实践`, `单位${i + 1}`, CATEGORIES[i % 4], `推荐单位${i + 1}`, 30 + (i % 40)]);
    quality.push(60 + rand() * 30);
  }
  const experts = EXPERTS.map((name, e) => {
    const lean = (e - 3) * 2;
    const rows: (string | number | null)[][] = [[`专家：${name}`], ["序号", "案例名称", "创新特性", "典型意义", "实践成果"]];
    for (let i = 0; i < n; i++) {
      if (rand() < 0.01) {
        rows.push([i + 1, `案例${i + 1}：工作创新实践`, "回避", "回避", "回避"]);
        continue;
      }
      const total = Math.max(0, Math.min(100, quality[i] + lean + (rand() - 0.5) * 8));
      const a = Math.round(total * 0.4 * 10) / 10;
      const b = Math.round(total * 0.3 * 10) / 10;
      rows.push([i + 1, `案例${i + 1}：工作创新实践`, a, b, Math.round((total - a - b) * 10) / 10]);
    }
    return gridFromValues(`专家${e + 1}`, rows);
  });
  return [gridFromValues("推介汇总表", cases), ...experts];
}

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function ms(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Medians of `a` and `b` run in turns, after a warm-up of each, so neither gains from going second. */
function paired(a: () => void, b: () => void, runs: number): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(ms(a));
    tb.push(ms(b));
  }
  return [mid(ta), mid(tb)];
}

export async function run(): Promise<void> {
  const plain = builtinScheme("chuangxin-2021") as CaseScheme;
  const loaded = await loadScheme({ extends: "chuangxin-2021", normalize: "zscore" });
  if (!loaded.ok) throw new Error("scheme");
  const zscore = loaded.scheme as CaseScheme;
  const rows: { n: number; plain: number; z: number }[] = [];
  for (const n of [180, 1800]) {
    const grids = panel(n);
    const [a, b] = paired(() => review(grids, { scheme: plain }), () => review(grids, { scheme: zscore }), n > 1000 ? 7 : 21);
    rows.push({ n, plain: a, z: b });
    const r = review(grids, { scheme: zscore });
    const flagged = r.experts!.filter((x) => x.inconsistent).length;
    console.log(
      `  ${n} cases × 7 experts: review ${a.toFixed(1)} ms, with normalisation ${b.toFixed(1)} ms (×${(b / a).toFixed(2)}); ` +
        `${r.counts.qualified} qualified, ${r.issues.length} issues, ${flagged} expert(s) flagged`,
    );
  }
  const [s, l] = rows;
  console.log(`  ratio 10× / 1×: plain ${(l.plain / s.plain).toFixed(2)}, normalised ${(l.z / s.z).toFixed(2)} (linear = 10)`);
  for (const n of [180, 1800]) {
    const listing = caseListing(panel(n), plain)!;
    let bytes = 0;
    const write = () => {
      bytes = 0;
      for (const spec of expertSheets(plain, listing, EXPERTS)) bytes += createXlsx([spec]).length;
    };
    write();
    const t = mid(Array.from({ length: n > 1000 ? 3 : 7 }, () => ms(write)));
    console.log(`  scoring workbooks for 7 experts × ${n} cases: ${t.toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB in all`);
  }
}
