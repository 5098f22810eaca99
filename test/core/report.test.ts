import { IssueCode, issueMessage, review, toJsonReport } from "../../src/core";
import { ISSUE_SEVERITY, STRINGS } from "../../src/core/testing";
import { quotaGrid, scores, summaryGrid } from "../helpers/grids";
import { layoutSheet } from "../helpers/layouts";

describe("JSON report (SPEC §5)", () => {
  const r = review([
    summaryGrid([
      { name: "四川省科技装备业商会", stated: 430, ref: "科技装备业商会" },
      { name: "乙商会", ref: "乙" },
      { name: "丙商会", ref: "丙" },
    ], "推荐名单汇总表", true),
    layoutSheet("科技装备业商会", "四川省科技装备业商会", scores({ 1: 10, 4: 12.5, 44: 7.5 })),
    layoutSheet("乙", "乙商会", scores({ 31: 0 })),
    layoutSheet("丙", "丙商会", scores({ 5: 16 })),
    quotaGrid({ 四川省: 2 }),
  ]);
  const json = toJsonReport(r, { file: "input.xlsx" });

  test("top-level fields and counts", () => {
    expect(json).toMatchObject({ tool: "review-assistant", version: "1.0.0", scheme: "sihao-2020", file: "input.xlsx" });
    expect(json.summary).toEqual({ entries: 3, qualified: 1, disqualified: 1, pending: 1, errors: 1, warnings: 2 });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test("an entry carries the fields SPEC §5 names", () => {
    expect(json.entries[0]).toMatchObject({
      sheet: "推荐名单汇总表",
      row: 4,
      name: "四川省科技装备业商会",
      group: "四川省",
      selfAssessmentSheet: "科技装备业商会",
      total: 490,
      statedTotal: 430,
      categories: { 政治引领好: 117.5, 队伍建设好: 110, 服务发展好: 115, 自律规范好: 90, 加分项: 57.5 },
      vetoFailed: [],
      basicShortfall: 1,
      status: "qualified",
      reasons: [],
      rank: 1,
      withinQuota: "yes",
    });
    expect(json.entries[1]).toMatchObject({ vetoFailed: ["31"], status: "disqualified", reasons: ["VETO_ZERO"], rank: null, withinQuota: "no" });
    expect(json.entries[2]).toMatchObject({ total: null, status: "pending", withinQuota: null });
  });

  test("issues carry severity, code, sheet, cell and the message", () => {
    expect(json.issues).toContainEqual({
      severity: "error",
      code: "SCORE_OUT_OF_RANGE",
      sheet: "丙",
      cell: "E8",
      message: "自评分超过分值上限：16 > 10",
    });
    expect(json.issues).toContainEqual(expect.objectContaining({ code: "SUMMARY_TOTAL_MISMATCH", cell: "E4", message: "汇总表自评分为 430，自评表核算为 490" }));
    const en = toJsonReport(r, { lang: "en" });
    expect(en.issues.find((i) => i.code === "SCORE_OUT_OF_RANGE")!.message).toBe("Score is above the item maximum: 16 > 10");
  });
});

describe("messages", () => {
  const params = {
    name: "甲", ref: "表", hint: "乙", sheets: "表一、表二", sheet: "表", rows: "4、6", row: 5, category: "加分项", sum: 70, max: 60,
    count: 6, expected: 7, item: "3", value: "x", stated: "1", computed: "2", rank: 2, others: 1, quota: 3, group: "四川省",
    min: 3, key: "9", expert: "张", score: 1, mean: 2, ratio: 30, length: 501, recommender: "乙", limit: 1,
  };
  test.each(Object.keys(ISSUE_SEVERITY))("%s reads well in both languages", (code) => {
    for (const lang of ["zh", "en"] as const) {
      const m = issueMessage({ code: code as IssueCode, params }, lang);
      expect(m.length).toBeGreaterThan(4);
      expect(m).not.toMatch(/undefined|null|NaN|\[object/);
    }
    expect(issueMessage({ code: code as IssueCode, params }, "zh")).toMatch(/[\u4e00-\u9fff]/);
  });

  test("English strings mirror Chinese ones key for key", () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" && !Array.isArray(v) ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(STRINGS.en).sort()).toEqual(keys(STRINGS.zh).sort());
  });
});
