import { BUILTIN_SCHEMES, CaseScheme, ChamberScheme, detectScheme, gridFromValues, loadScheme, parseScheme } from "../../src/core";
import { summaryGrid } from "../helpers/grids";
import { layoutSheet } from "../helpers/layouts";

describe("built-in schemes (SPEC §1)", () => {
  test("sihao-2020 carries the notice's numbers", () => {
    const s = BUILTIN_SCHEMES.find((x) => x.id === "sihao-2020") as ChamberScheme;
    expect(s.categories.map((c) => [c.name, c.max])).toEqual([
      ["政治引领好", 125],
      ["队伍建设好", 110],
      ["服务发展好", 115],
      ["自律规范好", 90],
      ["加分项", 60],
    ]);
    expect([s.totalMax, s.threshold, s.vetoCount, s.basicCount, s.maxBasicShortfall]).toEqual([500, 350, 7, 7, 4]);
  });

  test("chuangxin-2021 carries the notice's list sizes", () => {
    const s = BUILTIN_SCHEMES.find((x) => x.id === "chuangxin-2021")! as CaseScheme;
    expect(s.categories.map((c) => [c.name, c.shortlist, c.final])).toEqual([
      ["副省级、地市级工商联", 30, 20],
      ["区县级工商联", 30, 20],
      ["省级工商联", 32, 10],
      ["商会", 70, 50],
    ]);
    expect(s.criteria.map((c) => c.name)).toEqual(["创新特性", "典型意义", "实践成果"]);
    expect([s.minExperts, s.minSubscriptions, s.reasonMaxChars, s.caseMaxChars]).toEqual([3, 30, 500, 2000]);
  });

  test("detection: 自评表 or 汇总表 → sihao-2020; expert sheet → chuangxin-2021; nothing known → sihao-2020", () => {
    expect(detectScheme([layoutSheet("表", "甲")]).id).toBe("sihao-2020");
    expect(detectScheme([summaryGrid([{ name: "甲" }])]).id).toBe("sihao-2020");
    expect(detectScheme([gridFromValues("专家1", [["专家：张三"], ["序号", "案例名称", "创新特性", "典型意义", "实践成果"], [1, "案例", 30, 20, 20]])]).id).toBe(
      "chuangxin-2021",
    );
    expect(detectScheme([gridFromValues("Sheet1", [["hello"]])]).id).toBe("sihao-2020");
  });
});

describe("custom schemes", () => {
  test("extends a built-in scheme with only what changes", async () => {
    const r = await loadScheme({ extends: "sihao-2020", id: "sihao-2020-dense", rankMethod: "dense", threshold: 360 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.scheme as ChamberScheme;
    expect(s.kind).toBe("chamber");
    expect(s.rankMethod).toBe("dense");
    expect(s.threshold).toBe(360);
    expect(s.categories).toHaveLength(5);
    const unnamed = await loadScheme({ extends: "sihao-2020" });
    expect(unnamed.ok && unnamed.scheme.id).toBe("sihao-2020-custom");
  });

  test("every problem is listed with its path, in Chinese and English", async () => {
    const r = await loadScheme({
      extends: "sihao-2020",
      threshold: -5,
      rankMethod: "olympic",
      categories: [
        { name: "政治引领好", max: 125 },
        { name: "政治引领好", max: "x" },
      ],
      colour: "red",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path).sort();
    expect(paths).toEqual(["categories[1].max", "colour", "rankMethod", "threshold"].sort());
    for (const p of r.problems) {
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.message.en).toMatch(/[A-Za-z]/);
      expect(p.message.en).not.toMatch(/[\u4e00-\u9fff]{3}/);
    }
  });

  test("scheme-level rules: maxima that do not add up, a threshold above the total, repeated names", async () => {
    const r = await loadScheme({
      extends: "sihao-2020",
      categories: [
        { name: "甲", max: 100 },
        { name: "甲", max: 100 },
      ],
      threshold: 600,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p.message]));
    expect(byPath["totalMax"].zh).toBe("类别满分之和 200 与总分 500 不一致");
    expect(byPath["totalMax"].en).toBe("Category maxima add up to 200, not 500");
    expect(byPath["threshold"].zh).toContain("600");
    expect(byPath["categories[1]"].zh).toBe('类别"甲"重复');
  });

  test("an unknown base and broken JSON are refused with one clear problem", async () => {
    const r = await loadScheme({ extends: "sihao-2018" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: "extends", message: { zh: expect.stringContaining("sihao-2020") } });
    const j = await parseScheme('{"extends": "sihao-2020",}');
    expect(j.ok).toBe(false);
    if (!j.ok) expect(j.problems[0].message.zh).toMatch(/^评审方案不是有效的 JSON/);
    expect((await parseScheme('\uFEFF{"extends":"sihao-2020"}')).ok).toBe(true);
  });

  test("a full scheme written out by hand loads, and a case scheme checks its own rules", async () => {
    const full = JSON.parse(JSON.stringify(BUILTIN_SCHEMES[1]));
    full.id = "cases-2022";
    expect((await loadScheme(full)).ok).toBe(true);
    full.categories[0].final = 99;
    full.recommenderLimit.raised.category = "不存在";
    const r = await loadScheme(full);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path).sort()).toEqual(["categories[0].final", "recommenderLimit.raised.category"]);
  });
});
