/**
 * The expert panel's whole round: scoring sheets out (`template --from --experts`), scores
 * typed in as Excel saves them, collected back with `consolidate`, checked. Expectations are
 * worked by hand in the comments.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createXlsx } from "../../src/xlsx";
import { cli, json, listing } from "../cli/helpers";
import { EXPERTS, TOTALS, caseBook, typeCells, typed } from "./books";

describe("scoring sheets out, scores back", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ra-panel-"));
    writeFileSync(join(dir, "cases.xlsx"), caseBook());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("template writes one workbook per expert and says how to collect them", async () => {
    const run = await cli(["template", "--scheme", "chuangxin-2021", "--from", "cases.xlsx", "--experts", "张三,李四，王五、赵六", "-o", "评分表"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "已为 4 位专家生成评分表（每份 5 个案例）：评分表",
        "  评分表/专家评分表-张三.xlsx",
        "  评分表/专家评分表-李四.xlsx",
        "  评分表/专家评分表-王五.xlsx",
        "  评分表/专家评分表-赵六.xlsx",
        "评分表收回后汇总：review-assistant consolidate cases.xlsx 评分表 -o 汇总.xlsx",
        "",
      ].join("\n"),
    );
  });

  test("a blank scoring sheet is read as the expert's, and asks for every score", async () => {
    const run = json(await cli(["check", "评分表/专家评分表-张三.xlsx", "--json"], dir));
    expect(run.experts).toEqual([expect.objectContaining({ expert: "张三", sheet: "张三", cases: 0 })]);
    expect(run.issues.filter((i) => i.code === "SCORE_MISSING")).toHaveLength(15);
    expect(run.issues.find((i) => i.code === "SCORE_MISSING")).toMatchObject({ sheet: "张三", cell: "D7" });
  });

  test("filled, collected with consolidate and checked: the hand-worked scores", async () => {
    mkdirSync(join(dir, "收回"));
    for (const x of EXPERTS) {
      const bytes = new Uint8Array(readFileSync(join(dir, "评分表", `专家评分表-${x}.xlsx`)));
      writeFileSync(join(dir, "收回", `专家评分表-${x}.xlsx`), typeCells(bytes, typed(x)));
    }
    const run = await cli(["consolidate", "cases.xlsx", "收回", "-o", "汇总.xlsx", "--json"], dir);
    expect(run.code).toBe(0);
    const r = json(run);
    expect(r.entries.map((e) => [e.name, e.category, e.experts, e.abstained, e.score, e.rank])).toEqual([
      ["案例一：商会调解中心", "副省级、地市级工商联", 3, 1, 88, 1],
      ["案例二：民营企业法律体检", "区县级工商联", 4, 0, 79.75, 1],
      ["案例三：异地商会招商引资", "商会", 4, 0, 69.75, 2],
      ["案例四：亲清政商关系评价", "省级工商联", 4, 0, 84.5, 1],
      ["案例五：行业商会标准建设", "商会", 4, 0, 75.5, 1],
    ]);
    expect(r.summary).toMatchObject({ entries: 5, qualified: 5, errors: 0 });
    expect(r.experts!.map((x) => [x.expert, x.unit, x.cases, x.abstained])).toEqual([
      ["张三", null, 5, 0],
      ["李四", null, 5, 0],
      ["王五", null, 5, 0],
      ["赵六", "甲市工商联", 4, 1],
    ]);
    // The filled workbook checks the same way again.
    const again = json(await cli(["check", "汇总.xlsx", "--json"], dir));
    expect(again.entries.map((e) => e.score)).toEqual([88, 79.75, 69.75, 84.5, 75.5]);
  });

  test("赵六 scoring their own unit's case instead: CONFLICT_OF_INTEREST, left out of the mean", async () => {
    mkdirSync(join(dir, "冲突"));
    for (const x of EXPERTS) {
      const bytes = new Uint8Array(readFileSync(join(dir, "评分表", `专家评分表-${x}.xlsx`)));
      writeFileSync(join(dir, "冲突", `${x}.xlsx`), typeCells(bytes, typed(x, x === "赵六" ? 95 : TOTALS[x][0])));
    }
    const run = await cli(["consolidate", "cases.xlsx", "冲突", "-o", "冲突汇总.xlsx", "--json"], dir);
    expect(run.code).toBe(1);
    const r = json(run);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.cell])).toEqual([["CONFLICT_OF_INTEREST", "赵六", "D7"]]);
    expect(r.entries[0]).toMatchObject({ experts: 3, abstained: 0, score: 88, status: "qualified" });
  });
});

describe("template refuses before writing anything", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ra-panel-no-"));
    writeFileSync(join(dir, "cases.xlsx"), caseBook());
    writeFileSync(join(dir, "not-cases.xlsx"), createXlsx([{ name: "Sheet1", values: [["随便"]], merges: [], widths: [] }]));
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "专家评分表-李四.xlsx"), "mine");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    [["--experts", "张三"], "需要同时给出 --from 与 --experts"],
    [["--from", "cases.xlsx"], "需要同时给出 --from 与 --experts"],
    [["--from", "cases.xlsx", "--experts", " ，、"], "--experts 中没有专家姓名"],
    [["--from", "cases.xlsx", "--experts", "张三,李四,张 三"], "专家姓名重复：张 三"],
    [["--from", "cases.xlsx", "--experts", `张三,${"长".repeat(41)}`], `专家姓名过长（最多 40 个字符）：${"长".repeat(41)}`],
  ])("usage: %j", async (extra, message) => {
    const run = await cli(["template", "--scheme", "chuangxin-2021", "-o", "new", ...extra], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(dir, "new"))).toBe(false);
  });

  test("a file already there is never replaced: nothing is written", async () => {
    const before = listing(dir);
    const run = await cli(["template", "--scheme", "chuangxin-2021", "--from", "cases.xlsx", "--experts", "张三,李四", "-o", "out"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("以下文件已存在，未写入任何文件");
    expect(run.stderr).toContain("out/专家评分表-李四.xlsx");
    expect(listing(dir)).toEqual(before);
  });

  test("no case list, or a 四好 scheme: told plainly", async () => {
    const a = await cli(["template", "--scheme", "chuangxin-2021", "--from", "not-cases.xlsx", "--experts", "张三", "-o", "x"], dir);
    expect([a.code, a.stderr]).toEqual([2, '错误：not-cases.xlsx 中没有推介汇总表（需要"案例名称"和"类别"列）\n']);
    const b = await cli(["template", "--scheme", "sihao-2020", "--from", "cases.xlsx", "--experts", "张三", "-o", "x"], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('评审方案"sihao-2020"没有专家评分');
    expect(existsSync(join(dir, "x"))).toBe(false);
  });
});
