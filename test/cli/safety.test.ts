/**
 * Never losing a file: repeated --in-place keeps the first backup, a symbolic link stays a
 * link to a file that is filled, a run killed while writing leaves the input whole and its
 * temporary file is cleaned up by a later run once it is stale.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "fs";
import { join } from "path";
import { removeStaleTemps } from "../../src/cli/write";
import { buildCli, cli, grids, removeOwnCli, sampleDir } from "./helpers";

let dir: string;
beforeAll(() => (dir = sampleDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folderWith(name: string, sample = "sihao-province.xlsx"): { folder: string; file: string } {
  const folder = join(dir, name);
  mkdirSync(folder);
  const file = join(folder, "input.xlsx");
  copyFileSync(join(dir, sample), file);
  return { folder, file };
}

const names = (g: ReturnType<typeof grids>) => g.map((x) => x.name);

describe("--in-place, again and again", () => {
  it("keeps the first backup: input.bak.xlsx, then input.bak-2.xlsx, each named in the report", async () => {
    const { folder, file } = folderWith("repeat");
    const original = readFileSync(file);
    const first = await cli(["fill", "input.xlsx", "--in-place"], folder);
    expect(first.stdout).toContain("原文件已备份为：input.bak.xlsx\n");
    const afterFirst = readFileSync(file);
    const second = await cli(["fill", "input.xlsx", "--in-place", "--json"], folder);
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout).backup).toBe("input.bak-2.xlsx");
    const third = await cli(["fill", "input.xlsx", "--in-place"], folder);
    expect(third.stdout).toContain('原文件已备份为：input.bak-3.xlsx（更早的备份"input.bak.xlsx"保持不变）');
    expect(readdirSync(folder).sort()).toEqual(["input.bak-2.xlsx", "input.bak-3.xlsx", "input.bak.xlsx", "input.xlsx"]);
    expect(readFileSync(join(folder, "input.bak.xlsx")).equals(original)).toBe(true);
    expect(readFileSync(join(folder, "input.bak-2.xlsx")).equals(afterFirst)).toBe(true);
    expect(names(grids(file))).toEqual([...names(grids(join(folder, "input.bak.xlsx"))), "校验报告"]);
  });

  it("never overwrites an unrelated input.bak.xlsx that was there before", async () => {
    const { folder, file } = folderWith("unrelated");
    writeFileSync(join(folder, "input.bak.xlsx"), "someone else's file");
    const original = readFileSync(file);
    const run = await cli(["fill", "input.xlsx", "--in-place", "--lang", "en"], folder);
    expect(run.stdout).toContain('The original is kept as: input.bak-2.xlsx (the earlier backup "input.bak.xlsx" is left as it was)');
    expect(readFileSync(join(folder, "input.bak.xlsx"), "utf8")).toBe("someone else's file");
    expect(readFileSync(join(folder, "input.bak-2.xlsx")).equals(original)).toBe(true);
  });
});

describe("symbolic links", () => {
  it("--in-place on a link fills the file it points to; the link stays a link; the backup sits beside the link", async () => {
    const { folder, file } = folderWith("link");
    mkdirSync(join(folder, "real"));
    const target = join(folder, "real", "target.xlsx");
    copyFileSync(file, target);
    rmSync(file);
    symlinkSync(join("real", "target.xlsx"), file);
    const original = readFileSync(target);
    const run = await cli(["fill", "input.xlsx", "--in-place"], folder);
    expect(run.code).toBe(1);
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
    expect(names(grids(target))).toContain("校验报告");
    expect(readFileSync(join(folder, "input.bak.xlsx")).equals(original)).toBe(true);
    expect(readdirSync(join(folder, "real"))).toEqual(["target.xlsx"]);
  });

  it("-o onto a link writes through it", async () => {
    const { folder } = folderWith("link-out");
    writeFileSync(join(folder, "elsewhere.xlsx"), "old");
    symlinkSync("elsewhere.xlsx", join(folder, "out.xlsx"));
    expect((await cli(["fill", "input.xlsx", "-o", "out.xlsx"], folder)).code).toBe(1);
    expect(lstatSync(join(folder, "out.xlsx")).isSymbolicLink()).toBe(true);
    expect(names(grids(join(folder, "elsewhere.xlsx")))).toContain("校验报告");
  });
});

describe("a run killed while it writes", () => {
  /** Kills the process (SIGKILL, nothing runs after) just before the temporary file would be renamed into place. */
  const KILL_HOOK = `const fs = require("fs");
const rename = fs.renameSync;
fs.renameSync = (a, b) => {
  if (String(a).includes(".review-assistant-")) process.kill(process.pid, "SIGKILL");
  return rename(a, b);
};
`;
  const temps = (folder: string) => readdirSync(folder).filter((n) => n.includes(".review-assistant-"));

  it("leaves the input whole; the next run writes, and clears the temporary file once it is stale", () => {
    const bin = buildCli(true);
    const { folder, file } = folderWith("killed");
    writeFileSync(join(dir, "kill-hook.js"), KILL_HOOK);
    const original = readFileSync(file);
    const killed = spawnSync(process.execPath, ["-r", join(dir, "kill-hook.js"), bin, "fill", "input.xlsx", "--in-place"], { cwd: folder, encoding: "utf8" });
    expect(killed.signal).toBe("SIGKILL");
    expect(readFileSync(file).equals(original)).toBe(true);
    const left = temps(folder);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.input\.xlsx\.review-assistant-\d+-[0-9a-f]{8}\.tmp$/);
    const size = statSync(join(folder, left[0])).size;
    expect(size).toBeGreaterThan(original.length);

    // Younger than an hour: it might be another run's, so it stays.
    const rerun = spawnSync(process.execPath, [bin, "fill", "input.xlsx", "--in-place"], { cwd: folder, encoding: "utf8" });
    expect(rerun.status).toBe(1);
    expect(temps(folder)).toEqual(left);
    expect(names(grids(file))).toContain("校验报告");

    // Two hours old and its process gone: the next write in that folder removes it.
    const old = new Date(Date.now() - 2 * 3600 * 1000);
    utimesSync(join(folder, left[0]), old, old);
    expect(spawnSync(process.execPath, [bin, "fill", "input.xlsx", "-o", "again.xlsx"], { cwd: folder }).status).toBe(1);
    expect(temps(folder)).toEqual([]);
    removeOwnCli(bin);
  }, 120_000);

  it("keeps a stale-looking temporary file whose process is still running, and files that are not ours", () => {
    const folder = join(dir, "live");
    mkdirSync(folder);
    const live = `.x.xlsx.review-assistant-${process.pid === 1 ? 2 : 1}-0123abcd.tmp`;
    const other = ".x.xlsx.other-tool-99999999-0123abcd.tmp";
    const dead = ".x.xlsx.review-assistant-999999999-89abcdef.tmp";
    for (const n of [live, other, dead]) {
      writeFileSync(join(folder, n), "x");
      const old = new Date(Date.now() - 3 * 3600 * 1000);
      utimesSync(join(folder, n), old, old);
    }
    // pid 1 (or 2) always runs; pid 999999999 cannot exist.
    expect(removeStaleTemps(folder)).toEqual([join(folder, dead)]);
    expect(readdirSync(folder).sort()).toEqual([live, other].sort());
    expect(existsSync(join(folder, dead))).toBe(false);
  });
});
