/**
 * consolidate on a folder: each real file read once, whatever names and links lead to it;
 * links to folders not entered (a link back up would loop); every entry not taken said with
 * the reason, on stderr, in the JSON and in the 来源清单 sheet; a pipe never waited on.
 */
import { execFileSync } from "child_process";
import { copyFileSync, linkSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { listSources } from "../../src/cli/folder";
import { cli, json, row, sampleDir, sheet } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = sampleDir();
  const f = join(dir, "panel");
  mkdirSync(join(f, "sub", ".hidden"), { recursive: true });
  const src = (n: string) => join(dir, "consolidate", n);
  copyFileSync(src("01-四川省科技装备业商会.xlsx"), join(f, "a.xlsx"));
  copyFileSync(src("02-重庆市江苏商会.xlsx"), join(f, "b.xlsx"));
  copyFileSync(src("03-云南省茶叶商会.xlsx"), join(f, "sub", "c.xlsx"));
  copyFileSync(src("04-贵州省酒业商会.xlsx"), join(f, "sub", ".hidden", "d.xlsx"));
  symlinkSync("..", join(f, "sub", "loop"));
  symlinkSync(join("..", "a.xlsx"), join(f, "sub", "a-again.xlsx"));
  linkSync(join(f, "b.xlsx"), join(f, "sub", "b-hard.xlsx"));
  symlinkSync("gone.xlsx", join(f, "sub", "broken.xlsx"));
  execFileSync("mkfifo", [join(f, "sub", "pipe.xlsx")]);
  writeFileSync(join(f, "说明.docx"), "not a workbook");
  writeFileSync(join(f, "~$a.xlsx"), "lock");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOT_TAKEN = [
  '未取用："panel/sub/.hidden"：是隐藏文件夹，没有进入',
  '未取用："panel/sub/a-again.xlsx"：与"panel/a.xlsx"是同一个文件，只读取一次',
  '未取用："panel/sub/b-hard.xlsx"：与"panel/b.xlsx"是同一个文件，只读取一次',
  '未取用："panel/sub/broken.xlsx"：是失效的链接（指向的文件不存在）',
  '未取用："panel/sub/loop"：是指向文件夹的链接，没有进入（以免重复读取或陷入循环）',
  '未取用："panel/sub/pipe.xlsx"：是命名管道（FIFO），不是文件',
  '未取用："panel/~$a.xlsx"：是 Excel 打开文件时留下的临时锁定文件',
  '未取用："panel/说明.docx"：不是 .xlsx 或 .xlsm 工作簿',
];

describe("consolidate on a folder with links, a loop, a pipe and two names of one file", () => {
  it("reads the three real workbooks once each and says why every other entry was not taken", async () => {
    const run = await cli(["consolidate", "panel", "-o", "all.xlsx", "--quota", "2", "--json"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n")).toEqual(NOT_TAKEN);
    const r = json(run);
    expect((r.sources as { file: string; status: string }[]).map((s) => [s.file, s.status])).toEqual([
      ["panel/a.xlsx", "read"],
      ["panel/b.xlsx", "read"],
      ["panel/sub/c.xlsx", "read"],
    ]);
    expect(r.entries.map((e) => e.name)).toEqual(["云南省茶叶商会", "四川省科技装备业商会", "重庆市江苏商会"]);
    expect(r.issues.map((i) => i.code)).toEqual([]);
    expect((r.notTaken as { file: string; code: string }[]).map((n) => [n.file, n.code])).toEqual([
      ["panel/sub/.hidden", "hidden-folder"],
      ["panel/sub/a-again.xlsx", "same-file"],
      ["panel/sub/b-hard.xlsx", "same-file"],
      ["panel/sub/broken.xlsx", "broken-link"],
      ["panel/sub/loop", "folder-link"],
      ["panel/sub/pipe.xlsx", "special"],
      ["panel/~$a.xlsx", "lock-file"],
      ["panel/说明.docx", "not-workbook"],
    ]);
    // 来源清单: the three sources, then each entry not taken with its reason.
    const list = sheet(join(dir, "all.xlsx"), "来源清单");
    expect(row(list, 5)).toEqual(["panel/sub/.hidden", "未取用", null, null, "是隐藏文件夹，没有进入"]);
    expect(row(list, 9)).toEqual(["panel/sub/loop", "未取用", null, null, "是指向文件夹的链接，没有进入（以免重复读取或陷入循环）"]);
    expect(row(list, 12)).toEqual(["panel/说明.docx", "未取用", null, null, "不是 .xlsx 或 .xlsm 工作簿"]);
  });

  it("a folder named twice, or through a link, is read once; a file named twice counts once", () => {
    symlinkSync("panel", join(dir, "panel-link"));
    const l = listSources(["panel", "panel-link", "panel/a.xlsx"], dir, "en");
    expect(l.files.map((p) => p.slice(dir.length + 1))).toEqual(["panel/a.xlsx", "panel/b.xlsx", "panel/sub/c.xlsx"]);
    expect(l.notTaken.slice(-2)).toEqual([
      { file: "panel-link", reason: { why: "folder-again", first: "panel" } },
      { file: "panel/a.xlsx", reason: { why: "same-file", first: "panel/a.xlsx" } },
    ]);
  });

  it("a pipe named as a source is skipped for what it is, at once", async () => {
    const run = await cli(["consolidate", "panel/a.xlsx", "panel/sub/pipe.xlsx", "-o", "two.xlsx"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('已跳过："panel/sub/pipe.xlsx"是命名管道（FIFO），不是 .xlsx 文件。\n');
  });
});
