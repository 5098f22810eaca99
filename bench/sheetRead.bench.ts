/**
 * The sheet reader alone: every worksheet part of the national workbook (1,500 chambers) and
 * of the 66,000-issue one (every score with two decimals) read into grids, and indexed for
 * patching as `fill` does. It runs the compiled CLI's modules (as `check` and `fill` run them)
 * in a child process; the parts are inflated and decoded beforehand, so only the reading of
 * their XML is timed. CPU time, median of seven runs each.
 *
 * `RA_BENCH_DIST=<folder holding src/xlsx>` measures another build (an earlier one, for before/after).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createXlsx } from "../src/xlsx";
import { nationalSheets } from "./national";

const ROOT = join(__dirname, "..");

const CHILD = `const { readFileSync } = require("fs");
const { unzipSync } = require(process.argv[4]);
const { readSharedStrings, readSheet } = require(process.argv[2] + "/src/xlsx/read.js");
const { indexSheet } = require(process.argv[2] + "/src/xlsx/sheetIndex.js");
const files = unzipSync(readFileSync(process.argv[3]));
const dec = new TextDecoder();
const sheets = Object.keys(files).filter((n) => /^xl\\/worksheets\\/sheet\\d+\\.xml$/.test(n)).map((n) => [n, dec.decode(files[n])]);
const sstPart = files["xl/sharedStrings.xml"];
const sst = sstPart ? readSharedStrings(dec.decode(sstPart), "xl/sharedStrings.xml") : [];
const read = () => { const pool = new Map(); for (const [part, text] of sheets) readSheet(text, { part, sheet: part, sst, pool }); };
const index = () => { for (const [part, text] of sheets) indexSheet(text, part, part); };
// CPU time: steadier than wall time on a shared machine.
function median(fn) {
  const t = [];
  for (let i = 0; i < 7; i++) { const c = process.cpuUsage(); fn(); const d = process.cpuUsage(c); t.push((d.user + d.system) / 1000); }
  return t.sort((a, b) => a - b)[3];
}
read(); index();
const r = median(read);
const x = median(index);
process.stdout.write(JSON.stringify({ sheets: sheets.length, chars: sheets.reduce((n, s) => n + s[1].length, 0), read: r, index: x }));
`;

export async function run(): Promise<void> {
  const custom = process.env.RA_BENCH_DIST;
  if (!custom) execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { stdio: "inherit" });
  const dist = custom ?? join(ROOT, "dist", "cli");
  const dir = mkdtempSync(join(tmpdir(), "ra-read-bench-"));
  try {
    const child = join(dir, "child.js");
    writeFileSync(child, CHILD);
    for (const [what, opts] of [
      ["national workbook", {}],
      ["66,000-issue workbook", { everyItemWarns: true }],
    ] as const) {
      const book = join(dir, "book.xlsx");
      writeFileSync(book, createXlsx(nationalSheets(1500, opts)));
      const out = execFileSync(process.execPath, [child, dist, book, require.resolve("fflate")], { maxBuffer: 1 << 20 }).toString();
      const r = JSON.parse(out) as { sheets: number; chars: number; read: number; index: number };
      console.log(
        `  ${what} (${r.sheets} sheets, ${(r.chars / 1048576).toFixed(1)} M chars): read ${r.read.toFixed(0)} ms, index ${r.index.toFixed(0)} ms (CPU, median of 7)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
