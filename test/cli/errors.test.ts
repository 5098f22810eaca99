import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { detectScheme } from "../../src/core";
import { readFailure } from "../../src/cli/book";
import { cli, grids, json, listing, sampleDir, withStoredScheme as stored } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = sampleDir();
  const bad = join(dir, "bad");
  mkdirSync(bad);
  writeFileSync(join(bad, "text.xlsx"), "just some text, renamed\n");
  // The compound-file signature of an Excel 97-2003 workbook, and nothing of one behind it.
  writeFileSync(join(bad, "old.xlsx"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));
  writeFileSync(join(bad, "empty.xlsx"), "");
  mkdirSync(join(bad, "folder.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("unreadable input: exit 2 and a message naming the file", () => {
  it.each([
    ["bad/text.xlsx", '"bad/text.xlsx"：这不是 Excel 工作簿（.xlsx）文件'],
    ["bad/old.xlsx", '"bad/old.xlsx"：工作簿文件已损坏：无法读取 Office 97-2003 文件的内部目录'],
    ["bad/empty.xlsx", '"bad/empty.xlsx"是空文件（0 字节）'],
    ["bad/missing.xlsx", '找不到文件"bad/missing.xlsx"'],
    ["bad/folder.xlsx", '"bad/folder.xlsx"是文件夹'],
  ])("%s", async (file, words) => {
    const before = listing(dir);
    for (const command of ["check", "fill"]) {
      const run = await cli([command, file], dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.startsWith("错误：")).toBe(true);
      expect(run.stderr).toContain(words);
    }
    expect(listing(dir)).toEqual(before);
  });

  it("--json prints the error object on stdout; --debug adds what lies underneath", async () => {
    const run = await cli(["check", "bad/old.xlsx", "--json"], dir);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        code: "corrupt",
        message: '"bad/old.xlsx"：工作簿文件已损坏：无法读取 Office 97-2003 文件的内部目录，文件可能不完整。',
        file: "bad/old.xlsx",
      },
    });
    const usage = await cli(["check", "--quota", "x", "--json"], dir);
    expect(JSON.parse(usage.stdout)).toEqual({ error: { code: "usage", message: '--quota 必须是非负整数，收到"x"。', file: null } });
    expect(run.stderr).not.toContain("    at ");
    const debug = await cli(["fill", "bad/old.xlsx", "--debug"], dir);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^错误："bad\/old\.xlsx"：工作簿文件已损坏：无法读取 Office 97-2003 文件/);
    expect(debug.stderr).toMatch(/XlsxError: .*\n\s+at /);
  });

  it("an unexpected failure while reading is still one message naming the file", () => {
    const e = readFailure(new TypeError("Cannot read properties of undefined (reading 'x')"), "a.xlsx", "zh");
    // The exception's English stays out of the Chinese message; --debug shows it with the stack.
    expect(e.message).toBe('读取"a.xlsx"时出现内部错误。请加 --debug 重试，并把输出发给维护者。');
    expect(readFailure(new TypeError("Cannot read properties of undefined (reading 'x')"), "a.xlsx", "en").message).toBe(
      "Reading \"a.xlsx\" failed (TypeError: Cannot read properties of undefined (reading 'x')). Run again with --debug and send the output to the maintainers.",
    );
    expect([e.code, e.file]).toEqual(["internal", "a.xlsx"]);
    const oom = readFailure(new RangeError("Invalid string length"), "a.xlsx", "en");
    expect(oom.message).toBe('"a.xlsx" is too large to read in memory: review workbooks are a few MB; delete the extra data and try again.');
  });

  it("in English too", async () => {
    const run = await cli(["check", "bad/old.xlsx", "--lang", "en"], dir);
    expect(run.stderr).toBe(
      'Error: "bad/old.xlsx": The workbook file is damaged: the internal directory of the Office 97-2003 file cannot be read; the file may be incomplete (version 0, sector shift 0).\n',
    );
  });
});

