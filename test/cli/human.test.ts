/** The CLI's human report: 待核 rows say why, the table fits 80 and 120 columns, and the pane's stored quotas count. */
import { main } from "../../src/cli/main";
import { terminalColumns } from "../../src/cli/io";
import { displayWidth, fitTable, wrapText } from "../../src/cli/width";
import { NOW, cli, json, sampleDir, withSetting } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = sampleDir();
});

async function run(argv: string[], columns: number | null): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, now: () => NOW, isTTY: false, columns });
  return { code, stdout, stderr };
}

/** The table: from its header line to the first blank line. */
function tableOf(stdout: string, header: RegExp): string[] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((l) => header.test(l));
  const end = lines.indexOf("", start);
  return lines.slice(start, end);
}

describe("the entry table", () => {
  it("gives a 待核 row its reason and a tie its partner", async () => {
    const out = (await run(["check", "sihao-province.xlsx"], null)).stdout;
    expect(out).toContain("四川省湖南商会        四川省            待核                      1 处自评分错误");
    expect(out).toContain("四川省茶叶行业商会    四川省            待核                      找不到自评表");
    expect(out).toContain('四川省福建商会        四川省       452  合格         4  并列待定  与"四川省重庆商会"并列第 4 名，跨越名额线（4 个）');
    expect(out).toMatch(/^商会名称 +省份 +核验总分 +资格审查 +排名 +名额内 +原因$/m);
    expect(out).toContain("名额来自：推荐名额分配表（1 个组）");
  });

  it.each([80, 120])("fits %i columns: no line is wider, labels whole, reasons wrapped in their own column", async (width) => {
    for (const [file, header] of [
      ["sihao-province.xlsx", /^商会名称 /],
      ["chuangxin-cases.xlsx", /^案例名称 /],
    ] as const) {
      const out = (await run(["check", file], width)).stdout;
      for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const table = tableOf(out, header);
      const labels = table[0].split(/ +/);
      expect(labels[labels.length - 1]).toBe("原因");
      // Every label is one of the column's two forms, never a piece of one.
      const known = new Set(["商会名称", "省份", "核验总分", "总分", "资格审查", "资格", "排名", "名额内", "原因", "案例名称", "类别", "专家数", "专家", "平均分", "入围初选", "初选", "入选终审", "终审"]);
      for (const l of labels) expect(known.has(l)).toBe(true);
      // A wrapped reason continues under its own column, the other columns blank on that line.
      const reasonAt = displayWidth(table[0].slice(0, table[0].lastIndexOf("原因")));
      const continued = table.slice(1).filter((l) => /^ +\S/.test(l) && displayWidth(l.match(/^ */)![0]) >= reasonAt);
      if (file === "chuangxin-cases.xlsx") expect(continued.length).toBeGreaterThan(0);
    }
  });

  it("at 80 columns the case table still shows the whole tie message, unbroken at its numbers", async () => {
    const out = (await run(["check", "chuangxin-cases.xlsx"], 80)).stdout;
    const flat = out.replace(/\n +/g, "");
    expect(flat).toContain("跨越终审线（10 个）");
    expect(out).not.toMatch(/第 10\n|10\n +名/);
  });

  it("English labels the form's Chinese values once", async () => {
    const out = (await run(["check", "sihao-province.xlsx", "--lang", "en"], null)).stdout;
    expect(out).toContain("The form's result cells are written in Chinese: 合格 qualified");
    expect(out).toContain("1 self-assessment score error");
    expect(out).toContain("Quotas from: 推荐名额分配表 (quota sheet) (1 group)");
  });
});

describe("wrapping", () => {
  it("never splits a number from its unit, and keeps closing punctuation off the line start", () => {
    expect(wrapText("基础达标项 5 项未满分（最多 4 项）", 16)).toEqual(["基础达标项 5 项", "未满分", "（最多 4 项）"]);
    for (const line of wrapText('"四川省"推荐 12 家，名额 4 个，超出 8 家', 12)) expect(line).not.toMatch(/^[，。）]/);
  });

  it("a table keeps its labels whole even when nothing fits", () => {
    const lines = fitTable(
      [
        { label: "名称", align: "left", wrapTo: 4 },
        { label: "原因", align: "left", wrapTo: 4 },
      ],
      [["很长很长的名称", "很长很长的原因文字"]],
      6,
    );
    expect(lines[0]).toMatch(/^名称 +原因$/);
  });

  it("the terminal's width: stdout's when a terminal, else $COLUMNS, else none", () => {
    expect(terminalColumns({ isTTY: true, columns: 100 }, { COLUMNS: "80" })).toBe(100);
    expect(terminalColumns({ isTTY: false }, { COLUMNS: "80" })).toBe(80);
    expect(terminalColumns({ isTTY: false }, {})).toBeNull();
    expect(terminalColumns({ isTTY: false }, { COLUMNS: "wide" })).toBeNull();
  });
});

describe("quotas set in the pane, stored in the workbook", () => {
  const withQuotas = (setting: unknown, name: string) => withSetting(dir, "sihao-province.xlsx", name, "reviewAssistant.quotas", setting);

  it("rank above the 推荐名额分配表; --quota ranks above them", async () => {
    const file = withQuotas({ every: null, groups: { 四川: 7 } }, "pane-quota.xlsx");
    const r = json(await cli(["check", file, "--json"], dir));
    expect(r.groups[0]).toMatchObject({ name: "四川省", quota: 7, quotaSource: "pane" });
    expect(r.entries.filter((e) => e.status === "qualified").map((e) => e.withinQuota)).toEqual(["yes", "yes", "yes", "yes", "yes", "yes", "yes"]);
    expect((await run(["check", file], null)).stdout).toContain("名额来自：本窗格设置（1 个组）");
    const cliQuota = json(await cli(["check", file, "--json", "--quota", "2"], dir));
    expect(cliQuota.groups[0]).toMatchObject({ quota: 2, quotaSource: "cli" });
  });

  it("a setting that cannot be read is said and ignored", async () => {
    const file = withQuotas({ every: "many" }, "pane-quota-bad.xlsx");
    const out = await run(["check", file, "--json"], null);
    expect(out.stderr).toContain('警告：工作簿"pane-quota-bad.xlsx"中保存的名额设置无法读取，已忽略');
    expect(JSON.parse(out.stdout).groups[0]).toMatchObject({ quota: 4, quotaSource: "sheet" });
  });
});
