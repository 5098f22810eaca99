/**
 * Same results before and after a change to the reader or writer: runs a built CLI on the
 * bundled samples and on generated national workbooks, and keeps what it printed and wrote.
 *
 *   tsx bench/sameOutput.ts run <cli index.js> <folder>     record one build's outputs
 *   tsx bench/sameOutput.ts compare <folder A> <folder B>   stdout, stderr, exit codes, and
 *                                                             every part of every written file
 *
 * The clock is fixed in the child (the report sheet carries the date), so equal runs are equal.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join, relative, resolve } from "path";
import { unzipSync } from "fflate";
import { createXlsx } from "../src/xlsx";
import { nationalSheets } from "./national";
import { writeSingles } from "./cli.bench";
import { chuangxinSheets } from "../scripts/samples/chuangxin";

const ROOT = join(__dirname, "..");
const INPUTS = join(ROOT, ".tmp", "same-inputs");

const FIXED_CLOCK = `const RealDate = Date;
class FixedDate extends RealDate { constructor(...a) { if (a.length) super(...a); else super(Date.UTC(2026, 11, 2, 8, 0, 0)); } static now() { return Date.UTC(2026, 11, 2, 8, 0, 0); } }
global.Date = FixedDate;
`;

/** 创新中国 as experts send it: one workbook per expert, the case list in the first. */
function expertBooks(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const [cases, ...experts] = chuangxinSheets();
  experts.forEach((e, i) => writeFileSync(join(dir, `${e.name}.xlsx`), createXlsx(i === 0 ? [cases, { ...e, name: "专家评分表" }] : [{ ...e, name: "专家评分表" }])));
}

function inputs(): void {
  if (!existsSync(join(INPUTS, "experts"))) expertBooks(join(INPUTS, "experts"));
  if (existsSync(join(INPUTS, "ready"))) return;
  mkdirSync(INPUTS, { recursive: true });
  writeFileSync(join(INPUTS, "national-150.xlsx"), createXlsx(nationalSheets(150)));
  writeFileSync(join(INPUTS, "national-defects.xlsx"), createXlsx(nationalSheets(60, { defectRate: 0.3 })));
  writeSingles(join(INPUTS, "singles"), 40);
  writeFileSync(join(INPUTS, "ready"), "");
}

/** Each case: a name and the arguments; `{out}` is the case's output file. */
const CASES: [string, string[]][] = [
  ["check-sihao-json", ["check", "samples/sihao-province.xlsx", "--json"]],
  ["check-sihao", ["check", "samples/sihao-province.xlsx"]],
  ["check-chuangxin-json", ["check", "samples/chuangxin-cases.xlsx", "--json"]],
  ["fill-sihao", ["fill", "samples/sihao-province.xlsx", "-o", "{out}.xlsx", "--json"]],
  ["fill-chuangxin", ["fill", "samples/chuangxin-cases.xlsx", "-o", "{out}.xlsx", "--json"]],
  ["consolidate-samples", ["consolidate", "samples/consolidate", "-o", "{out}.xlsx", "--json"]],
  ["check-national-json", ["check", `${INPUTS}/national-150.xlsx`, "--json"]],
  ["fill-national", ["fill", `${INPUTS}/national-150.xlsx`, "-o", "{out}.xlsx", "--json"]],
  ["fill-defects", ["fill", `${INPUTS}/national-defects.xlsx`, "-o", "{out}.xlsx", "--json", "--fill-subtotals"]],
  ["consolidate-singles", ["consolidate", `${INPUTS}/singles`, "-o", "{out}.xlsx", "--json", "--quota", "3"]],
  ["consolidate-singles-en", ["consolidate", `${INPUTS}/singles`, "-o", "{out}.xlsx", "--lang", "en"]],
  ["consolidate-experts", ["consolidate", `${INPUTS}/experts`, "-o", "{out}.xlsx", "--json"]],
];

function record(entry: string, dir: string): void {
  inputs();
  mkdirSync(dir, { recursive: true });
  const clock = join(dir, "fixed-clock.js");
  writeFileSync(clock, FIXED_CLOCK);
  for (const [name, args] of CASES) {
    const out = join(dir, name);
    const r = spawnSync(process.execPath, ["-r", clock, entry, ...args.map((a) => a.replace("{out}", out))], { cwd: ROOT, maxBuffer: 256 << 20 });
    // Where the output went differs between runs: the folder name is put back to a placeholder.
    const clean = (b: Buffer) => b.toString("utf8").split(dir).join("<out>").split(relative(ROOT, dir)).join("<out>");
    writeFileSync(`${out}.stdout`, clean(r.stdout));
    writeFileSync(`${out}.stderr`, clean(r.stderr));
    writeFileSync(`${out}.code`, String(r.status));
    console.log(`  ${name}: exit ${r.status}`);
  }
}

/** Equal bytes; the memo's custom XML properties carry a random item id, which is left out. */
function samePart(name: string, x: Uint8Array, y: Uint8Array): boolean {
  if (Buffer.compare(Buffer.from(x), Buffer.from(y)) === 0) return true;
  if (!/itemProps\d+\.xml$/.test(name)) return false;
  const id = (u: Uint8Array) => Buffer.from(u).toString("utf8").replace(/itemID="\{[0-9A-F-]+\}"/, 'itemID="{}"');
  return id(x) === id(y);
}

function compare(a: string, b: string): number {
  let bad = 0;
  const files = readdirSync(a).filter((f) => f !== "fixed-clock.js");
  for (const f of files) {
    const pa = join(a, f);
    const pb = join(b, f);
    if (!existsSync(pb)) {
      console.log(`  missing in B: ${f}`);
      bad++;
      continue;
    }
    const x = readFileSync(pa);
    const y = readFileSync(pb);
    if (!f.endsWith(".xlsx")) {
      if (!x.equals(y)) {
        console.log(`  differs: ${f}`);
        bad++;
      }
      continue;
    }
    const px = unzipSync(new Uint8Array(x));
    const py = unzipSync(new Uint8Array(y));
    const names = [...new Set([...Object.keys(px), ...Object.keys(py)])];
    const diff = names.filter((n) => !px[n] || !py[n] || !samePart(n, px[n], py[n]));
    const order = Object.keys(px).join("\n") === Object.keys(py).join("\n");
    if (diff.length || !order) {
      console.log(`  differs: ${f}: ${diff.length ? diff.join(", ") : "part order"}`);
      bad++;
    }
  }
  console.log(bad ? `${bad} differences` : `all ${files.length} outputs identical (xlsx compared part by part)`);
  return bad ? 1 : 0;
}

const [cmd, x, y] = process.argv.slice(2);
if (cmd === "run") record(resolve(x), resolve(y));
else if (cmd === "compare") process.exit(compare(resolve(x), resolve(y)));
else {
  console.error("usage: tsx bench/sameOutput.ts run <cli index.js> <folder> | compare <folder A> <folder B>");
  process.exit(2);
}
