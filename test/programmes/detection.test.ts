/**
 * Detection says which scheme it chose and why (issue 11 §3): the sheet that showed it, the
 * schemes tried before it, in words; a custom scheme handed to it is tried before the built-ins.
 */
import { rmSync } from "fs";
import { detect, detectionMessage, gridFromValues, loadScheme, review, toJsonReport, type Scheme } from "../../src/core";
import { cli, json, sampleDir } from "../cli/helpers";

let dir: string;
beforeAll(() => (dir = sampleDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const caseList = () =>
  gridFromValues("推介汇总表", [
    ["序号", "类别", "案例名称", "申报单位", "推荐单位"],
    [1, "科技创新", "智能巡检机器人", "甲公司", "江苏省工商联"],
  ]);

async function custom(over: object): Promise<Scheme> {
  const load = await loadScheme(over);
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  return load.scheme;
}

describe("detection tells which scheme and why", () => {
  test("the command line's JSON: the sheet that showed the 四好 scheme", async () => {
    const r = json(await cli(["check", "sihao-province.xlsx", "--json"], dir));
    expect(r.schemeDetection).toEqual({
      by: "builtin",
      sheet: "推荐名单汇总表",
      sheetKind: "summary",
      tried: [],
      message: '工作表"推荐名单汇总表"是推荐名单汇总表，按评审方案 sihao-2020 读取',
    });
  });

  test("a 创新中国 workbook: the 四好 scheme was tried first and did not match", async () => {
    const r = json(await cli(["check", "chuangxin-cases.xlsx", "--json", "--lang", "en"], dir));
    expect(r.schemeDetection).toEqual({
      by: "builtin",
      sheet: "专家1-张伟",
      sheetKind: "experts",
      tried: ["sihao-2020"],
      message: 'Sheet "专家1-张伟" is read as the expert score sheet of scheme chuangxin-2021; tried first, no match: sihao-2020',
    });
  });

  test("a named scheme is applied, not detected: no schemeDetection", async () => {
    const r = json(await cli(["check", "sihao-province.xlsx", "--json", "--scheme", "sihao-2020"], dir));
    expect([r.schemeDetected, r.schemeDetection]).toEqual([false, undefined]);
  });

  test("a custom scheme handed to detection is tried first, and said to be", async () => {
    // A case list whose 案例名称 column this office calls 项目名称: no built-in knows it.
    const grid = gridFromValues("推介汇总表", [
      ["序号", "类别", "项目名称", "申报单位", "推荐单位"],
      [1, "科技创新", "智能巡检机器人", "甲公司", "江苏省工商联"],
    ]);
    expect(detect([grid]).by).toBe("none");
    expect(detectionMessage(detect([grid]), "zh")).toBe("没有工作表可识别为任何评审方案的表格，按 sihao-2020 读取；已试未符：sihao-2020、chuangxin-2021");
    const own = await custom({ extends: "chuangxin-2021", id: "chuangxin-project", headers: { cases: { name: ["项目名称"] } } });
    const d = detect([grid], [own]);
    expect([d.scheme.id, d.by, d.sighting, d.passed]).toEqual(["chuangxin-project", "candidate", { sheet: "推介汇总表", sheetKind: "cases" }, []]);
    expect(detectionMessage(d, "zh")).toBe('工作表"推介汇总表"是推介汇总表，按评审方案 chuangxin-project 读取（先试的自定义方案）');
    const r = review([grid], { candidates: [own] });
    expect(toJsonReport(r).schemeDetection).toMatchObject({ by: "candidate", sheet: "推介汇总表", tried: [] });
  });

  test("a custom scheme that does not match is passed over, and listed as tried", async () => {
    const other = await custom({ extends: "sihao-2020", id: "sihao-unit", headers: { summary: { name: ["单位名称"] } } });
    const d = detect([caseList()], [other]);
    expect([d.scheme.id, d.by, d.passed.map((s) => s.id)]).toEqual(["chuangxin-2021", "builtin", ["sihao-unit", "sihao-2020"]]);
    expect(detectionMessage(d, "en")).toBe('Sheet "推介汇总表" is read as the case list of scheme chuangxin-2021; tried first, no match: sihao-unit, sihao-2020');
  });
});
