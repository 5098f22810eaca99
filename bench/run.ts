/**
 * `npm run bench`: every benchmark of the project, one after the other, in one process.
 * Each part prints its own figures; ratios are against baselines run in the same process.
 */
import { existsSync } from "fs";
import { join } from "path";

const PARTS = [
  ["core.bench.ts", "engine (SPEC §3) on the national-scale workbook"],
  ["cli.bench.ts", "CLI: check and consolidate"],
  ["legacy.bench.ts", "CLI: .xls and .ods against .xlsx (national workbook, start-up)"],
  ["sheetRead.bench.ts", "sheet XML alone: the national and the 66,000-issue workbook read into grids and indexed"],
  ["scale.bench.ts", "CLI at 150 / 1,500 chambers against the inflate floor (15,000 with RA_BENCH_HUGE=1)"],
  ["panel.bench.ts", "expert panel (创新中国): statistics, normalisation, scoring sheets"],
  ["excel.bench.ts", "Office.js adapter through the real runtime"],
  ["intake.bench.ts", "导入工作簿 in the pane: 60 chambers' workbooks, then 校验 and 填写结果"],
  ["bundle.bench.ts", "task pane bundle size"],
  ["pane.bench.ts", "task pane in Chromium at national scale"],
] as const;

async function main() {
  const only = process.argv.slice(2);
  for (const [file, what] of PARTS) {
    if (only.length && !only.some((o) => file.startsWith(o))) continue;
    const path = join(__dirname, file);
    console.log(`\n=== ${what} (${file}) ===`);
    if (!existsSync(path)) {
      console.log("  (not present)");
      continue;
    }
    const mod = (await import(path)) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
