/**
 * The hostile-file suite (scripts/hostile/cases.ts), run as users run the program: the
 * built CLI in a child process with a 512 MB heap. Every file gets its stated exit code and
 * message, in check, fill and consolidate alike (check and fill: the same answer), without
 * a stack trace, under a memory ceiling. The files are built once into .tmp/hostile and rebuilt when the generator changes.
 */
import { spawn } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { openXlsx } from "../../src/xlsx";
import { CASES, HostileCase } from "../../scripts/hostile/cases";
import { writeHostile } from "../../scripts/hostile";
import { buildCli, removeOwnCli } from "../cli/helpers";

const ROOT = join(__dirname, "..", "..");
const FILES = join(ROOT, ".tmp", "hostile");
/** Peak resident memory a run may reach: the 512 MB heap plus buffers outside it. */
const CEILING_MB = 768;

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  peakMb: number;
}

let bin: string;
let work: string;
const runs = new Map<string, Run>();

function runCli(args: string[], id: string): Promise<Run> {
  const rss = join(work, `${id}.rss`);
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--max-old-space-size=512", "-r", join(work, "hook.js"), bin, ...args], {
      cwd: FILES,
      env: { ...process.env, RA_MAXRSS_FILE: rss },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code, signal) => {
      const peakMb = existsSync(rss) ? Number(readFileSync(rss, "utf8")) / 1024 : Infinity;
      done({ code, signal, stdout, stderr, peakMb });
    });
  });
}

/** Runs jobs two at a time: the machine is shared, and each child may take half a gigabyte. */
async function pool(jobs: (() => Promise<void>)[]): Promise<void> {
  const queue = [...jobs];
  await Promise.all(
    [0, 1].map(async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }),
  );
}

const light = CASES.filter((c) => !c.heavy);

/** Where fill writes: the input's name, and an .xlsx (what an .xls or .ods is filled into) keeps it whole. */
const outputOf = (c: HostileCase) => join(work, /\.(xls|et|ods)$/i.test(c.file) ? `${c.file}.xlsx` : c.file);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "ra-hostile-"));
  bin = buildCli(true);
  writeHostile(FILES);
  writeFileSync(
    join(work, "hook.js"),
    'process.on("exit", () => require("fs").writeFileSync(process.env.RA_MAXRSS_FILE, String(process.resourceUsage().maxRSS)));\n',
  );
  const jobs: (() => Promise<void>)[] = [];
  for (const c of CASES) {
    jobs.push(async () => void runs.set(`check ${c.file}`, await runCli(["check", c.file, "--json"], `check-${c.file}`)));
    if (!c.heavy) jobs.push(async () => void runs.set(`fill ${c.file}`, await runCli(["fill", c.file, "-o", outputOf(c)], `fill-${c.file}`)));
  }
  jobs.push(
    async () => void runs.set("consolidate", await runCli(["consolidate", ...light.map((c) => c.file), "-o", join(work, "all.xlsx"), "--json"], "consolidate")),
  );
  await pool(jobs);
}, 900_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (bin) removeOwnCli(bin);
});

/** No stack trace, whatever happened. */
function clean(r: Run): void {
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(r.peakMb).toBeLessThan(CEILING_MB);
}

function saysAll(text: string, c: HostileCase): void {
  expect(text).toContain(`"${c.file}"`);
  for (const s of c.expect.says ?? []) expect(text).toContain(s);
}

describe.each(CASES.map((c) => [c.file, c] as const))("%s", (_file, c) => {
  it(`check: ${c.about} → exit ${c.expect.exit}`, () => {
    const r = runs.get(`check ${c.file}`)!;
    clean(r);
    expect(r.code).toBe(c.expect.exit);
    if (c.expect.exit === 2) {
      expect(r.stderr.startsWith("错误：")).toBe(true);
      // Said in words: no English phrase (a parser's or the system's own message) in the Chinese text.
      expect(r.stderr).not.toMatch(/[A-Za-z]+ [a-z]+ [a-z]+/);
      saysAll(r.stderr, c);
      const { error } = JSON.parse(r.stdout) as {
        error: { code: string; message: string; file: string };
      };
      expect(error.file).toBe(c.file);
      expect(error.code).toMatch(/^[a-z0-9-]+$/);
      saysAll(error.message, c);
    } else {
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout).file).toBe(c.file);
    }
  });

  // Heavy files take seconds to read; check alone shows their memory bound.
  if (!c.heavy)
    it(`fill: the same answer (a written file reopens)`, () => {
      const r = runs.get(`fill ${c.file}`)!;
      clean(r);
      expect(r.code).toBe(c.expect.exit);
      if (c.expect.exit === 2) {
        saysAll(r.stderr, c);
        expect(existsSync(outputOf(c))).toBe(false);
      } else {
        expect(r.stdout).toContain("已写入：");
        expect(openXlsx(new Uint8Array(readFileSync(outputOf(c)))).sheetNames).toContain("校验报告");
      }
    });
});

describe("consolidate of every light file at once", () => {
  it("skips each unreadable file with its own message, reads the rest, and writes a workbook that reopens", () => {
    const r = runs.get("consolidate")!;
    clean(r);
    expect(r.code).toBe(1);
    const skipped = r.stderr.trim().split("\n");
    const unreadable = light.filter((c) => c.unreadable);
    expect(skipped).toHaveLength(unreadable.length);
    for (const c of unreadable) {
      const line = skipped.find((l) => l.startsWith(`已跳过："${c.file}"`))!;
      expect(line).toBeDefined();
      saysAll(line, c);
    }
    const sources = (JSON.parse(r.stdout) as { sources: { file: string; status: string }[] }).sources;
    expect(sources.map((s) => [s.file, s.status])).toEqual(light.map((c) => [c.file, c.unreadable ? "skipped" : "read"]));
    const out = openXlsx(new Uint8Array(readFileSync(join(work, "all.xlsx"))));
    // The chamber named with _xFFFE_ and _x0001_: its sheet gets a name Excel and XML accept.
    expect(out.sheetNames).toContain("甲_商_会");
  });
});
