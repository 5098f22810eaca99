/**
 * `consolidate` over files from several offices: provinces written short in one and in full in
 * another are one group, two-row headers are read in every source, and a file of the other
 * programme is skipped with a message that says what it is.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SheetSpec } from "../../src/core";
import { createXlsx } from "../../src/xlsx";
import { cli, json } from "../cli/helpers";
import { chuangxinBlockSheets, sihaoBlockSheets } from "../helpers/blocks";

/** A source workbook: a summary with a two-row header listing one chamber, and its 自评表. */
function source(group: string, name: string, sheet: SheetSpec, stated: number): Uint8Array {
  const summary: SheetSpec = {
    name: "推荐名单汇总表",
    values: [
      ["序号", "省份", "商会名称", "自评情况", null],
      [null, null, null, "自评分", "自评表"],
      [1, group, name, stated, sheet.name],
    ],
    merges: [
      { r0: 0, c0: 0, r1: 1, c1: 0 },
      { r0: 0, c0: 1, r1: 1, c1: 1 },
      { r0: 0, c0: 2, r1: 1, c1: 2 },
      { r0: 0, c0: 3, r1: 0, c1: 4 },
    ],
    widths: [],
  };
  return createXlsx([summary, sheet]);
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-blocks-cons-"));
  const sheets = sihaoBlockSheets();
  const self = (n: string) => sheets.find((s) => s.name === n)!;
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "01-四川.xlsx"), source("四川", "四川省科技装备业商会", self("科技装备业"), 480));
  writeFileSync(join(dir, "in", "02-四川省.xlsx"), source("四川省", "四川省茶叶商会", self("茶叶商会"), 440));
  writeFileSync(join(dir, "in", "03-广西.xlsx"), source("广西壮族自治区", "广西壮族自治区浙江商会", self("浙江商会"), 470));
  writeFileSync(join(dir, "in", "04-专家评分.xlsx"), createXlsx(chuangxinBlockSheets()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("四川 and 四川省 from two files are one province; the 创新中国 file is named as such and skipped", async () => {
  const run = await cli(["consolidate", "in", "-o", "out.xlsx", "--scheme", "sihao-2020", "--quota", "1", "--json"], dir);
  expect(run.stderr).toBe(
    '已跳过："in/04-专家评分.xlsx"：这是"创新中国"专家评分工作簿，当前方案为"四好"商会认定。请改用"创新中国"评审方案（chuangxin-2021）后再校验。\n',
  );
  const r = json(run);
  expect(r.entries.map((e) => [e.name, e.group, e.groupKey, e.total, e.rank, e.withinQuota])).toEqual([
    ["四川省科技装备业商会", "四川", "四川省", 480, 1, "yes"],
    ["四川省茶叶商会", "四川省", "四川省", 440, 2, "no"],
    ["广西壮族自治区浙江商会", "广西壮族自治区", "广西壮族自治区", 470, 1, "yes"],
  ]);
  expect(r.groups.map((g) => [g.name, g.groupKey, g.listed])).toEqual([
    ["四川", "四川省", 2],
    ["广西壮族自治区", "广西壮族自治区", 1],
  ]);
  const sources = r.sources as { file: string; status: string; error: { code: string } | null }[];
  expect(sources.map((s) => [s.file, s.status, s.error?.code ?? null])).toEqual([
    ["in/01-四川.xlsx", "read", null],
    ["in/02-四川省.xlsx", "read", null],
    ["in/03-广西.xlsx", "read", null],
    ["in/04-专家评分.xlsx", "skipped", "other-programme"],
  ]);
});

test("check under the wrong scheme says which programme the file belongs to", async () => {
  const run = await cli(["check", "in/04-专家评分.xlsx", "--scheme", "sihao-2020", "--json"], dir);
  expect(run.code).toBe(1);
  expect(json(run).issues.map((i) => [i.code, i.sheet, i.message])).toEqual([
    ["SCHEME_MISMATCH", "专家一", '这是"创新中国"专家评分工作簿，当前方案为"四好"商会认定。请改用"创新中国"评审方案（chuangxin-2021）后再校验'],
  ]);
});
