import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { SheetSpec } from "../../src/core";
import { createXlsx } from "../../src/xlsx";
import { chuangxinSheets } from "../../scripts/samples/chuangxin";
import { cli, grids, json, listing, row, sampleDir, sheet } from "./helpers";

let dir: string;
beforeAll(() => (dir = sampleDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("consolidate samples/consolidate/", () => {
  it("gathers every chamber, reports the broken file and skips it", async () => {
    const run = await cli(["consolidate", "consolidate", "-o", "out/all.xlsx", "--quota", "2", "--json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '已跳过："consolidate/06-损坏的文件.xlsx"：这不是 Excel 工作簿（.xlsx）文件：无法作为 zip 包读取，文件可能不完整或已损坏。\n',
    );
    const r = json(run);
    expect(r.file).toBe("out/all.xlsx");
    expect(r.summary).toEqual({ entries: 5, qualified: 3, disqualified: 1, pending: 1, errors: 1, warnings: 0 });
    // Rows without a province come first: the reader would give them the province above.
    expect(r.entries.map((e) => [e.name, e.group, e.status, e.total, e.rank, e.withinQuota])).toEqual([
      ["云南省茶叶商会", null, "qualified", 448, 1, "yes"],
      ["四川省科技装备业商会", "四川省", "qualified", 476, 1, "yes"],
      ["重庆市江苏商会", "重庆市", "qualified", 462, 1, "yes"],
      ["重庆市汽车摩托车商会", "重庆市", "pending", null, null, null],
      ["贵州省酒业商会", "贵州省", "disqualified", 450, null, "no"],
    ]);
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([["SCORE_MISSING", "重庆市汽车摩托车商会", "E17"]]);
    const sources = r.sources as { file: string; status: string; sheets: { from: string; to: string }[]; error: { code: string } | null }[];
    expect(sources.map((s) => [s.file, s.status, s.sheets.map((x) => `${x.from}→${x.to}`), s.error?.code ?? null])).toEqual([
      ["consolidate/01-四川省科技装备业商会.xlsx", "read", ["自评表→四川省科技装备业商会"], null],
      ["consolidate/02-重庆市江苏商会.xlsx", "read", ["自评表→重庆市江苏商会"], null],
      ["consolidate/03-云南省茶叶商会.xlsx", "read", ["云南省茶叶商会→云南省茶叶商会"], null],
      ["consolidate/04-贵州省酒业商会.xlsx", "read", ["自评表→贵州省酒业商会"], null],
      ["consolidate/05-重庆市汽车摩托车商会.xlsx", "read", ["自评表→重庆市汽车摩托车商会"], null],
      ["consolidate/06-损坏的文件.xlsx", "skipped", [], "not-zip"],
    ]);
  });

  it("writes a workbook with a summary, one sheet per source sheet and where each came from", async () => {
    await cli(["consolidate", "consolidate", "-o", "book.xlsx"], dir);
    const out = join(dir, "book.xlsx");
    expect(grids(out).map((g) => g.name)).toEqual([
      "推荐名单汇总表",
      "云南省茶叶商会",
      "四川省科技装备业商会",
      "重庆市江苏商会",
      "重庆市汽车摩托车商会",
      "贵州省酒业商会",
      "来源清单",
      "校验报告",
    ]);
    const summary = sheet(out, "推荐名单汇总表");
    expect(row(summary, 3)).toEqual([
      "序号", "省份", "商会名称", "商会类型", "自评分", "自评表", "来源文件",
      "核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明",
    ]);
    expect(row(summary, 5).slice(0, 8)).toEqual([2, "四川省", "四川省科技装备业商会", null, 476, "四川省科技装备业商会", "consolidate/01-四川省科技装备业商会.xlsx", 476]);
    // The copied sheet holds the source's values and merges.
    const copied = sheet(out, "四川省科技装备业商会");
    const source = sheet(join(dir, "consolidate", "01-四川省科技装备业商会.xlsx"), "自评表");
    expect(copied.rows).toEqual(source.rows);
    expect(copied.merges).toEqual(source.merges);
    const sources = sheet(out, "来源清单");
    expect(row(sources, 7)[1]).toBe("已跳过");
  });

  it("skips lock files, its own outputs and a previous output in the folder", async () => {
    const folder = join(dir, "scan");
    mkdirSync(folder);
    for (const f of readdirSync(join(dir, "consolidate"))) copyFileSync(join(dir, "consolidate", f), join(folder, f));
    writeFileSync(join(folder, "~$01-四川省科技装备业商会.xlsx"), "lock");
    copyFileSync(join(folder, "02-重庆市江苏商会.xlsx"), join(folder, "02-重庆市江苏商会.reviewed.xlsx"));
    copyFileSync(join(folder, "02-重庆市江苏商会.xlsx"), join(folder, "02-重庆市江苏商会.bak.xlsx"));
    writeFileSync(join(folder, "notes.txt"), "not a workbook");
    const first = json(await cli(["consolidate", "scan", "-o", "scan/汇总.xlsx", "--json"], dir));
    const second = json(await cli(["consolidate", "scan", "-o", "scan/汇总.xlsx", "--json"], dir));
    for (const r of [first, second]) {
      expect((r.sources as { file: string }[]).map((s) => s.file)).toEqual(
        readdirSync(join(dir, "consolidate"))
          .sort()
          .map((f) => `scan/${f}`),
      );
      expect(r.summary.entries).toBe(5);
    }
  });

  it("takes files and folders together, reporting a missing file with the others", async () => {
    const run = await cli(["consolidate", "consolidate/01-四川省科技装备业商会.xlsx", "nowhere.xlsx", "-o", "two.xlsx", "--json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('已跳过：找不到文件"nowhere.xlsx"。');
    const r = json(run);
    expect(r.summary.entries).toBe(1);
    expect((r.sources as { error: { code: string } | null }[]).map((s) => s.error?.code ?? null)).toEqual([null, "missing"]);
  });

  it("exits 2 and writes nothing when no source can be read", async () => {
    const before = listing(dir);
    const run = await cli(["consolidate", "consolidate/06-损坏的文件.xlsx", "nowhere.xlsx", "-o", "none.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有可汇总的文件（见上），未写入任何文件。");
    expect(listing(dir)).toEqual(before);
    expect(existsSync(join(dir, "none.xlsx"))).toBe(false);
  });

  it("skips a workbook with nothing to gather, and refuses a folder with no workbook", async () => {
    writeFileSync(join(dir, "other.xlsx"), createXlsx([{ name: "通讯录", values: [["姓名", "电话"], ["王明", "123"]], merges: [], widths: [] }]));
    const run = await cli(["consolidate", "other.xlsx", "consolidate/03-云南省茶叶商会.xlsx", "-o", "mixed.xlsx", "--json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('已跳过："other.xlsx"中没有自评表或专家评分表。\n');
    expect((json(run).sources as { error: { code: string } | null }[]).map((s) => s.error?.code ?? null)).toEqual(["no-sheets", null]);
    mkdirSync(join(dir, "empty-folder"));
    const none = await cli(["consolidate", "empty-folder", "-o", "x.xlsx"], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("错误：没有找到可汇总的 .xlsx 文件。\n");
  });

  it("shows progress only on a terminal", async () => {
    const quiet = await cli(["consolidate", "consolidate", "-o", "p1.xlsx"], dir);
    expect(quiet.stderr).not.toMatch(/读取 \d+\/\d+/);
    const tty = await cli(["consolidate", "consolidate", "-o", "p2.xlsx"], dir, { tty: true });
    expect(tty.stderr).toContain("读取 6/6 …");
    // The progress line is cleared before the report.
    expect(tty.stderr.endsWith("\r\u001b[2K")).toBe(true);
  });
});

describe("consolidate expert workbooks (创新中国)", () => {
  it("one workbook per expert, the case list in the first, gives the same verdicts as one workbook", async () => {
    const folder = join(dir, "experts");
    mkdirSync(folder);
    const [cases, ...experts] = chuangxinSheets();
    experts.forEach((e, i) => {
      const sheets: SheetSpec[] = i === 0 ? [cases, { ...e, name: "专家评分表" }] : [{ ...e, name: "专家评分表" }];
      writeFileSync(join(folder, `${e.name}.xlsx`), createXlsx(sheets));
    });
    const merged = json(await cli(["consolidate", "experts", "-o", "cases.xlsx", "--json"], dir));
    const single = json(await cli(["check", "chuangxin-cases.xlsx", "--json"], dir));
    const pick = (r: typeof merged) => r.entries.map((e) => [e.name, e.experts, e.score, e.status, e.rank, e.shortlisted, e.final]);
    expect(merged.scheme).toBe("chuangxin-2021");
    expect(pick(merged)).toEqual(pick(single));
    // Every expert called the sheet 专家评分表: the file names tell them apart.
    expect(grids(join(dir, "cases.xlsx")).map((g) => g.name)).toEqual([
      "推介汇总表",
      "专家1-张伟-专家评分表",
      "专家2-李娜-专家评分表",
      "专家3-王强-专家评分表",
      "专家4-刘洋-专家评分表",
      "专家5-陈静-专家评分表",
      "来源清单",
      "校验报告",
    ]);
  });
});
