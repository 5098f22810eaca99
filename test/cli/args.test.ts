import { parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/io";

function run(line: string) {
  const p = parseArgs(line.split(" ").filter(Boolean));
  if (p.kind !== "run") throw new Error(`not a run: ${p.kind}`);
  return p;
}

function usageError(line: string): string {
  try {
    parseArgs(line.split(" ").filter(Boolean));
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as CliError).message;
  }
  throw new Error(`no error for: ${line}`);
}

describe("parseArgs", () => {
  it("reads every option of fill, in either form", () => {
    const p = run("fill a.xlsx --scheme=chuangxin-2021 --quota 3 --json --lang en -o out.xlsx --overwrite --fill-subtotals --debug");
    expect(p.command).toBe("fill");
    expect(p.files).toEqual(["a.xlsx"]);
    expect(p.options).toEqual({
      scheme: "chuangxin-2021",
      quota: 3,
      json: true,
      lang: "en",
      output: "out.xlsx",
      inPlace: false,
      overwrite: true,
      fillSubtotals: true,
      from: null,
      experts: null,
      debug: true,
    });
  });

  it("takes options before the command and file names after --", () => {
    const p = run("--json check -- -odd.xlsx");
    expect(p.command).toBe("check");
    expect(p.files).toEqual(["-odd.xlsx"]);
    expect(p.options.json).toBe(true);
  });

  it("gives help and version", () => {
    expect(parseArgs(["fill", "--help"])).toEqual({ kind: "help", lang: "zh" });
    expect(parseArgs(["-h", "--lang", "en"])).toEqual({ kind: "help", lang: "en" });
    expect(parseArgs(["--version"])).toEqual({ kind: "version" });
  });

  it.each([
    ["frobnicate a.xlsx", "未知命令"],
    ["check", "需要一个 .xlsx 文件"],
    ["check a.xlsx b.xlsx", "只接受一个文件"],
    ["check a.xlsx -o x.xlsx", "不能用于 check"],
    ["check a.xlsx --in-place", "不能用于 check"],
    ["fill a.xlsx -o x.xlsx --in-place", "不能同时使用"],
    ["fill a.xlsx -o x.csv", "必须以 .xlsx 或 .xlsm 结尾"],
    ["consolidate dir -o x.xlsm", "必须以 .xlsx 结尾"],
    ["check a.xlsx --quota -1", "非负整数"],
    ["check a.xlsx --quota 2.5", "非负整数"],
    ["check a.xlsx --lang fr", "zh 或 en"],
    ["check a.xlsx --scheme", "需要一个值"],
    ["check a.xlsx --bogus", "未知选项"],
    ["check a.xlsx --json=yes", "未知选项"],
    ["consolidate a.xlsx", "需要 -o"],
    ["consolidate -o x.xlsx", "至少一个文件"],
    ["template -o x.xlsx", "需要 --scheme"],
    ["template --scheme sihao-2020", "需要 -o"],
    ["template --scheme sihao-2020 -o x.xlsx extra.xlsx", "不接受文件参数"],
    ["template --scheme sihao-2020 -o x.xlsx --quota 2", "不能用于 template"],
    ["check a.xlsx --overwrite", "选项 --overwrite 不能用于 check 命令"],
    ["template --scheme chuangxin-2021 --from a.xlsx --experts 张三 -o dir --overwrite", "--overwrite 不能与 --experts 同时使用"],
  ])("refuses `%s`", (line, words) => {
    expect(usageError(line)).toContain(words);
  });

  it("words usage errors in English with --lang en", () => {
    expect(usageError("check a.xlsx --quota x --lang en")).toBe('--quota must be a whole number, 0 or more; got "x".');
  });
});
