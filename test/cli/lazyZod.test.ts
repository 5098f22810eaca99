/**
 * The built program reads zod only for a custom scheme (issue 14: start-up). Each run is the
 * real program in a child process; a preloaded hook records on exit whether any file of zod
 * was ever required.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildCli, removeOwnCli, sampleDir, withStoredScheme } from "./helpers";

const HOOK = `process.on("exit", () => {
  const zod = Object.keys(require.cache).filter((f) => /[\\\\/]node_modules[\\\\/]zod[\\\\/]/.test(f));
  require("fs").writeFileSync(process.env.RA_ZOD_FILE, String(zod.length));
});
`;

let entry: string;
let dir: string;
let scratch: string;

beforeAll(() => {
  // Its own build (not dist/cli, which other suites rebuild at the same time).
  entry = buildCli(true);
  dir = sampleDir();
  scratch = mkdtempSync(join(tmpdir(), "ra-lazy-zod-"));
  writeFileSync(join(scratch, "hook.js"), HOOK);
}, 180000);
afterAll(() => {
  removeOwnCli(entry);
  rmSync(dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** Exit code, stdout, and how many of zod's files the run required. */
function run(args: string[]): { code: number | null; stdout: string; stderr: string; zodFiles: number } {
  const file = join(scratch, "zod.txt");
  rmSync(file, { force: true });
  const r = spawnSync(process.execPath, ["-r", join(scratch, "hook.js"), entry, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, RA_ZOD_FILE: file } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, zodFiles: Number(readFileSync(file, "utf8")) };
}

describe("zod is read only for a custom scheme", () => {
  it("check, fill, consolidate and template with built-in schemes never load it", () => {
    const check = run(["check", "sihao-province.xlsx", "--json"]);
    expect([check.code, JSON.parse(check.stdout).scheme, check.zodFiles]).toEqual([1, "sihao-2020", 0]);
    expect(run(["check", "chuangxin-cases.xlsx", "--scheme", "chuangxin-2021"]).zodFiles).toBe(0);
    const fill = run(["fill", "sihao-province.xlsx", "-o", join(scratch, "filled.xlsx")]);
    expect([fill.code, fill.zodFiles]).toEqual([1, 0]);
    const all = run(["consolidate", "consolidate", "-o", join(scratch, "all.xlsx")]);
    expect([all.stderr.includes("内部错误"), all.zodFiles]).toEqual([false, 0]);
    expect(run(["template", "--scheme", "sihao-2020", "-o", join(scratch, "blank.xlsx")]).zodFiles).toBe(0);
  });

  it("a workbook keeping a built-in id is read without it, even with --scheme workbook", () => {
    const name = withStoredScheme(dir, "sihao-province.xlsx", "sihao-2020", "kept-id.xlsx");
    const r = run(["check", name, "--scheme", "workbook", "--json"]);
    expect([r.code, JSON.parse(r.stdout).scheme, r.zodFiles]).toEqual([1, "sihao-2020", 0]);
  });

  it("--scheme custom.json loads it, and the custom rules apply", () => {
    writeFileSync(join(dir, "custom.json"), JSON.stringify({ extends: "sihao-2020", id: "sihao-strict", threshold: 480 }));
    const r = run(["check", "sihao-province.xlsx", "--scheme", "custom.json", "--json"]);
    const report = JSON.parse(r.stdout);
    expect([report.scheme, r.zodFiles > 0]).toEqual(["sihao-strict", true]);
    // 478 passes the built-in 350 but not 480.
    expect(report.entries.find((e: { name: string }) => e.name === "四川省科技装备业商会").status).toBe("disqualified");
  });

  it("a bad custom scheme is still refused with every problem, in Chinese", () => {
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ extends: "sihao-2020", threshold: "abc" }));
    const r = run(["check", "sihao-province.xlsx", "--scheme", "bad.json"]);
    expect([r.code, r.stdout, r.zodFiles > 0]).toEqual([2, "", true]);
    expect(r.stderr).toContain('threshold：应为不小于 0 的数字，实际是文字"abc"');
  });
});
