import { readFileSync, rmSync } from "fs";
import { join } from "path";
import { cli, json, listing, sampleDir } from "./helpers";

let dir: string;
beforeAll(() => (dir = sampleDir()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Expect = [name: string, status: string, total: number | null, reasons: string[], rank: number | null, withinQuota: string | null];

/** What each chamber of samples/sihao-province.xlsx is built to show (scripts/samples/sihao.ts). */
const CHAMBERS: Expect[] = [
  ["四川省科技装备业商会", "qualified", 478, [], 1, "yes"],
  ["四川省浙江商会", "qualified", 465, [], 3, "yes"],
  ["四川省福建商会", "qualified", 452, [], 4, "tie"],
  ["四川省重庆商会", "qualified", 452, [], 4, "tie"],
  ["四川省广东商会", "qualified", 470, [], 2, "yes"],
  ["四川省食品工业商会", "disqualified", 455, ["VETO_ZERO"], null, "no"],
  ["四川省建筑业商会", "disqualified", 440, ["BASIC_SHORTFALL"], null, "no"],
  ["四川省家具行业商会", "disqualified", 340, ["BELOW_THRESHOLD"], null, "no"],
  ["四川省湖南商会", "pending", null, [], null, null],
  ["四川省江西商会", "qualified", 440, [], 7, "no"],
  ["四川省茶叶行业商会", "pending", null, [], null, null],
  ["四川省陕西商会", "qualified", 445, [], 6, "no"],
];

describe("check on samples/sihao-province.xlsx", () => {
  it("reports every chamber as the sample was built", async () => {
    const run = await cli(["check", "sihao-province.xlsx", "--json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const r = json(run);
    expect(r.tool).toBe("review-assistant");
    expect(r.scheme).toBe("sihao-2020");
    expect(r.schemeDetected).toBe(true);
    expect(r.file).toBe("sihao-province.xlsx");
    expect(r.summary).toEqual({ entries: 12, qualified: 7, disqualified: 3, pending: 2, errors: 2, warnings: 5 });
    expect(r.entries.map((e) => [e.name, e.status, e.total, e.reasons, e.rank, e.withinQuota])).toEqual(CHAMBERS);
    for (const e of r.entries) expect(e.group).toBe("四川省");
    expect(r.entries.map((e) => e.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it("tells each defect at its cell", async () => {
    const r = json(await cli(["check", "sihao-province.xlsx", "--json"], dir));
    expect(r.issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["warning", "OVER_QUOTA", "推荐名单汇总表", "B5"],
      ["warning", "QUOTA_TIE", "推荐名单汇总表", "C7"],
      ["warning", "QUOTA_TIE", "推荐名单汇总表", "C8"],
      ["warning", "SUMMARY_TOTAL_MISMATCH", "推荐名单汇总表", "E14"],
      ["error", "SHEET_NOT_FOUND", "推荐名单汇总表", "C15"],
      ["error", "SCORE_MISSING", "湖南商会", "E28"],
      ["warning", "ORPHAN_SHEET", "医药行业商会", "B2"],
    ]);
    const food = r.entries.find((e) => e.name === "四川省食品工业商会")!;
    expect(food.vetoFailed).toEqual(["7"]);
    expect(food.reasonMessages).toEqual(["否决项 0 分：7"]);
    const building = r.entries.find((e) => e.name === "四川省建筑业商会")!;
    expect(building.basicShortfall).toBe(5);
    const jiangxi = r.entries.find((e) => e.name === "四川省江西商会")!;
    expect(jiangxi.statedTotal).toBe(445);
    // １２．５分 is a valid score: no issue on 广东商会, and its total (470) counts the 12.5.
    expect(r.issues.some((i) => i.sheet === "广东商会")).toBe(false);
  });

  it("writes nothing: same files, same bytes", async () => {
    const before = listing(dir);
    const bytes = readFileSync(join(dir, "sihao-province.xlsx"));
    await cli(["check", "sihao-province.xlsx"], dir);
    await cli(["check", "sihao-province.xlsx", "--json", "--quota", "2"], dir);
    expect(listing(dir)).toEqual(before);
    expect(readFileSync(join(dir, "sihao-province.xlsx")).equals(bytes)).toBe(true);
  });

  it("prints a readable table, issues by sheet and the counts", async () => {
    const run = await cli(["check", "sihao-province.xlsx"], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe('评审方案：全国"四好"商会认定 2019—2020（sihao-2020，自动识别）');
    expect(lines[1]).toBe("文件：sihao-province.xlsx");
    // Why that scheme: the sheet that showed it (issue 11).
    expect(lines[2]).toBe('识别依据：工作表"推荐名单汇总表"是推荐名单汇总表，按评审方案 sihao-2020 读取');
    expect(lines[3]).toBe("名额来自：推荐名额分配表（1 个组）");
    expect(lines[5]).toMatch(/^商会名称 +省份 +核验总分 +资格审查 +排名 +名额内 +原因$/);
    expect(lines).toContain("四川省科技装备业商会  四川省       478  合格         1  是");
    expect(lines).toContain("四川省食品工业商会    四川省       455  不合格          否        否决项 0 分：7");
    expect(lines).toContain("湖南商会");
    expect(lines).toContain("  E28  错误  自评分为空（满分 15）");
    expect(lines).toContain("共 12 条：合格 7，不合格 3，待核 2；错误 2，警告 5");
  });

  it("speaks English with --lang en", async () => {
    const run = await cli(["check", "sihao-province.xlsx", "--lang", "en"], dir);
    expect(run.stdout).toContain("Chamber               Province  Total  Status");
    expect(run.stdout).toContain("  E28  error    Score is empty (max 15)");
    expect(run.stdout).toContain("12 entries: 7 qualified, 3 disqualified, 2 pending; 2 error(s), 5 warning(s)");
    const r = json(await cli(["check", "sihao-province.xlsx", "--json", "--lang", "en"], dir));
    expect(r.issues.find((i) => i.code === "SCORE_MISSING")!.message).toBe("Score is empty (max 15)");
  });

  it("--quota gives every province the same quota", async () => {
    const r = json(await cli(["check", "sihao-province.xlsx", "--json", "--quota", "7"], dir));
    const verdicts = r.entries.filter((e) => e.status === "qualified").map((e) => e.withinQuota);
    expect(verdicts).toEqual(["yes", "yes", "yes", "yes", "yes", "yes", "yes"]);
    expect(r.issues.map((i) => i.code)).not.toContain("QUOTA_TIE");
  });

  it("exits 0 when the data has no errors", async () => {
    const run = await cli(["check", "consolidate/01-四川省科技装备业商会.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("共 1 条：合格 1");
  });
});

describe("check on samples/chuangxin-cases.xlsx", () => {
  it("reports trimming, the tie at the final line and every defect", async () => {
    const run = await cli(["check", "chuangxin-cases.xlsx", "--json"], dir);
    expect(run.code).toBe(1);
    const r = json(run);
    expect(r.scheme).toBe("chuangxin-2021");
    expect(r.summary).toEqual({ entries: 20, qualified: 16, disqualified: 1, pending: 3, errors: 4, warnings: 4 });
    const by = (prefix: string) => r.entries.find((e) => String(e.name).startsWith(prefix))!;
    // Expert totals 94, 93, 92, 91 and 62: the highest and the lowest are dropped.
    expect(by("浙江省工商联")).toMatchObject({ experts: 5, score: 92, rank: 1, shortlisted: "yes", final: "yes" });
    expect(by("湖南省工商联")).toMatchObject({ score: 82, rank: 10, final: "tie" });
    expect(by("江西省工商联")).toMatchObject({ score: 82, rank: 10, final: "tie" });
    expect(by("重庆市工商联")).toMatchObject({ score: 80, rank: 12, final: "no" });
    // 待核 for too few experts, not for a score: the mean of the two who scored (83, 82) stands.
    expect(by("苏州市工商联")).toMatchObject({ experts: 2, score: 82.5, status: "pending" });
    expect(by("昆山市工商联")).toMatchObject({ status: "pending" });
    expect(by("义乌市工商联")).toMatchObject({ status: "disqualified", reasons: ["NOT_SUBSCRIBED"], final: "no" });
    expect(by("广东省家具商会")).toMatchObject({ status: "pending", category: "商会" });
    expect(by("青岛市青年企业家商会")).toMatchObject({ status: "qualified", category: "商会" });
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["QUOTA_TIE", "推介汇总表", "B12"],
      ["QUOTA_TIE", "推介汇总表", "B13"],
      ["TOO_FEW_EXPERTS", "推介汇总表", "B17"],
      ["OVER_RECOMMENDED", "推介汇总表", "E17"],
      ["OVER_RECOMMENDED", "推介汇总表", "E18"],
      ["REASON_TOO_LONG", "推介汇总表", "G21"],
      // Her one wild total (62 where the others gave 91–94) takes 陈静's agreement with the panel to r = 0.05.
      ["EXPERT_INCONSISTENT", "专家5-陈静", "A2"],
      ["SCORE_OUTLIER", "专家5-陈静", "A4"],
    ]);
  });
});
