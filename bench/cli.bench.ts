/**
 * The command line at national scale, run as the real built program in a child process:
 * `consolidate` of 1,500 single-chamber workbooks and `check` of the 1,500-chamber
 * workbook. Wall-clock seconds (node start-up included), the child's CPU seconds (steadier
 * than wall time on a shared machine) and its peak RSS.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { PlanValue, SheetSpec } from "../src/core";
import { createXlsx } from "../src/xlsx";
import { nationalSheets } from "./national";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "review-assistant.js");

/** Preloaded into the child: on exit, its own peak RSS (kB) and CPU time (µs) go to the file named in the environment. */
const HOOK = `process.on("exit", () => {
  const u = process.resourceUsage();
  require("fs").writeFileSync(process.env.RA_MAXRSS_FILE, JSON.stringify([u.maxRSS, u.userCPUTime + u.systemCPUTime]));
});
`;

export interface Run {
  seconds: number;
  cpu: number;
  peakMb: number;
  code: number | null;
}

export function measure(dir: string, args: string[], entry = BIN): Run {
  const hook = join(dir, "maxrss-hook.js");
  const rssFile = join(dir, "maxrss.txt");
  writeFileSync(hook, HOOK);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", hook, entry, ...args], {
    cwd: dir,
    env: { ...process.env, RA_MAXRSS_FILE: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status === 2 || r.status === null) throw new Error(`review-assistant ${args.join(" ")} failed:\n${r.stderr.toString()}`);
  const [rss, cpu] = JSON.parse(readFileSync(rssFile, "utf8")) as [number, number];
  return { seconds, cpu: cpu / 1e6, peakMb: rss / 1024, code: r.status };
}

/** One workbook per chamber, two in three with a one-row summary giving the province. */
export function writeSingles(dir: string, n: number): void {
  const specs = nationalSheets(n);
  const summary = specs[0].values;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const self = specs[2 + i];
    const row = summary[2 + i];
    const sheets: SheetSpec[] = [];
    if (i % 3 !== 2) {
      const values: PlanValue[][] = [["序号", "省份", "商会名称", "自评分"], [1, row[1], row[2], row[4]]];
      sheets.push({ name: "推荐表", values, merges: [], widths: [] });
    }
    sheets.push({ ...self, name: "自评表" });
    writeFileSync(join(dir, `${String(i + 1).padStart(4, "0")}.xlsx`), createXlsx(sheets));
  }
}

export async function run(): Promise<void> {
  const n = 1500;
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")], {
    stdio: "inherit",
  });
  const dir = mkdtempSync(join(tmpdir(), "ra-cli-bench-"));
  try {
    const singles = join(dir, "chambers");
    writeSingles(singles, n);
    const national = join(dir, "national.xlsx");
    writeFileSync(national, createXlsx(nationalSheets(n)));
    const mb = (p: string) => (statSync(p).size / 1024 / 1024).toFixed(1);

    const c = measure(dir, ["consolidate", singles, "-o", join(dir, "all.xlsx"), "--quota", "40"]);
    console.log(
      `  consolidate ${n} single-chamber workbooks → one (${mb(join(dir, "all.xlsx"))} MB): ` +
        `${c.seconds.toFixed(2)} s (CPU ${c.cpu.toFixed(2)} s), peak RSS ${c.peakMb.toFixed(0)} MB (exit ${c.code})`,
    );
    const k = measure(dir, ["check", national]);
    console.log(
      `  check national workbook, ${n} chambers (${mb(national)} MB): ${k.seconds.toFixed(2)} s (CPU ${k.cpu.toFixed(2)} s), peak RSS ${k.peakMb.toFixed(0)} MB (exit ${k.code})`,
    );
    // The same workbook with one value at XFD1048576 on a 自评表: sparse grids make it cost nothing.
    const far = join(dir, "national-far-cell.xlsx");
    const parts = unzipSync(new Uint8Array(readFileSync(national)));
    const self = "xl/worksheets/sheet3.xml";
    parts[self] = strToU8(strFromU8(parts[self]).replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
    writeFileSync(far, zipSync(parts));
    const f = measure(dir, ["check", far]);
    console.log(
      `  check national workbook + one cell at XFD1048576: ${f.seconds.toFixed(2)} s (CPU ${f.cpu.toFixed(2)} s, ×${(f.cpu / k.cpu).toFixed(2)} of the above), ` +
        `peak RSS ${f.peakMb.toFixed(0)} MB (exit ${f.code})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
