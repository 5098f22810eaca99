/**
 * An output never replaces a file the user did not give up: a file at `-o` (or at the default
 * `<name>.reviewed.xlsx`) that the tool did not write for the same input, or that changed
 * since, is left alone unless `--overwrite`; the tool's own untouched output of the same run
 * is replaced; a link at the default output is never followed; a folder or pipe there is
 * said for what it is. In fill, consolidate and template alike.
 */
import { execFileSync } from "child_process";
import { copyFileSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { join } from "path";
import { cli, grids, sampleDir } from "./helpers";

let dir: string;
beforeAll(() => (dir = sampleDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** A fresh folder holding the province sample as input.xlsx. */
function folder(): string {
  const f = join(dir, `run-${++n}`);
  mkdirSync(f);
  copyFileSync(join(dir, "sihao-province.xlsx"), join(f, "input.xlsx"));
  return f;
}

const sheets = (p: string) => grids(p).map((g) => g.name);

describe("-o onto a file the tool did not write", () => {
  it("fill refuses, in words, writing nothing; --overwrite replaces it", async () => {
    const f = folder();
    copyFileSync(join(dir, "chuangxin-cases.xlsx"), join(f, "budget.xlsx"));
    const before = readFileSync(join(f, "budget.xlsx"));
    const run = await cli(["fill", "input.xlsx", "-o", "budget.xlsx"], f);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      '错误：输出文件"budget.xlsx"已存在，且不是评审助手写出的（或写出后已被修改）：为免丢失，没有写入任何文件。要替换它请加 --overwrite，或用 -o 另选一个文件名。\n',
    );
    expect(readFileSync(join(f, "budget.xlsx")).equals(before)).toBe(true);
    expect(readdirSync(f).sort()).toEqual(["budget.xlsx", "input.xlsx"]);

    const en = await cli(["fill", "input.xlsx", "-o", "budget.xlsx", "--lang", "en", "--json"], f);
    expect(en.code).toBe(2);
    expect(JSON.parse(en.stdout).error).toEqual({
      code: "output-exists",
      file: "budget.xlsx",
      message:
        'The output "budget.xlsx" already exists and was not written by Review Assistant (or has changed since): to keep it safe, nothing was written. Add --overwrite to replace it, or choose another name with -o.',
    });

    expect((await cli(["fill", "input.xlsx", "-o", "budget.xlsx", "--overwrite"], f)).code).toBe(1);
    expect(sheets(join(f, "budget.xlsx"))).toContain("校验报告");
  });

  it("the default output too: an input.reviewed.xlsx of the user's own stays", async () => {
    const f = folder();
    writeFileSync(join(f, "input.reviewed.xlsx"), "my notes");
    const run = await cli(["fill", "input.xlsx"], f);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('输出文件"input.reviewed.xlsx"已存在，且不是评审助手写出的（或写出后已被修改）');
    expect(run.stderr).toContain("或用 -o 指定另一个输出文件");
    expect(readFileSync(join(f, "input.reviewed.xlsx"), "utf8")).toBe("my notes");
  });

  it("the tool's own output of the same input is replaced, run after run; of another input, or changed since, it is not", async () => {
    const f = folder();
    copyFileSync(join(f, "input.xlsx"), join(f, "other.xlsx"));
    expect((await cli(["fill", "input.xlsx", "-o", "out.xlsx"], f)).code).toBe(1);
    expect((await cli(["fill", "input.xlsx", "-o", "out.xlsx"], f)).code).toBe(1);
    expect((await cli(["fill", "input.xlsx"], f)).code).toBe(1);
    expect((await cli(["fill", "input.xlsx"], f)).code).toBe(1);

    const other = await cli(["fill", "other.xlsx", "-o", "out.xlsx"], f);
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      '错误：输出文件"out.xlsx"是评审助手为另一个输入写出的：为免混淆，没有写入任何文件。要替换它请加 --overwrite，或用 -o 另选一个文件名。\n',
    );

    // Saved again by another program (here: the same parts, zipped anew): the user's file now.
    const parts = unzipSync(new Uint8Array(readFileSync(join(f, "out.xlsx"))));
    writeFileSync(join(f, "out.xlsx"), zipSync(parts));
    const edited = await cli(["fill", "input.xlsx", "-o", "out.xlsx"], f);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toContain('输出文件"out.xlsx"已存在，且不是评审助手写出的（或写出后已被修改）');
    // One byte changed inside, the mark left as it was: no longer the tool's.
    const marked = new Uint8Array(readFileSync(join(f, "input.reviewed.xlsx")));
    marked[100] ^= 1;
    writeFileSync(join(f, "input.reviewed.xlsx"), marked);
    expect((await cli(["fill", "input.xlsx"], f)).code).toBe(2);
  });

  // LibreOffice opening sealed outputs (fill's and consolidate's): macro.test.ts.
  it("the mark travels nowhere: it names no path, and the written workbook reads as before", async () => {
    const f = folder();
    await cli(["fill", "input.xlsx"], f);
    const bytes = readFileSync(join(f, "input.reviewed.xlsx"));
    const tail = bytes.subarray(bytes.length - 120).toString("latin1");
    expect(tail).toMatch(/review-assistant [0-9a-f]{16} [0-9a-f]{64}$/);
    expect(tail).not.toContain(f);
    expect(strFromU8(unzipSync(new Uint8Array(bytes))["xl/workbook.xml"])).toContain("校验报告");
  });

  it("consolidate and template: the same rule", async () => {
    const f = folder();
    writeFileSync(join(f, "all.xlsx"), "keep me");
    const c = await cli(["consolidate", "input.xlsx", "-o", "all.xlsx"], f);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('输出文件"all.xlsx"已存在，且不是评审助手写出的');
    expect(readFileSync(join(f, "all.xlsx"), "utf8")).toBe("keep me");
    expect((await cli(["consolidate", "input.xlsx", "-o", "all.xlsx", "--overwrite"], f)).code).toBe(1);
    expect((await cli(["consolidate", "input.xlsx", "-o", "all.xlsx"], f)).code).toBe(1);

    writeFileSync(join(f, "blank.xlsx"), "keep me too");
    const t = await cli(["template", "--scheme", "sihao-2020", "-o", "blank.xlsx"], f);
    expect(t.code).toBe(2);
    expect(readFileSync(join(f, "blank.xlsx"), "utf8")).toBe("keep me too");
    expect((await cli(["template", "--scheme", "sihao-2020", "-o", "blank.xlsx", "--overwrite"], f)).code).toBe(0);
    expect((await cli(["template", "--scheme", "sihao-2020", "-o", "blank.xlsx"], f)).code).toBe(0);
    // A template of the other scheme is another run's: refused.
    expect((await cli(["template", "--scheme", "chuangxin-2021", "-o", "blank.xlsx"], f)).stderr).toContain("是评审助手为另一个输入写出的");
  });
});

describe("a link at the default output", () => {
  it("is never followed: fill refuses, naming the link and its target; the workbook it points to is untouched", async () => {
    const f = folder();
    copyFileSync(join(dir, "chuangxin-cases.xlsx"), join(f, "precious.xlsx"));
    const before = readFileSync(join(f, "precious.xlsx"));
    symlinkSync("precious.xlsx", join(f, "input.reviewed.xlsx"));
    const run = await cli(["fill", "input.xlsx", "--overwrite"], f);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '错误："input.reviewed.xlsx"是一个链接（指向"precious.xlsx"）：评审助手不会通过没有指定的链接写入，以免改动别的文件。请删除这个链接，或用 -o 指定输出文件。\n',
    );
    expect(readFileSync(join(f, "precious.xlsx")).equals(before)).toBe(true);
    expect(lstatSync(join(f, "input.reviewed.xlsx")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(f, "input.reviewed.xlsx"))).toBe("precious.xlsx");
    // Named with -o, the link is the user's choice: followed (the file there is not ours: --overwrite).
    expect((await cli(["fill", "input.xlsx", "-o", "input.reviewed.xlsx", "--overwrite"], f)).code).toBe(1);
    expect(sheets(join(f, "precious.xlsx"))).toContain("校验报告");
  });

  it("a link at the backup's name is passed over, never written through: the backup takes the next name", async () => {
    const f = folder();
    copyFileSync(join(dir, "chuangxin-cases.xlsx"), join(f, "precious.xlsx"));
    const before = readFileSync(join(f, "precious.xlsx"));
    const original = readFileSync(join(f, "input.xlsx"));
    symlinkSync("precious.xlsx", join(f, "input.bak.xlsx"));
    const run = await cli(["fill", "input.xlsx", "--in-place"], f);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('原文件已备份为：input.bak-2.xlsx（更早的备份"input.bak.xlsx"保持不变）');
    expect(readFileSync(join(f, "precious.xlsx")).equals(before)).toBe(true);
    expect(readFileSync(join(f, "input.bak-2.xlsx")).equals(original)).toBe(true);
    expect(lstatSync(join(f, "input.bak.xlsx")).isSymbolicLink()).toBe(true);
  });

  it("a dangling link there is refused as well (it could be pointed anywhere later)", async () => {
    const f = folder();
    symlinkSync("nowhere.xlsx", join(f, "input.reviewed.xlsx"));
    expect((await cli(["fill", "input.xlsx"], f)).stderr).toContain('"input.reviewed.xlsx"是一个链接（指向"nowhere.xlsx"）');
    expect(readdirSync(f).sort()).toEqual(["input.reviewed.xlsx", "input.xlsx"]);
  });

  it("a folder or a pipe at the output is said for what it is", async () => {
    const f = folder();
    mkdirSync(join(f, "input.reviewed.xlsx"));
    expect((await cli(["fill", "input.xlsx"], f)).stderr).toBe('错误：输出位置"input.reviewed.xlsx"是文件夹，不能写入工作簿：请用 -o 另选一个文件名。\n');
    execFileSync("mkfifo", [join(f, "pipe.xlsx")]);
    expect((await cli(["fill", "input.xlsx", "-o", "pipe.xlsx", "--overwrite"], f)).stderr).toBe(
      '错误：输出位置"pipe.xlsx"是命名管道（FIFO），不能写入工作簿：请用 -o 另选一个文件名。\n',
    );
  });
});
