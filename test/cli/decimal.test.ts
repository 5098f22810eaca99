/**
 * Issue 22 §3 through the command line: one-decimal scores adding up to exactly 350.0 are 350
 * in the JSON and in every cell `fill --fill-subtotals` writes (核验总分, 小计, 合计), so that a
 * `>=350` formula in the workbook holds.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { createXlsx } from "../../src/xlsx";
import { sheets350 } from "../helpers/decimals";
import { cli, json, row, sheet } from "./helpers";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-decimal-"));
  writeFileSync(join(dir, "茶叶商会.xlsx"), createXlsx(sheets350()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("fill --fill-subtotals: 350 in the JSON, in 核验总分 and in the 合计 cell; the category subtotals exact", async () => {
  const run = await cli(["fill", "茶叶商会.xlsx", "--fill-subtotals", "-o", "out.xlsx", "--json"], dir);
  expect(run.code).toBe(0);
  const r = json(run);
  expect(r.entries.map((e) => [e.total, e.status, e.categories])).toEqual([[350, "qualified", { 政治引领好: 80.5, 队伍建设好: 83.2, 服务发展好: 78.4, 自律规范好: 79, 加分项: 28.9 }]]);
  expect(run.stdout).not.toMatch(/\d\.\d*9999999/);

  const out = join(dir, "out.xlsx");
  expect(row(sheet(out, "推荐名单汇总表"), 2).slice(4, 10)).toEqual([350, "无", 0, "合格", 1, "是"]);
  // The 自评表's 小计 rows after each category and its 合计 row, in column E.
  const self = sheet(out, "茶叶商会");
  const stated = self.rows.filter((x) => x.values.some((v) => v === "小计" || v === "合计")).map((x) => x.values[x.cols.indexOf(4)]);
  expect(stated).toEqual([80.5, 83.2, 78.4, 79, 28.9, 350]);
  // Nowhere in the written file a binary remainder such as 349.99999999999994 or 83.19999999999999.
  const parts = unzipSync(new Uint8Array(readFileSync(out)));
  for (const [name, data] of Object.entries(parts)) if (name.endsWith(".xml")) expect([name, /\d\.\d*9999999/.test(strFromU8(data))]).toEqual([name, false]);
});
