/**
 * .xls and .ods against .xlsx on the command line: `check` of the national workbook (1,500
 * chambers) saved by LibreOffice as .xls, against the same saved as .xlsx — wall and CPU
 * seconds, peak RSS — and of a 150-chamber one as .ods; then start-up: `check` of a small
 * .xlsx, which must not load the .xls/.ods reader, against the same as .xls, which does.
 * LibreOffice's conversions are kept in .tmp/bench (the national one takes a minute or more).
 */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createXlsx } from "../src/xlsx";
import { measure } from "./cli.bench";
import { nationalSheets } from "./national";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "review-assistant.js");
const CACHE = join(ROOT, ".tmp", "bench");

function hasSoffice(): boolean {
  return spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
}

/** `<name>.xlsx` of `n` chambers as LibreOffice saves it in `format`, made once and kept. */
function libre(n: number, format: "xls" | "ods" | "xlsx"): string {
  const name = `national-${n}`;
  const out = join(CACHE, `${name}.lo.${format}`);
  if (existsSync(out)) return out;
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "ra-lo-"));
  try {
    writeFileSync(join(work, `${name}.xlsx`), createXlsx(nationalSheets(n)));
    const filter = { xls: "xls:MS Excel 97", ods: "ods:calc8", xlsx: "xlsx:Calc MS Excel 2007 XML" }[format];
    execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", join(work, "out"), join(work, `${name}.xlsx`)], {
      stdio: "ignore",
      timeout: 1_800_000,
    });
    renameSync(join(work, "out", `${name}.${format}`), out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

const HOOK = `process.on("exit", () => {
  const n = Object.keys(require.cache).filter((f) => /[\\\\/]node_modules[\\\\/]@e965[\\\\/]xlsx[\\\\/]/.test(f)).length;
  require("fs").writeFileSync(process.env.RA_READER_FILE, String(n));
});
`;

/** Median wall seconds of `runs` checks of `file`, and how many of the reader's files the last one loaded. */
function startup(dir: string, file: string, runs = 7): { seconds: number; readerFiles: number } {
  writeFileSync(join(dir, "reader-hook.js"), HOOK);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ["-r", join(dir, "reader-hook.js"), BIN, "check", file], { cwd: dir, env: { ...process.env, RA_READER_FILE: join(dir, "reader.txt") }, stdio: "ignore" });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[runs >> 1], readerFiles: Number(readFileSync(join(dir, "reader.txt"), "utf8")) };
}

const mb = (p: string) => (statSync(p).size / 1024 / 1024).toFixed(1);

export async function run(): Promise<void> {
  if (!hasSoffice()) {
    console.log("  (skipped: needs LibreOffice's soffice to save the workbooks as .xls and .ods)");
    return;
  }
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "ra-legacy-bench-"));
  try {
    for (const [n, format] of [
      [1500, "xls"],
      [150, "ods"],
    ] as const) {
      const xlsx = join(dir, `national-${n}.xlsx`);
      const other = join(dir, `national-${n}.${format}`);
      copyFileSync(libre(n, "xlsx"), xlsx);
      copyFileSync(libre(n, format), other);
      const a = measure(dir, ["check", xlsx]);
      const b = measure(dir, ["check", other]);
      console.log(`  check ${n} chambers, LibreOffice's .xlsx (${mb(xlsx)} MB): ${a.seconds.toFixed(2)} s (CPU ${a.cpu.toFixed(2)} s), peak RSS ${a.peakMb.toFixed(0)} MB (exit ${a.code})`);
      console.log(
        `  check ${n} chambers, LibreOffice's .${format} (${mb(other)} MB): ${b.seconds.toFixed(2)} s (CPU ${b.cpu.toFixed(2)} s, ×${(b.cpu / a.cpu).toFixed(2)}), ` +
          `peak RSS ${b.peakMb.toFixed(0)} MB (×${(b.peakMb / a.peakMb).toFixed(2)}) (exit ${b.code})`,
      );
    }
    const small = join(dir, "small.xlsx");
    writeFileSync(small, createXlsx(nationalSheets(3)));
    const small2 = join(dir, "small.xls");
    copyFileSync(libre(3, "xls"), small2);
    const x = startup(dir, small);
    const l = startup(dir, small2);
    console.log(`  start-up: check of a 3-chamber .xlsx ${(x.seconds * 1000).toFixed(0)} ms, the .xls/.ods reader not loaded (${x.readerFiles} of its files)`);
    console.log(`  start-up: the same as .xls ${(l.seconds * 1000).toFixed(0)} ms (the reader loaded: ${l.readerFiles} files, +${((l.seconds - x.seconds) * 1000).toFixed(0)} ms)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
