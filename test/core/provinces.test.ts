import { ChamberEntry, PROVINCE_NAMES, Review, groupKey, loadScheme, review, toJsonReport } from "../../src/core";
import { provinceName } from "../../src/core/testing";
import { quotaGrid, scoresTotalling, summaryGrid } from "../helpers/grids";
import { layoutSheet } from "../helpers/layouts";

describe("the canonical province table (SPEC §3.3)", () => {
  test("31 provincial-level divisions and 新疆生产建设兵团, by their official names", () => {
    expect(PROVINCE_NAMES).toEqual([
      "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
      "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
      "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省",
      "重庆市", "四川省", "贵州省", "云南省", "西藏自治区",
      "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
      "新疆生产建设兵团",
    ]);
  });

  test.each([
    ["四川", "四川省"],
    ["四川省", "四川省"],
    ["广西", "广西壮族自治区"],
    ["广西自治区", "广西壮族自治区"],
    ["广西省", "广西壮族自治区"],
    ["内蒙古", "内蒙古自治区"],
    ["内蒙", "内蒙古自治区"],
    ["宁夏", "宁夏回族自治区"],
    ["新疆", "新疆维吾尔自治区"],
    ["新疆兵团", "新疆生产建设兵团"],
    ["兵团", "新疆生产建设兵团"],
    ["新疆生产建设兵团", "新疆生产建设兵团"],
    ["西藏", "西藏自治区"],
    ["黑龙江", "黑龙江省"],
    ["京", "北京市"],
    ["沪", "上海市"],
    ["渝", "重庆市"],
    ["粤", "广东省"],
    ["黔", "贵州省"],
    ["四 川 省", "四川省"],
    ["\u3000重庆\n", "重庆市"],
    ["四川省工商联", "四川省"],
    ["广西工商业联合会", "广西壮族自治区"],
  ])("%s → %s", (written, canonical) => {
    expect(provinceName(written)).toBe(canonical);
    expect(groupKey(written)).toBe(canonical);
  });

  test.each([
    ["宁", "also 南京 and 宁波"],
    ["吉林市", "a city in 吉林省"],
    ["成都市", "a city"],
    ["成都市工商联", "a city's federation"],
    ["香港", "not among the 31"],
    ["", "blank"],
  ])("%s is not a province (%s)", (written) => {
    expect(provinceName(written)).toBeNull();
  });

  test("新疆 and 新疆生产建设兵团 are two groups, never one", () => {
    expect(groupKey("新疆")).not.toBe(groupKey("新疆生产建设兵团"));
    expect(groupKey("新疆维吾尔自治区")).toBe("新疆维吾尔自治区");
  });

  test("a name the table does not know is compared as written (without spaces, NFKC)", () => {
    expect(groupKey("成都市")).toBe("成都市");
    expect(groupKey(" 成都 市 ")).toBe("成都市");
    expect(groupKey("ＡＢ地区")).toBe("AB地区");
  });
});

/** One chamber per province as the summary writes it; each scores `total`. */
function workbook(groups: (string | null)[], totals: number[], quotas: Record<string, number> | null): Review {
  const names = groups.map((_, i) => `第${i + 1}商会`);
  const grids = [summaryGrid(names.map((name, i) => ({ name, group: groups[i] })))];
  names.forEach((n, i) => grids.push(layoutSheet(`表${i + 1}`, n, scoresTotalling(totals[i]))));
  if (quotas) grids.push(quotaGrid(quotas));
  return review(grids);
}

describe("groups across the summary and the quota sheet", () => {
  test("short names in the summary take the quotas written in full", () => {
    const r = workbook(["四川", "广西", "内蒙古", "新疆兵团", "宁夏"], [480, 470, 460, 450, 440], {
      四川省: 1,
      广西壮族自治区: 0,
      内蒙古自治区: 1,
      新疆生产建设兵团: 1,
      宁夏回族自治区: 2,
    });
    expect(r.issues.filter((i) => i.code.startsWith("QUOTA"))).toEqual([]);
    expect(r.entries.map((e) => (e as ChamberEntry).withinQuota)).toEqual(["yes", "no", "yes", "yes", "yes"]);
    // Reports show the name as written; the JSON adds the canonical name.
    const json = toJsonReport(r);
    expect(json.entries.map((e) => [e.group, e.groupKey])).toEqual([
      ["四川", "四川省"],
      ["广西", "广西壮族自治区"],
      ["内蒙古", "内蒙古自治区"],
      ["新疆兵团", "新疆生产建设兵团"],
      ["宁夏", "宁夏回族自治区"],
    ]);
    expect(json.groups.map((g) => [g.name, g.groupKey, g.quota])).toEqual([
      ["四川", "四川省", 1],
      ["广西", "广西壮族自治区", 0],
      ["内蒙古", "内蒙古自治区", 1],
      ["新疆兵团", "新疆生产建设兵团", 1],
      ["宁夏", "宁夏回族自治区", 2],
    ]);
  });

  test("full names in the summary take quotas written short", () => {
    const r = workbook(["四川省", "新疆维吾尔自治区", "新疆生产建设兵团"], [480, 470, 460], { 四川: 1, 新疆: 1, 兵团: 0 });
    expect(r.issues.filter((i) => i.code.startsWith("QUOTA"))).toEqual([]);
    expect(r.entries.map((e) => (e as ChamberEntry).withinQuota)).toEqual(["yes", "yes", "no"]);
  });

  test("四川 and 四川省 in one summary are one province: ranked together against one quota", () => {
    const r = workbook(["四川省", "四川", "四 川 省", "重庆"], [470, 480, 460, 490], { 四川省: 2, 重庆市: 1 });
    expect(r.entries.map((e) => e.rank)).toEqual([2, 1, 3, 1]);
    expect(r.entries.map((e) => (e as ChamberEntry).withinQuota)).toEqual(["yes", "yes", "no", "yes"]);
    expect(r.groups.map((g) => [g.name, g.groupKey, g.listed, g.quota])).toEqual([
      ["四川省", "四川省", 3, 2],
      ["重庆", "重庆市", 1, 1],
    ]);
    const over = r.issues.find((i) => i.code === "OVER_QUOTA")!;
    expect(over.params).toEqual({ group: "四川省", count: 3, quota: 2, excess: 1 });
  });

  test("an unknown name is compared as written: 成都 does not take 成都市's quota", () => {
    const r = workbook(["成都市", "成都"], [480, 470], { 成都市: 1 });
    expect(r.entries.map((e) => (e as ChamberEntry).withinQuota)).toEqual(["yes", null]);
    expect(r.issues.filter((i) => i.code === "QUOTA_MISSING").map((i) => i.params)).toEqual([{ group: "成都" }]);
  });

  test("a scheme's quotas may be keyed by the short name", async () => {
    const load = await loadScheme({ extends: "sihao-2020", id: "sihao-short", quotas: { default: null, groups: { 广西: 1 } } });
    if (!load.ok) throw new Error("scheme refused");
    const names = ["甲商会", "乙商会"];
    const grids = [summaryGrid(names.map((name) => ({ name, group: "广西壮族自治区" })))];
    names.forEach((n, i) => grids.push(layoutSheet(`表${i + 1}`, n, scoresTotalling(480 - i * 10))));
    const r = review(grids, { scheme: load.scheme });
    expect(r.entries.map((e) => (e as ChamberEntry).withinQuota)).toEqual(["yes", "no"]);
  });
});
