import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { Grid, cellAt } from "../../src/core";
import { copyGrid, setCell } from "../../src/core/testing";
import { openXlsx } from "../../src/xlsx";
import { box } from "../helpers/grids";
import { cli, grids, json, listing, protectSheet, row, sampleDir, sheet } from "./helpers";

let dir: string;
beforeAll(() => (dir = sampleDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RESULT_HEADER = ["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"];

/** A private copy of a sample in its own folder, so tests that write do not meet. */
function copyOf(sample: string, name: string): { folder: string; file: string } {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "input.xlsx");
  copyFileSync(join(dir, sample), file);
  return { folder, file };
}

/** Every sheet's values, the report's time cell (校验报告 B3) blanked. */
function withoutTime(gs: Grid[]): Grid[] {
  return gs.map((g) => {
    if (g.name !== "校验报告") return g;
    const copy = copyGrid(g);
    expect(cellAt(copy, 2, 0)).toBe("校验时间");
    setCell(copy, 2, 1, null);
    return copy;
  });
}

describe("fill", () => {
  it("writes <name>.reviewed.xlsx beside the input and leaves the input alone", async () => {
    const { folder, file } = copyOf("sihao-province.xlsx", "beside");
    const before = readFileSync(file);
    const run = await cli(["fill", "input.xlsx", "--json"], folder);
    expect(run.code).toBe(1);
    const r = json(run);
    expect(r.output).toBe("input.reviewed.xlsx");
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(["input.reviewed.xlsx", "input.xlsx"]);

    const out = join(folder, "input.reviewed.xlsx");
    const summary = sheet(out, "推荐名单汇总表");
    expect(row(summary, 4).slice(8)).toEqual(RESULT_HEADER);
    // Every entry's result cells say what the JSON report says.
    for (const e of r.entries) {
      const cells = row(summary, e.row as number).slice(8, 14);
      const status = { qualified: "合格", disqualified: "不合格", pending: "待核" }[e.status as string];
      const quota = e.withinQuota === null ? null : { yes: "是", no: "否", tie: "并列待定" }[e.withinQuota as string];
      expect([cells[0], cells[3], cells[4], cells[5]]).toEqual([e.total, status, e.rank, quota]);
    }
    expect(row(summary, 10).slice(8, 14)).toEqual([455, "7", 0, "不合格", null, "否"]);
    expect(row(summary, 11)[10]).toBe(5);
    const report = sheet(out, "校验报告");
    expect(row(report, 3)).toEqual(["校验时间", "2021-03-15 09:30", null, null, null]);
    expect(box(report).values.slice(11).map((x) => [x[1], x[2], x[3]])).toEqual(r.issues.map((i) => [i.code, i.sheet, i.cell]));
  });

  it("filling twice gives the same workbook as filling once", async () => {
    const { folder } = copyOf("sihao-province.xlsx", "twice");
    expect((await cli(["fill", "input.xlsx", "-o", "once.xlsx"], folder)).code).toBe(1);
    const later = new Date(2021, 3, 1, 16, 5);
    expect((await cli(["fill", "once.xlsx", "-o", "twice.xlsx"], folder, { now: later })).code).toBe(1);
    const once = grids(join(folder, "once.xlsx"));
    const twice = grids(join(folder, "twice.xlsx"));
    expect(twice.map((g) => g.name)).toEqual(once.map((g) => g.name));
    expect(withoutTime(twice)).toEqual(withoutTime(once));
    expect(row(sheet(join(folder, "twice.xlsx"), "校验报告"), 3)[1]).toBe("2021-04-01 16:05");
  });

  it("--in-place keeps <name>.bak.xlsx and replaces the file with the complete result", async () => {
    const { folder, file } = copyOf("sihao-province.xlsx", "inplace");
    const original = readFileSync(file);
    const run = await cli(["fill", "input.xlsx", "--in-place"], folder);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("已写入：input.xlsx");
    expect(run.stdout).toContain("原文件已备份为：input.bak.xlsx");
    expect(readdirSync(folder).sort()).toEqual(["input.bak.xlsx", "input.xlsx"]);
    expect(readFileSync(join(folder, "input.bak.xlsx")).equals(original)).toBe(true);
    const filled = grids(file);
    expect(filled.map((g) => g.name)).toEqual([...grids(join(folder, "input.bak.xlsx")).map((g) => g.name), "校验报告"]);
    expect(row(sheet(file, "推荐名单汇总表"), 4).slice(8)).toEqual(RESULT_HEADER);
  });

  it("refuses a protected sheet, names it, and writes nothing", async () => {
    const { folder, file } = copyOf("sihao-province.xlsx", "protected");
    writeFileSync(file, protectSheet(readFileSync(file), "推荐名单汇总表"));
    const before = listing(folder);
    for (const args of [["fill", "input.xlsx"], ["fill", "input.xlsx", "--in-place"]]) {
      const run = await cli(args, folder);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain('"input.xlsx"：工作表"推荐名单汇总表"受保护');
      expect(run.stderr).toContain("未写入任何文件");
      expect(listing(folder)).toEqual(before);
    }
  });

  it("check rehearses the write by the same rules as fill: a user's 校验报告 and a protected 自评表 pass both", async () => {
    const { folder, file } = copyOf("sihao-province.xlsx", "owned");
    const book = openXlsx(new Uint8Array(readFileSync(file)));
    book.addSheets([{ name: "校验报告", values: [["我的笔记"], ["别动"]], merges: [], widths: [] }]);
    writeFileSync(file, protectSheet(book.toBytes(), "湖南商会"));
    const before = listing(folder);
    const check = await cli(["check", "input.xlsx"], folder);
    expect([check.code, check.stderr]).toEqual([1, ""]);
    expect(listing(folder)).toEqual(before);

    const run = await cli(["fill", "input.xlsx", "-o", "out.xlsx"], folder);
    expect([run.code, run.stderr]).toEqual([1, ""]);
    expect(run.stdout).toContain('工作簿中已有一个不是评审助手创建的"校验报告"，未改动它；校验报告写在"校验报告 (2)"。');
    expect(run.stdout).toContain('工作表"湖南商会"受保护，未在其中标记问题单元格（其余结果已写入）。');
    const out = join(folder, "out.xlsx");
    expect(box(sheet(out, "校验报告")).values).toEqual([["我的笔记"], ["别动"]]);
    expect(row(sheet(out, "校验报告 (2)"), 1)[0]).toBe("评审助手 校验报告");
    expect(row(sheet(out, "推荐名单汇总表"), 4).slice(8)).toEqual(RESULT_HEADER);
  });

  it("check does not refuse a protected summary (fill names it); the rest is still rehearsed", async () => {
    const { folder, file } = copyOf("sihao-province.xlsx", "protected-check");
    writeFileSync(file, protectSheet(readFileSync(file), "推荐名单汇总表"));
    const check = await cli(["check", "input.xlsx", "--json"], folder);
    expect(check.code).toBe(1);
    expect(json(check).entries).toHaveLength(12);
    expect((await cli(["fill", "input.xlsx"], folder)).code).toBe(2);
  });

  it("fills blank 小计/合计 cells only with --fill-subtotals, never a stated one", async () => {
    const { folder } = copyOf("sihao-province.xlsx", "subtotals");
    await cli(["fill", "input.xlsx", "-o", "plain.xlsx"], folder);
    await cli(["fill", "input.xlsx", "-o", "sub.xlsx", "--fill-subtotals"], folder);
    const subtotalScores = (path: string, name: string) =>
      box(sheet(path, name))
        .values.filter((r) => r[1] === "小计" || r[1] === "合计")
        .map((r) => r[3]);
    // 福建商会: layout C with blank 小计/合计.
    expect(subtotalScores(join(folder, "plain.xlsx"), "福建商会")).toEqual([null, null, null, null, null, null]);
    const filled = subtotalScores(join(folder, "sub.xlsx"), "福建商会") as number[];
    expect(filled).toHaveLength(6);
    expect(filled[5]).toBe(452);
    expect(filled.slice(0, 5).reduce((a, b) => a + b, 0)).toBe(452);
    // 江西商会 states its own 小计/合计: they stay as they were.
    expect(subtotalScores(join(folder, "sub.xlsx"), "江西商会")).toEqual(subtotalScores(join(folder, "plain.xlsx"), "江西商会"));
  });

  it("will not write over its input without --in-place", async () => {
    const { folder } = copyOf("sihao-province.xlsx", "same");
    const before = listing(folder);
    const run = await cli(["fill", "input.xlsx", "-o", "./input.xlsx"], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--in-place");
    expect(listing(folder)).toEqual(before);
  });

  it("makes the output folder and leaves no temporary file behind", async () => {
    const { folder } = copyOf("chuangxin-cases.xlsx", "folder");
    const run = await cli(["fill", "input.xlsx", "-o", "out/deeper/cases.xlsx", "--lang", "en"], folder);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Written: out/deeper/cases.xlsx");
    expect(readdirSync(join(folder, "out", "deeper"))).toEqual(["cases.xlsx"]);
    const header = row(sheet(join(folder, "out", "deeper", "cases.xlsx"), "推介汇总表"), 2);
    expect(header.slice(8)).toEqual(["专家数", "平均分", "类别内排名", "入围初选", "入选终审", "资格审查", "校验说明"]);
    expect(existsSync(join(folder, "input.reviewed.xlsx"))).toBe(false);
  });
});
