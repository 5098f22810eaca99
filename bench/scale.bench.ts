/**
 * `check`, `fill` and `consolidate` of the built CLI at 150 and 1,500 chambers (15,000 with
 * `RA_BENCH_HUGE=1`: minutes on a shared machine), against a floor run in this process:
 * inflating every part of the same files with Node's zlib and decoding them as UTF-8, which
 * any reader must do at least. Per run: wall seconds (node start-up included), the child's
 * CPU seconds, its peak RSS and that peak above the process base, per chamber.
 *
 * `check` is also timed inside one process (start-up and module load left out), best of three.
 *
 * `RA_BENCH_CLI=<path to index.js>` measures another build (an earlier one, for before/after);
 * `RA_BENCH_SIZES=15000` only the sizes given.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { inflateRawSync } from "zlib";
import { createXlsx } from "../src/xlsx";
import { measure, writeSingles } from "./cli.bench";
import { nationalSheets } from "./national";

const ROOT = join(__dirname, "..");

/** Every part of a zip inflated with Node's zlib and decoded: the least any reader does. */
function floorOf(files: string[]): number {
  const dec = new TextDecoder();
  const t0 = process.hrtime.bigint();
  let chars = 0;
  for (const f of files) {
    const b = readFileSync(f);
    // The central directory's entries, walked by hand: only sizes and offsets are needed.
    let end = b.length - 22;
    while (end >= 0 && b.readUInt32LE(end) !== 0x06054b50) end--;
    const count = b.readUInt16LE(end + 10);
    let p = b.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      const method = b.readUInt16LE(p + 10);
      const csize = b.readUInt32LE(p + 20);
      const nameLen = b.readUInt16LE(p + 28);
      const local = b.readUInt32LE(p + 42);
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const raw = b.subarray(start, start + csize);
      chars += dec.decode(method === 8 ? inflateRawSync(raw) : raw).length;
      p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    }
  }
  if (chars < 0) throw new Error("unreachable");
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** The best of three: the floor is what the machine can do when nothing else runs. */
function floor(files: string[]): number {
  return Math.min(floorOf(files), floorOf(files), floorOf(files));
}

/**
 * `check` timed inside one process, Node's start-up and the program's modules left out: the
 * child loads main.js, then times `main` alone (CPU and wall seconds) with its output dropped.
 */
const IN_PROCESS = `const { main } = require(process.argv[2]);
const io = { stdout() {}, stderr() {}, cwd: process.cwd(), now: () => new Date(), isTTY: false, columns: null };
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
main(JSON.parse(process.argv[3]), io).then((code) => {
  const c = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ cpu: (c.user + c.system) / 1e6, seconds: Number(process.hrtime.bigint() - t0) / 1e9, code }));
});
`;

function inProcess(dir: string, mainJs: string, args: string[]): { cpu: number; seconds: number } {
  const script = join(dir, "in-process.js");
  writeFileSync(script, IN_PROCESS);
  const best = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, [script, mainJs, JSON.stringify(args)], { cwd: dir, maxBuffer: 64 << 20 }).toString()));
  return best.sort((a, b) => a.cpu - b.cpu)[0];
}

function line(what: string, n: number, r: ReturnType<typeof measure>, floorS: number, baseMb: number): string {
  const perChamber = ((r.peakMb - baseMb) * 1024) / n;
  return (
    `  ${what.padEnd(12)} ${String(n).padStart(6)}: ${r.seconds.toFixed(2).padStart(6)} s (CPU ${r.cpu.toFixed(2)} s), ` +
    `floor ${(floorS * 1000).toFixed(0)} ms, ×${(r.seconds / floorS).toFixed(1)} floor; ` +
    `peak RSS ${r.peakMb.toFixed(0)} MB, ${perChamber.toFixed(1)} KB/chamber above base (exit ${r.code})`
  );
}

export async function run(): Promise<void> {
  const custom = process.env.RA_BENCH_CLI;
  if (!custom) execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { stdio: "inherit" });
  const entry = custom ?? join(ROOT, "bin", "review-assistant.js");
  const mainJs = custom ? join(dirname(custom), "main.js") : join(ROOT, "dist", "cli", "src", "cli", "main.js");
  const sizes = process.env.RA_BENCH_SIZES ? process.env.RA_BENCH_SIZES.split(",").map(Number) : process.env.RA_BENCH_HUGE === "1" ? [150, 1500, 15000] : [150, 1500];
  const dir = mkdtempSync(join(tmpdir(), "ra-scale-bench-"));
  try {
    // The process base: node, the program's modules, nothing read.
    const base = measure(dir, ["--version"], entry);
    const one = join(dir, "one.xlsx");
    writeFileSync(one, createXlsx(nationalSheets(1)));
    const startup = [0, 1, 2].map(() => measure(dir, ["check", one], entry)).sort((a, b) => a.seconds - b.seconds)[0];
    console.log(`  process base: ${base.seconds.toFixed(3)} s, peak RSS ${base.peakMb.toFixed(0)} MB (\`--version\`)`);
    console.log(`  check of a one-chamber file: ${startup.seconds.toFixed(3)} s (CPU ${startup.cpu.toFixed(3)} s), peak RSS ${startup.peakMb.toFixed(0)} MB`);
    for (const n of sizes) {
      const book = join(dir, `national-${n}.xlsx`);
      writeFileSync(book, createXlsx(nationalSheets(n)));
      const singles = join(dir, `chambers-${n}`);
      writeSingles(singles, n);
      const sources = readdirSync(singles).map((f) => join(singles, f));
      const mb = (statSync(book).size / 1048576).toFixed(1);
      const bookFloor = floor([book]);
      const k = measure(dir, ["check", book], entry);
      console.log(line("check", n, k, bookFloor, base.peakMb) + ` [${mb} MB]`);
      const ip = inProcess(dir, mainJs, ["check", book]);
      console.log(`  check in-process ${String(n).padStart(6)}: CPU ${ip.cpu.toFixed(2)} s, wall ${ip.seconds.toFixed(2)} s (best of 3, start-up and module load left out), ×${(ip.cpu / bookFloor).toFixed(1)} floor CPU`);
      const f = measure(dir, ["fill", book, "-o", join(dir, `filled-${n}.xlsx`)], entry);
      console.log(line("fill", n, f, bookFloor, base.peakMb));
      const c = measure(dir, ["consolidate", singles, "-o", join(dir, `all-${n}.xlsx`), "--quota", "40"], entry);
      console.log(line("consolidate", n, c, floor(sources), base.peakMb) + ` [${n} files]`);
      rmSync(singles, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
