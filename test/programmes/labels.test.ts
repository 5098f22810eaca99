/**
 * Labels come from the scheme (issue 11 §2): what the tool writes is headed with the scheme's
 * first alias, and what it reads is found by every alias, so a custom scheme can always read
 * its own template and its own consolidated workbook.
 */
import { readdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { type Cell, type PlanValue } from "../../src/core";
import { gridToValues } from "../../src/core/testing";
import { createXlsx } from "../../src/xlsx";
import { cli, grids, json, row, sampleDir, sheet } from "../cli/helpers";

let dir: string;
beforeAll(() => (dir = sampleDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const relabel = (v: Cell): PlanValue => (v === "商会名称" ? "单位名称" : (v as PlanValue));

describe('a scheme whose summary names a chamber "单位名称"', () => {
  test("consolidate heads its summary 单位名称 and reads it back: nothing skipped, every province kept", async () => {
    writeFileSync(join(dir, "unit.json"), JSON.stringify({ extends: "sihao-2020", id: "sihao-unit", headers: { summary: { name: ["单位名称"] } } }));
    // The sample sources, their summaries headed as this scheme's offices write them.
    const from = join(dir, "consolidate");
    for (const f of readdirSync(from).filter((n) => /^0[1-5]-/.test(n))) {
      const specs = grids(join(from, f)).map((g) => ({ name: g.name, values: gridToValues(g).map((r) => r.map(relabel)), merges: g.merges ?? [], widths: [] }));
      writeFileSync(join(dir, `unit-${f}`), createXlsx(specs));
    }
    const sources = readdirSync(dir).filter((n) => n.startsWith("unit-0"));
    expect(sources).toHaveLength(5);

    const run = await cli(["consolidate", ...sources, "-o", "all.xlsx", "--scheme", "unit.json", "--json"], dir);
    expect([run.code, run.stderr]).toEqual([1, ""]);
    const entries = (r: ReturnType<typeof json>) => r.entries.map((e) => [e.name, e.group, e.status, e.total, e.rank]);
    const expected = [
      ["云南省茶叶商会", null, "qualified", 448, 1],
      ["四川省科技装备业商会", "四川省", "qualified", 476, 1],
      ["重庆市江苏商会", "重庆市", "qualified", 462, 1],
      ["重庆市汽车摩托车商会", "重庆市", "pending", null, null],
      ["贵州省酒业商会", "贵州省", "disqualified", 450, null],
    ];
    expect(entries(json(run))).toEqual(expected);
    expect(row(sheet(join(dir, "all.xlsx"), "推荐名单汇总表"), 3).slice(0, 7)).toEqual(["序号", "省份", "单位名称", "商会类型", "自评分", "自评表", "来源文件"]);

    // The consolidated workbook is this scheme's own: checked again, the same verdict.
    const again = await cli(["check", "all.xlsx", "--scheme", "unit.json", "--json"], dir);
    expect(entries(json(again))).toEqual(expected);
    expect(json(again).issues.map((i) => i.code)).toEqual(["QUOTA_MISSING", "QUOTA_MISSING", "QUOTA_MISSING", "QUOTA_MISSING", "SCORE_MISSING"]);
  });
});

describe('a scheme whose 自评表 scores under "得分"', () => {
  test("its template is headed 得分 and read as its own: every score asked for, no NO_KNOWN_SHEET", async () => {
    writeFileSync(join(dir, "score.json"), JSON.stringify({ extends: "sihao-2020", id: "sihao-score", headers: { selfAssessment: { score: ["得分"] } } }));
    const t = await cli(["template", "--scheme", "score.json", "-o", "blank.xlsx"], dir);
    expect(t.code).toBe(0);
    expect(row(sheet(join(dir, "blank.xlsx"), "自评表（模板）"), 3)).toEqual(["序号", "一级指标", "评分项目", "分值", "得分", "备注"]);

    const check = await cli(["check", "blank.xlsx", "--scheme", "score.json", "--json"], dir);
    const issues = json(check).issues;
    expect(issues.some((i) => i.code === "NO_KNOWN_SHEET")).toBe(false);
    expect(issues.filter((i) => i.code === "SCORE_MISSING")).toHaveLength(44);
    expect(issues[0]).toMatchObject({ code: "ORPHAN_SHEET", sheet: "自评表（模板）" });
    expect(issues[1]).toMatchObject({ code: "SCORE_MISSING", sheet: "自评表（模板）", cell: "E4" });

    // The built-in scheme does not know 得分: the same workbook is not its 自评表.
    const builtin = await cli(["check", "blank.xlsx", "--scheme", "sihao-2020", "--json"], dir);
    expect(json(builtin).issues.filter((i) => i.code === "SCORE_MISSING")).toHaveLength(0);
  });
});
