/**
 * Issue 22 §2: a panel of seven experts where three experts' sheets have 案例名称 but no 序号
 * (names written with spaces of their own, in their own order). Each sheet is matched by its
 * own key (SPEC §4.2): 序号 where it has one, else the normalised case name. Expected values
 * worked out by hand below.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Cell, Grid, gridFromValues, review } from "../../src/core";
import { gridToValues } from "../../src/core/testing";
import type { CaseEntry, CaseScheme } from "../../src/core";
import { createXlsx } from "../../src/xlsx";
import { cli, json } from "../cli/helpers";
import { schemeWith, split } from "./helpers";

const CASES = ["智慧商会服务平台", "商会调解中心建设", "异地商会党建联建", "青年企业家传承计划", "民营经济人士培训", "行业标准共建"];

/*
 * Totals, expert by expert (columns) for each case (rows):
 *   case                 E1  E2  E3  E4 | E5  E6  E7   7 experts: drop the highest and the lowest
 *   智慧商会服务平台      88  90  85  92 | 87  89  86   86+87+88+89+90 = 440 / 5 = 88
 *   商会调解中心建设      80  82  78  84 | 81  79  83   79+80+81+82+83 = 405 / 5 = 81
 *   异地商会党建联建      75  77  74  79 | 76  78  73   74+75+76+77+78 = 380 / 5 = 76
 *   青年企业家传承计划    81  80  82  79 | 83  78  84   79+80+81+82+83 = 405 / 5 = 81
 *   民营经济人士培训      70  72  71  69 | 73  68  74   69+70+71+72+73 = 355 / 5 = 71
 *   行业标准共建          90  91  89  92 | 88  93  87   87+…+93 without 87, 93 = 450 / 5 = 90
 * Ranks: 90 → 1, 88 → 2, 81 and 81 → 3, 3, 76 → 5, 71 → 6. Shortlist 4: the tie at 3 ends on
 * 4 (3 + 2 − 1 = 4 ≤ 4) → yes, yes; final 3: the tie straddles 3 → tie, tie.
 * With E5–E7 left out (the old reading) every case has four experts, no trimming, and
 * 青年企业家传承计划 (80.5) falls below 商会调解中心建设 (81): no tie.
 */
const TOTALS = [
  [88, 90, 85, 92, 87, 89, 86],
  [80, 82, 78, 84, 81, 79, 83],
  [75, 77, 74, 79, 76, 78, 73],
  [81, 80, 82, 79, 83, 78, 84],
  [70, 72, 71, 69, 73, 68, 74],
  [90, 91, 89, 92, 88, 93, 87],
];
const EXPERTS = ["张伟", "王芳", "李强", "刘洋", "陈静", "杨帆", "赵敏"];

function caseList(): Grid {
  return gridFromValues("推介汇总表", [
    ["序号", "案例名称", "完成单位", "推介类别", "推荐单位", "订阅份数"],
    ...CASES.map((name, i) => [i + 1, name, `单位${i + 1}`, "行业商会", `推荐${i + 1}`, 50]),
  ]);
}

/** As the name is written on a sheet without 序号: as listed, with a space inside, or with spaces around. */
const written = (name: string, e: number) => (e === 5 ? name.replace(/(.{2})/, "$1 ") : e === 6 ? ` ${name}\u3000` : name);

function expertGrid(e: number): Grid {
  const withSeq = e < 4;
  const head: Cell[] = [...(withSeq ? ["序号"] : []), "案例名称", "创新特性", "典型意义", "实践成果"];
  // Sheets without 序号 list the cases in their own order.
  const order = withSeq ? CASES.map((_, i) => i) : [5, 3, 1, 0, 2, 4];
  const rows = order.map((i) => [...(withSeq ? [i + 1] : []), written(CASES[i], e), ...split(TOTALS[i][e])]);
  return gridFromValues(`专家${e + 1}`, [[`评审专家：${EXPERTS[e]}`], head, ...rows]);
}

