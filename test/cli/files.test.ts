/**
 * Paths that are not workbooks, and what the operating system refuses, said in words in the
 * user's language: a named pipe is a named pipe (and never waited on), not an "empty file";
 * `EACCES: permission denied` and its kind never reach a Chinese message.
 */
import { spawnSync } from "child_process";
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { osWords } from "../../src/cli/files";
import { buildCli, cli, removeOwnCli, sampleDir } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = sampleDir();
  spawnSync("mkfifo", [join(dir, "pipe.xlsx")]);
  spawnSync("mkfifo", [join(dir, "scheme.json")]);
  writeFileSync(join(dir, "plain.txt"), "not a folder");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a path that is not a file", () => {
  it("a named pipe is named for what it is, at once, in check and fill", async () => {
    for (const command of ["check", "fill"]) {
      const run = await cli([command, "pipe.xlsx", "--json"], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('错误："pipe.xlsx"是命名管道（FIFO），不是 .xlsx 文件。\n');
      expect(JSON.parse(run.stdout).error.code).toBe("not-a-file");
    }
    expect((await cli(["check", "pipe.xlsx", "--lang", "en"], dir)).stderr).toBe('Error: "pipe.xlsx" is a named pipe (FIFO), not an .xlsx file.\n');
  });

  it("--scheme naming a pipe is refused, not waited on", async () => {
    const run = await cli(["check", "sihao-province.xlsx", "--scheme", "scheme.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('错误：无法读取方案文件"scheme.json"：是命名管道（FIFO），不是文件\n');
  });
});

describe("what the operating system refuses, in words", () => {
  it("maps error codes to words in each language; an unknown one keeps its code", () => {
    const err = (code: string) => Object.assign(new Error(`${code}: something, open 'x'`), { code });
    expect(osWords(err("EACCES"), "zh")).toBe("没有权限");
    expect(osWords(err("EACCES"), "en")).toBe("permission denied");
    expect(osWords(err("ENOSPC"), "zh")).toBe("磁盘空间不足");
    expect(osWords(err("EROFS"), "zh")).toBe("所在的磁盘是只读的");
    expect(osWords(err("EWHATEVER"), "zh")).toBe("系统报告了错误（EWHATEVER）");
    expect(osWords(new Error("no code"), "en")).toBe("the system reported an error");
  });

  it("a path through a file: 路径中的某一级不是文件夹", async () => {
    const run = await cli(["check", "plain.txt/a.xlsx"], dir);
    expect(run.stderr).toBe('错误：无法读取"plain.txt/a.xlsx"：路径中的某一级不是文件夹\n');
  });

  it("a workbook the user may not read, and a folder the output may not go into: 没有权限, in the real program", () => {
    const bin = buildCli(true);
    const locked = join(dir, "locked");
    mkdirSync(locked);
    copyFileSync(join(dir, "sihao-province.xlsx"), join(locked, "secret.xlsx"));
    chmodSync(join(locked, "secret.xlsx"), 0o000);
    const readonly = join(dir, "readonly");
    mkdirSync(readonly);
    copyFileSync(join(dir, "sihao-province.xlsx"), join(readonly, "input.xlsx"));
    chmodSync(readonly, 0o555);
    chmodSync(dir, 0o755);
    // As root, the kernel lets everything through: run as nobody then (who must be able to run the build).
    const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    chmodSync(join(bin, "..", "..", ".."), 0o755);
    const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", ...as });
    try {
      const read = run(["check", "locked/secret.xlsx"]);
      expect(read.status).toBe(2);
      expect(read.stderr).toBe('错误：无法读取"locked/secret.xlsx"：没有权限\n');
      const write = run(["fill", "readonly/input.xlsx", "--lang", "en"]);
      expect(write.status).toBe(2);
      expect(write.stderr).toBe('Error: Cannot write "readonly/input.reviewed.xlsx": permission denied\n');
    } finally {
      removeOwnCli(bin);
    }
  }, 120_000);
});
