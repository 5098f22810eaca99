/**
 * The built program loads the .xls/.ods reader (SheetJS, @e965/xlsx) only for such a file:
 * start-up and every command on an .xlsx stay as they were. Each run is the real program in a
 * child process; a preloaded hook records on exit how many of the reader's files were required.
 * The .xls and .ods are written by SheetJS itself (no LibreOffice needed here).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { baseSheets } from "../../scripts/hostile/base";
import { sheetjsBook } from "../../scripts/hostile/legacy";
import { buildCli, removeOwnCli, sampleDir } from "./helpers";

const HOOK = `process.on("exit", () => {
  const files = Object.keys(require.cache).filter((f) => /[\\\\/]node_modules[\\\\/]@e965[\\\\/]xlsx[\\\\/]/.test(f));
  require("fs").writeFileSync(process.env.RA_READER_FILE, String(files.length));
});
`;

let entry: string;
let dir: string;
let scratch: string;

beforeAll(() => {
  // Its own build (not dist/cli, which other suites rebuild at the same time).
  entry = buildCli(true);
  dir = sampleDir();
  writeFileSync(join(dir, "chamber.xls"), sheetjsBook(baseSheets(), "biff8"));
  writeFileSync(join(dir, "chamber.ods"), sheetjsBook(baseSheets(), "ods"));
  scratch = mkdtempSync(join(tmpdir(), "ra-lazy-legacy-"));
  writeFileSync(join(scratch, "hook.js"), HOOK);
}, 180000);
afterAll(() => {
  removeOwnCli(entry);
  rmSync(dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** Exit code, stdout, and how many of the reader's files the run required. */
function run(args: string[]): { code: number | null; stdout: string; stderr: string; readerFiles: number } {
  const file = join(scratch, "reader.txt");
  rmSync(file, { force: true });
  const r = spawnSync(process.execPath, ["-r", join(scratch, "hook.js"), entry, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, RA_READER_FILE: file } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, readerFiles: Number(readFileSync(file, "utf8")) };
}

describe("the .xls/.ods reader is loaded only for such a file", () => {
  it("--version, check, fill, consolidate and template on .xlsx files never load it", () => {
    expect(run(["--version"]).readerFiles).toBe(0);
    const check = run(["check", "sihao-province.xlsx", "--json"]);
    expect([check.code, JSON.parse(check.stdout).summary.entries, check.readerFiles]).toEqual([1, 12, 0]);
    expect(run(["fill", "sihao-province.xlsx", "-o", join(scratch, "filled.xlsx")]).readerFiles).toBe(0);
    const all = run(["consolidate", "consolidate", "-o", join(scratch, "all.xlsx")]);
    expect([all.stderr.includes("内部错误"), all.readerFiles]).toEqual([false, 0]);
    expect(run(["template", "--scheme", "sihao-2020", "-o", join(scratch, "blank.xlsx")]).readerFiles).toBe(0);
  });

  it("an unreadable file, an encrypted or broken one, is answered without it", () => {
    writeFileSync(join(dir, "old.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));
    const r = run(["check", "old.xls"]);
    expect([r.code, r.readerFiles]).toEqual([2, 0]);
  });

  it("an .xls and an .ods load it, and are read", () => {
    const xls = run(["check", "chamber.xls", "--json"]);
    expect([xls.code, JSON.parse(xls.stdout).summary.entries, xls.readerFiles > 0]).toEqual([0, 2, true]);
    const ods = run(["check", "chamber.ods", "--json"]);
    expect([ods.code, JSON.parse(ods.stdout).summary.entries, ods.readerFiles > 0]).toEqual([0, 2, true]);
  });
});