const panel = () => [caseList(), ...EXPERTS.map((_, e) => expertGrid(e))];

/** One category, the lines drawn close enough to cross the tie. */
const SMALL = { categories: [{ name: "商会", match: ["商会"], shortlist: 4, final: 3 }], recommenderLimit: { default: 1, raised: null } };
let scheme: CaseScheme;
beforeAll(async () => {
  scheme = await schemeWith(SMALL);
});

const TIE = [
  ["QUOTA_TIE", "B3"],
  ["QUOTA_TIE", "B5"],
];

const digest = (entries: readonly unknown[]) =>
  (entries as CaseEntry[]).map((e) => [e.name, e.experts, e.score, e.rank, e.shortlisted, e.final]);

const EXPECTED = [
  ["智慧商会服务平台", 7, 88, 2, "yes", "yes"],
  ["商会调解中心建设", 7, 81, 3, "yes", "tie"],
  ["异地商会党建联建", 7, 76, 5, "no", "no"],
  ["青年企业家传承计划", 7, 81, 3, "yes", "tie"],
  ["民营经济人士培训", 7, 71, 6, "no", "no"],
  ["行业标准共建", 7, 90, 1, "yes", "yes"],
];

test("every expert counts for every case, sheets with and without 序号 alike", () => {
  const r = review(panel(), { scheme });
  expect(digest(r.entries)).toEqual(EXPECTED);
  // The tie at 3 straddles the final line (3 + 2 − 1 = 4 > 3): told on both.
  expect(r.issues.map((i) => [i.code, i.cell])).toEqual(TIE);
  expect(r.experts!.map((x) => [x.expert, x.cases])).toEqual(EXPERTS.map((n) => [n, 6]));
});

test("a name on a sheet without 序号 that the case list lacks is still UNKNOWN_CASE, on that row", () => {
  const g = panel();
  const extra = gridFromValues("专家8", [["评审专家：孙丽"], ["案例名称", "创新特性", "典型意义", "实践成果"], ["智慧商会服务平台", 35, 25, 25], ["商会数字化转型", 30, 20, 20]]);
  const r = review([...g, extra], { scheme });
  expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([...TIE.map(([c, cell]) => [c, "推介汇总表", cell]), ["UNKNOWN_CASE", "专家8", "A4"]]);
  // 孙丽's 85 joins: 85 85 86 87 88 89 90 92 without one 85 and the 92 → 525 / 6 = 87.5.
  expect([(r.entries[0] as CaseEntry).experts, (r.entries[0] as CaseEntry).score]).toEqual([8, 87.5]);
});

test("a case list without 序号: sheets with 序号 and 案例名称 are matched by the name", () => {
  const list = gridFromValues("推介汇总表", [
    ["案例名称", "推介类别", "订阅份数"],
    ...CASES.map((name) => [name, "行业商会", 50]),
  ]);
  const r = review([list, ...EXPERTS.map((_, e) => expertGrid(e))], { scheme });
  expect(digest(r.entries)).toEqual(EXPECTED);
});

describe("through the command line, on a written workbook", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ra-namekeyed-"));
    const sheets = panel().map((g) => ({ name: g.name, values: gridToValues(g) as (string | number | null)[][], merges: [], widths: [] }));
    writeFileSync(join(dir, "panel.xlsx"), createXlsx(sheets));
    writeFileSync(join(dir, "scheme.json"), JSON.stringify({ extends: "chuangxin-2021", id: "chuangxin-small", ...SMALL }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("check --json gives the same experts, means, ranks and lines", async () => {
    const r = json(await cli(["check", "panel.xlsx", "--scheme", "scheme.json", "--json"], dir));
    expect(r.entries.map((e) => [e.name, e.experts, e.score, e.rank, e.shortlisted, e.final])).toEqual(EXPECTED);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual(TIE);
  });
});