describe("schemes", () => {
  it("lists every problem of a bad scheme file, with its path, and writes nothing", async () => {
    writeFileSync(
      join(dir, "bad-scheme.json"),
      JSON.stringify({ extends: "sihao-2020", threshold: "high", categories: [{ name: "政治引领好" }], colour: "red" }),
    );
    const before = listing(dir);
    const run = await cli(["fill", "sihao-province.xlsx", "--scheme", "bad-scheme.json"], dir);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toBe("错误：评审方案无效（bad-scheme.json），共 3 处问题：");
    expect(lines.slice(1).map((l) => l.split("：")[0].trim()).sort()).toEqual(["categories[0].max", "colour", "threshold"]);
    expect(listing(dir)).toEqual(before);
    const en = await cli(["check", "sihao-province.xlsx", "--scheme", "bad-scheme.json", "--lang", "en"], dir);
    expect(en.stderr).toContain("The scheme is not valid (bad-scheme.json), 3 problems:");
  });

  it("says when the JSON itself is broken", async () => {
    writeFileSync(join(dir, "broken.json"), '{"extends": "sihao-2020",');
    const run = await cli(["check", "sihao-province.xlsx", "--scheme", "broken.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("（整个文件）：评审方案不是有效的 JSON");
  });

  it("refuses an unknown scheme id", async () => {
    const run = await cli(["check", "sihao-province.xlsx", "--scheme", "sihao-2030"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有评审方案"sihao-2030"');
    expect(run.stderr).toContain("sihao-2020、chuangxin-2021");
  });

  it("uses a custom scheme file", async () => {
    writeFileSync(join(dir, "strict.json"), JSON.stringify({ extends: "sihao-2020", id: "sihao-strict", threshold: 460 }));
    const r = json(await cli(["check", "sihao-province.xlsx", "--scheme", "strict.json", "--json"], dir));
    expect(r.scheme).toBe("sihao-strict");
    expect(r.schemeDetected).toBe(false);
    expect(r.entries.find((e) => e.name === "四川省浙江商会")).toMatchObject({ total: 465, status: "qualified" });
    expect(r.entries.find((e) => e.name === "四川省福建商会")).toMatchObject({ total: 452, reasons: ["BELOW_THRESHOLD"] });
  });

  const withStoredScheme = (value: string, name: string) => stored(dir, "sihao-province.xlsx", value, name);

  it("uses the scheme stored in the workbook only with --scheme workbook, and says so at the head", async () => {
    const file = withStoredScheme(JSON.stringify({ extends: "sihao-2020", id: "stored-460", threshold: 460 }), "stored.xlsx");
    const plain = await cli(["check", file, "--json"], dir);
    expect(json(plain).scheme).toBe("sihao-2020");
    expect(json(plain).schemeSource).toBe("builtin");
    expect(plain.stderr).toMatch(/^注意：工作簿中保存了方案"四好商会认定 2019—2020"（[0-9a-f]{8}），本次未使用。如需使用，请加 --scheme workbook。\n$/);
    const used = await cli(["check", file, "--json", "--scheme", "workbook"], dir);
    expect(json(used)).toMatchObject({ scheme: "stored-460", schemeSource: "workbook", schemeDetected: false });
    expect(used.stderr).toBe("");
    const human = await cli(["check", file, "--scheme", "workbook"], dir);
    const head = human.stdout.split("\n").slice(0, 3);
    expect(head[0]).toBe(`方案来自工作簿：四好商会认定 2019—2020（${String(json(used).schemeHash).slice(0, 8)}）`);
    expect(head[1]).toBe("与内置方案 sihao-2020 的不同：");
    expect(head[2]).toBe("  threshold 350 → 460");
    const named = json(await cli(["check", file, "--json", "--scheme", "sihao-2020"], dir));
    expect(named.scheme).toBe("sihao-2020");
  });

  it("refuses a bad stored scheme when asked to use it, saying where it came from", async () => {
    const file = withStoredScheme(JSON.stringify({ extends: "sihao-2020", threshold: -5 }), "stored-bad.xlsx");
    const run = await cli(["check", file, "--scheme", "workbook"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('评审方案无效（工作簿"stored-bad.xlsx"中保存的方案），共 1 处问题：');
    expect(run.stderr).toContain("threshold");
    // Not asked for: it is only said to be there.
    const plain = await cli(["check", file], dir);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/注意：工作簿中保存了一个无法使用的方案（[0-9a-f]{8}），本次未使用；加 --scheme workbook 可查看它的问题。/);
  });
});

describe("usage", () => {
  it("no arguments: the usage on stderr, exit 2", async () => {
    const run = await cli([], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("用法：");
    expect(run.stdout).toBe("");
  });

  it("--help and -h: the usage on stdout, exit 0, in either language", async () => {
    const zh = await cli(["--help"], dir);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("review-assistant consolidate <文件或文件夹>... -o 输出.xlsx");
    expect(zh.stdout).toContain("--fill-subtotals");
    const en = await cli(["fill", "-h", "--lang", "en"], dir);
    expect(en.stdout).toContain("Usage:");
    expect(en.stdout).toContain("--fill-subtotals    fill, consolidate: write computed values into blank 小计/合计");
  });

  it("a usage mistake says what is wrong and where to look", async () => {
    const run = await cli(["check", "a.xlsx", "--quota", "many"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('错误：--quota 必须是非负整数，收到"many"。\n运行 review-assistant --help 查看用法。\n');
  });

  it("--version", async () => {
    expect((await cli(["--version"], dir)).stdout).toBe("review-assistant 1.0.0\n");
  });
});

describe("template", () => {
  it.each(["sihao-2020", "chuangxin-2021"])("%s: reopens and the engine recognises it", async (id) => {
    const run = await cli(["template", "--scheme", id, "-o", `templates/${id}.xlsx`], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`templates/${id}.xlsx`);
    expect(detectScheme(grids(join(dir, "templates", `${id}.xlsx`))).id).toBe(id);
  });

  it("a blank template is checked like any workbook and asks for every score", async () => {
    copyFileSync(join(dir, "templates", "sihao-2020.xlsx"), join(dir, "blank.xlsx"));
    const r = json(await cli(["check", "blank.xlsx", "--json"], dir));
    expect(r.scheme).toBe("sihao-2020");
    expect(new Set(r.issues.filter((i) => i.severity === "error").map((i) => i.code))).toEqual(new Set(["SCORE_MISSING"]));
  });
});
