/**
 * Never losing a file: repeated --in-place keeps the first backup, a symbolic link stays a
 * link to a file that is filled, a run killed while writing (kill -9, from inside and from
 * outside) leaves the input whole and its temporary file is removed by the next run there.
 */
import { spawn, spawnSync } from "child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { removeStaleTemps, tempName } from "../../src/cli/write";
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

  it("-o onto a link writes through it (the file there is not ours: --overwrite)", async () => {
    const { folder } = folderWith("link-out");
    writeFileSync(join(folder, "elsewhere.xlsx"), "old");
    symlinkSync("elsewhere.xlsx", join(folder, "out.xlsx"));
    expect((await cli(["fill", "input.xlsx", "-o", "out.xlsx", "--overwrite"], folder)).code).toBe(1);
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
  /** Says where it is (a file named by RA_AT) and waits there, to be killed from outside. */
  const WAIT_HOOK = `const fs = require("fs");
const rename = fs.renameSync;
fs.renameSync = (a, b) => {
  if (String(a).includes(".review-assistant-")) {
    fs.writeFileSync(process.env.RA_AT, String(a));
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
  }
  return rename(a, b);
};
`;
  const temps = (folder: string) => readdirSync(folder).filter((n) => n.includes(".review-assistant-"));

  it("leaves the input whole; the next run in that folder writes, and removes the dead run's temporary file at once", () => {
    const bin = buildCli(true);
    const { folder, file } = folderWith("killed");
    writeFileSync(join(dir, "kill-hook.js"), KILL_HOOK);
    const original = readFileSync(file);
    const killed = spawnSync(process.execPath, ["-r", join(dir, "kill-hook.js"), bin, "fill", "input.xlsx", "--in-place"], { cwd: folder, encoding: "utf8" });
    expect(killed.signal).toBe("SIGKILL");
    expect(readFileSync(file).equals(original)).toBe(true);
    const left = temps(folder);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^\\.input\\.xlsx\\.review-assistant-${killed.pid}-[0-9a-f]{8}-[0-9a-f]{8}\\.tmp$`));
    expect(statSync(join(folder, left[0])).size).toBeGreaterThan(original.length);

    // Its process is gone and it ran on this host: the next write in that folder removes it.
    const rerun = spawnSync(process.execPath, [bin, "fill", "input.xlsx", "--in-place"], { cwd: folder, encoding: "utf8" });
    expect(rerun.status).toBe(1);
    expect(temps(folder)).toEqual([]);
    expect(names(grids(file))).toContain("校验报告");
    removeOwnCli(bin);
  }, 120_000);

  it("kill -9 from outside, 10 times, in fill and consolidate: each next run leaves no temporary file behind", async () => {
    const bin = buildCli(true);
    const { folder } = folderWith("killed-outside");
    writeFileSync(join(dir, "wait-hook.js"), WAIT_HOOK);
    const at = join(dir, "at.txt");
    const waitFor = async () => {
      for (let i = 0; i < 600 && !existsSync(at); i++) await new Promise((r) => setTimeout(r, 50));
      expect(existsSync(at)).toBe(true);
    };
    for (let round = 0; round < 5; round++) {
      for (const args of [["fill", "input.xlsx"], ["consolidate", "input.xlsx", "-o", "all.xlsx"]]) {
        rmSync(at, { force: true });
        const child = spawn(process.execPath, ["-r", join(dir, "wait-hook.js"), bin, ...args], { cwd: folder, env: { ...process.env, RA_AT: at }, stdio: "ignore" });
        const ended = new Promise<string | null>((done) => child.on("exit", (_code, signal) => done(signal)));
        await waitFor();
        expect(temps(folder)).toHaveLength(1);
        child.kill("SIGKILL");
        expect(await ended).toBe("SIGKILL");
        expect(temps(folder)).toHaveLength(1);
        // The next run of either command in that folder clears it, and finishes its own write.
        expect(spawnSync(process.execPath, [bin, ...args], { cwd: folder }).status).toBe(1);
        expect(temps(folder)).toEqual([]);
      }
    }
    removeOwnCli(bin);
  }, 300_000);

  it("keeps a temporary file whose process still runs, one of another host until it is an hour old, and files that are not ours", () => {
    const folder = join(dir, "live");
    mkdirSync(folder);
    const host = /-([0-9a-f]{8})-[0-9a-f]{8}\.tmp$/.exec(basename(tempName(join(folder, "x.xlsx"))))![1];
    const other = host === "00000000" ? "11111111" : "00000000";
    const live = `.x.xlsx.review-assistant-${process.pid === 1 ? 2 : 1}-${host}-0123abcd.tmp`;
    const notOurs = ".x.xlsx.other-tool-99999999-0123abcd.tmp";
    const dead = `.x.xlsx.review-assistant-999999999-${host}-89abcdef.tmp`;
    const remoteNew = `.y.xlsx.review-assistant-999999999-${other}-89abcdef.tmp`;
    const remoteOld = `.z.xlsx.review-assistant-999999999-${other}-89abcdef.tmp`;
    const earlierVersion = ".w.xlsx.review-assistant-999999999-89abcdef.tmp";
    for (const n of [live, notOurs, dead, remoteNew, remoteOld, earlierVersion]) writeFileSync(join(folder, n), "x");
    const old = new Date(Date.now() - 3 * 3600 * 1000);
    for (const n of [remoteOld, earlierVersion]) utimesSync(join(folder, n), old, old);
    // pid 1 (or 2) always runs; pid 999999999 cannot exist.
    expect(removeStaleTemps(folder).sort()).toEqual([dead, earlierVersion, remoteOld].map((n) => join(folder, n)).sort());
    expect(readdirSync(folder).sort()).toEqual([live, notOurs, remoteNew].sort());
  });
});
