/**
 * What `consolidate` takes from one source (gatherSource), in the cases where a sheet read
 * alone and the same sheet read with the rest of its workbook could be told apart: linked and
 * orphan 自评表 (orphans in sheet order, a sheet named like a number included), our own report
 * sheet, and expert sheets that abstain or conflict with the source's own case list.
 */
import { Cell, Grid, builtinScheme, gatherSource, gridFromValues } from "../../src/core";
import type { CaseScheme } from "../../src/core";
import { SIHAO, selfGrid, summaryGrid } from "../helpers/grids";

const CHUANGXIN = builtinScheme("chuangxin-2021") as CaseScheme;

interface Row {
  group: string | null;
  name: string;
  type: string | null;
  stated: number | null;
  sheet: Grid | null;
}

const rowsOf = (grids: Grid[]) => (gatherSource(grids, SIHAO) as Row[] | null)?.map((r) => [r.group, r.name, r.type, r.stated, r.sheet?.name ?? null]) ?? null;

describe("gathering a 四好 source", () => {
  it("keeps every named summary row with its linked sheet, then the 自评表 no row points to, in sheet order", () => {
    const summary = summaryGrid(
      [
        { name: "甲商会", ref: "甲表", stated: 480 },
        { name: "乙商会", group: "重庆市", type: "异地商会" },
        { name: "丁商会" },
        { name: null },
      ],
      "推荐名单汇总表",
      true,
    );
    const grids = [summary, selfGrid("甲表", "甲商会"), selfGrid("乙", "乙商会"), selfGrid("丙表", "丙商会"), selfGrid("2024", "戊商会"), selfGrid("校验报告", "己商会")];
    expect(rowsOf(grids)).toEqual([
      ["四川省", "甲商会", "行业商会", 480, "甲表"],
      ["重庆市", "乙商会", "异地商会", null, "乙"],
      ["四川省", "丁商会", "行业商会", null, null],
      [null, "丙商会", null, null, "丙表"],
      [null, "戊商会", null, null, "2024"],
      // A 自评表 that happens to be named like the tool's report is the user's, and is taken.
      [null, "己商会", null, null, "校验报告"],
    ]);
  });

  it("takes each 自评表 of a workbook without a summary, under the chamber name it shows", () => {
    expect(rowsOf([selfGrid("自评表", "庚商会"), gridFromValues("说明", [["填表说明"]]), selfGrid("自评表 (2)", "辛商会")])).toEqual([
      [null, "庚商会", null, null, "自评表"],
      [null, "辛商会", null, null, "自评表 (2)"],
    ]);
  });

  it("gives nothing for a workbook with neither", () => {
    expect(rowsOf([gridFromValues("说明", [["填表说明"]])])).toBeNull();
  });
});

const CASES: Cell[][] = [
  ["“创新中国”工商联（商会）工作案例推介汇总表", null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null],
  ["序号", "案例名称", "推介单位名称", "类别", "推荐单位", "订阅份数", "推荐理由", "案例字数"],
  [1, "浙江省工商联：民营企业维权服务平台", "浙江省工商联", "省级工商联", "浙江省工商联", 40, "理由", 1500],
  [2, "江苏省工商联：商会调解服务", "江苏省工商联", "省级工商联", "江苏省工商联", 35, "理由", 1600],
];

function expert(name: string, unit: string | null, rows: Cell[][]): Grid {
  return gridFromValues(name, [
    ["“创新中国”工商联（商会）工作案例推介评分表", null, null, null, null, null],
    [`评审专家：${name}`, null, unit === null ? null : `单位：${unit}`, null, null, null],
    ["序号", "案例名称", "创新特性（40分）", "典型意义（30分）", "实践成果（30分）", "合计"],
    ...rows,
  ]);
}

const gathered = (grids: Grid[]) => {
  const g = gatherSource(grids, CHUANGXIN) as { experts: Grid[]; caseSheet: Grid | null } | null;
  return g && { experts: g.experts.map((x) => x.name), caseSheet: g.caseSheet?.name ?? null };
};

describe("gathering a 创新中国 source", () => {
  const scored: Cell[][] = [
    [1, "浙江省工商联：民营企业维权服务平台", 36, 27, 27, 90],
    [2, "江苏省工商联：商会调解服务", 32, 24, 24, 80],
  ];

  it("takes the case list and an expert sheet whose unit is every case's own: alone, it scores", () => {
    const grids = [gridFromValues("推介汇总表", CASES), expert("张伟", "浙江省工商联", [scored[0]]), gridFromValues("说明", [["说明"]])];
    expect(gathered(grids)).toEqual({ experts: ["张伟"], caseSheet: "推介汇总表" });
  });

  it("leaves out an expert sheet where every case is 回避, the first row of a repeated case deciding", () => {
    const abstained = expert("李娜", null, [
      [1, "浙江省工商联：民营企业维权服务平台", "回避", null, null, null],
      [1, "浙江省工商联：民营企业维权服务平台", 36, 27, 27, 90],
      [2, "江苏省工商联：商会调解服务", "回 避", null, null, null],
    ]);
    expect(gathered([abstained])).toBeNull();
    expect(gathered([abstained, expert("王强", null, scored)])).toEqual({ experts: ["王强"], caseSheet: null });
  });

  it("takes an expert sheet with one case scored among abstentions, and prefers the case list named 汇总", () => {
    const some = expert("刘洋", null, [[1, "浙江省工商联：民营企业维权服务平台", "回避", null, null, null], scored[1]]);
    const grids = [gridFromValues("案例清单", CASES), some, gridFromValues("推介汇总表", CASES)];
    expect(gathered(grids)).toEqual({ experts: ["刘洋"], caseSheet: "推介汇总表" });
  });
});
