/**
 * The command line on what is the user's (the same core rules as the add-in, test/excel/
 * ownership.test.ts): a 自评表 named 校验报告 is read by `check` and `fill` alike; result
 * headers typed by hand with the office's own figures are never written over.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Grid, PlanValue } from "../../src/core";
import { gridToValues } from "../../src/core/testing";
import { createXlsx } from "../../src/xlsx";
import { typedResults, userReportNamed } from "../excel/workbook";
import { cli, json, sheet } from "./helpers";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "ra-own-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(grids: Grid[], name: string): string {
  writeFileSync(join(dir, name), createXlsx(grids.map((g) => ({ name: g.name, values: gridToValues(g) as PlanValue[][], merges: g.merges ?? [], widths: [] }))));
  return name;
}

describe("a 自评表 named 校验报告", () => {
  test("is read by check and by fill, marked in place; the report goes to 校验报告 (2)", async () => {
    const file = save(userReportNamed(), "named.xlsx");
    const check = json(await cli(["check", file, "--json"], dir));
    const fill = await cli(["fill", file, "-o", "named.out.xlsx", "--json"], dir);
    const filled = json(fill);
    for (const r of [check, filled]) {
      expect(r.entries.find((e) => e.name === "重庆市福建商会")).toMatchObject({ status: "pending", selfAssessmentSheet: "校验报告", total: null });
      expect(r.issues.filter((i) => i.sheet === "校验报告").map((i) => [i.code, i.cell])).toEqual([["SCORE_OUT_OF_RANGE", "E5"]]);
      expect(r.issues.some((i) => i.code === "SHEET_NOT_FOUND" && i.cell === "F8")).toBe(false);
    }
    const human = await cli(["fill", file, "-o", "named.out2.xlsx"], dir);
    expect(human.stdout).toContain('工作簿中已有一个不是评审助手创建的"校验报告"，未改动它；校验报告写在"校验报告 (2)"。');
    const out = join(dir, "named.out.xlsx");
    expect(gridToValues(sheet(out, "校验报告"))).toEqual(gridToValues(userReportNamed().find((g) => g.name === "校验报告")!));
    expect(gridToValues(sheet(out, "校验报告 (2)"))[0][0]).toBe("评审助手 校验报告");
  });
});

describe("result headers typed by hand", () => {
  test("holding the office's own figures are left as typed; ours go to new columns, named in the output", async () => {
    const file = save(typedResults(), "typed.xlsx");
    const run = await cli(["fill", file, "-o", "typed.out.xlsx"], dir);
    expect(run.stderr).toBe("");
    for (const [label, col] of [["核验总分", "G"], ["资格审查", "J"], ["组内排名", "K"], ["名额内", "L"], ["校验说明", "M"]]) {
      expect(run.stdout).toContain(`"推荐名单汇总表"的 ${col} 列"${label}"是您自己的数据，未改动它；结果写在新列"${label}【评审助手】"。`);
    }
    const before = gridToValues(typedResults()[0]);
    const now = gridToValues(sheet(join(dir, "typed.out.xlsx"), "推荐名单汇总表"));
    expect(now.slice(2, 9).map((r) => [6, 9, 10, 11, 12].map((c) => r[c] ?? null))).toEqual(before.slice(2, 9).map((r) => [6, 9, 10, 11, 12].map((c) => r[c] ?? null)));
    expect(now[2].slice(13, 18)).toEqual(["核验总分【评审助手】", "资格审查【评审助手】", "组内排名【评审助手】", "名额内【评审助手】", "校验说明【评审助手】"]);
    expect([13, 14, 15, 16, 17].map((c) => now[4][c] ?? null)).toEqual([420, "合格", 1, "是", null]);
  });
});
