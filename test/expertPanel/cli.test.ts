/** The panel in the CLI's human report and JSON, with a scheme file that turns normalisation on. */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gridToValues } from "../../src/core/testing";
import { createXlsx } from "../../src/xlsx";
import { cli, json } from "../cli/helpers";
import { caseList, panelGrids } from "./helpers";

/* The half panel of normalise.test.ts: raw 87.5, 80, 72.5, 63, 59, 58 → normalised 87.5, 72.75, 58, 87.5, 65.38, 65.38. */
const T = [
  [90, 80, 70, null, null, null],
  [85, 80, 75, null, null, null],
  [null, null, null, 64, 60, 56],
  [null, null, null, 62, 58, 60],
];

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-panel-cli-"));
  const grids = [caseList(Array.from({ length: 6 }, () => ({}))), ...panelGrids(["E1", "E2", "E3", "E4"], T)];
  writeFileSync(join(dir, "halves.xlsx"), createXlsx(grids.map((g) => ({ name: g.name, values: gridToValues(g) as (string | number | null)[][], merges: [], widths: [] }))));
  writeFileSync(join(dir, "zscore.json"), JSON.stringify({ extends: "chuangxin-2021", id: "cx-zscore", normalize: "zscore", minExperts: 2 }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cells = (line: string) => line.trim().split(/\s{2,}/);

test("标准化分 beside 平均分, and the experts table after the entries", async () => {
  const run = await cli(["check", "halves.xlsx", "--scheme", "zscore.json"], dir);
  expect(run.code).toBe(0);
  const lines = run.stdout.split("\n");
  expect(cells(lines[3])).toEqual(["案例名称", "类别", "专家数", "平均分", "标准化分", "资格审查", "排名", "入围初选", "入选终审", "原因"]);
  expect(cells(lines[7])).toEqual(["案例4", "商会", "2", "63", "87.5", "合格", "1", "是", "是"]);
  const at = lines.indexOf("专家评分一致性");
  expect(at).toBeGreaterThan(10);
  expect(cells(lines[at + 1])).toEqual(["专家", "工作表", "计分案例", "平均分", "标准差", "共同案例", "相关系数", "偏离次数", "回避", "利益冲突", "提示"]);
  // E4: 62, 58, 60 → mean 60, SD √(8/3) = 1.63; against E3 (64, 60, 56): r = 8/√(8·32) = 0.5.
  expect(cells(lines[at + 5])).toEqual(["E4", "E4", "3", "60", "1.63", "3", "0.5", "0", "0", "0"]);
});

test("JSON: normalizedScore per entry and experts", async () => {
  const r = json(await cli(["check", "halves.xlsx", "--scheme", "zscore.json", "--json"], dir));
  expect(r.entries.map((e) => e.normalizedScore)).toEqual([87.5, 72.75, 58, 87.5, 65.38, 65.38]);
  expect(r.experts!.map((x) => [x.expert, x.cases, x.mean])).toEqual([
    ["E1", 3, 80],
    ["E2", 3, 80],
    ["E3", 3, 60],
    ["E4", 3, 60],
  ]);
});
