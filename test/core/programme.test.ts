/** A workbook of one programme checked under the other's scheme says so (SCHEME_MISMATCH). */
import { builtinScheme, detectScheme, gridFromValues, issueMessage, loadScheme, review } from "../../src/core";
import { chuangxinBlockSheets, sihaoBlockSheets } from "../helpers/blocks";
import { layoutSheet } from "../helpers/layouts";

const SIHAO = builtinScheme("sihao-2020")!;
const CX = builtinScheme("chuangxin-2021")!;
const toGrids = (specs: ReturnType<typeof sihaoBlockSheets>) => specs.map((s) => gridFromValues(s.name, s.values, { merges: s.merges }));

describe("telling the two programmes apart", () => {
  test("expert score sheets under the 四好 scheme", () => {
    const r = review(toGrids(chuangxinBlockSheets()), { scheme: SIHAO });
    expect(r.entries).toEqual([]);
    expect(r.issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([["error", "SCHEME_MISMATCH", "专家一", null]]);
    expect(issueMessage(r.issues[0])).toBe(
      '这是"创新中国"专家评分工作簿，当前方案为"四好"商会认定。请改用"创新中国"评审方案（chuangxin-2021）后再校验',
    );
    expect(issueMessage(r.issues[0], "en")).toBe(
      'This is a "创新中国" expert scoring workbook, but the scheme in use is for the "四好" chamber review. Choose the "创新中国" scheme (chuangxin-2021) and check again',
    );
  });

  test("a 推介汇总表 alone under the 四好 scheme", () => {
    const cases = toGrids(chuangxinBlockSheets()).filter((g) => g.name === "推介汇总表");
    const r = review(cases, { scheme: SIHAO });
    expect(issueMessage(r.issues[0])).toMatch(/^这是"创新中国"案例推介工作簿，当前方案为"四好"商会认定。/);
  });

  test("a 四好 workbook under the 创新中国 scheme", () => {
    const r = review(toGrids(sihaoBlockSheets()), { scheme: CX });
    expect(r.issues.map((i) => [i.code, i.sheet])).toEqual([["SCHEME_MISMATCH", "推荐名单汇总表"]]);
    expect(issueMessage(r.issues[0])).toBe('这是"四好"商会认定工作簿，当前方案为"创新中国"案例推介。请改用"四好"评审方案（sihao-2020）后再校验');
  });

  test("a single 自评表 under a custom scheme built on 创新中国", async () => {
    const load = await loadScheme({ extends: "chuangxin-2021", id: "chuangxin-custom", minExperts: 2 });
    if (!load.ok) throw new Error("scheme refused");
    const r = review([layoutSheet("自评表", "甲商会")], { scheme: load.scheme });
    expect(r.issues.map((i) => [i.code, i.params.use])).toEqual([["SCHEME_MISMATCH", "sihao-2020"]]);
  });

  test("a workbook of neither programme still says what the tool looks for", () => {
    const r = review([gridFromValues("Sheet1", [["姓名", "电话"], ["张三", "138"]])], { scheme: SIHAO });
    expect(r.issues.map((i) => i.code)).toEqual(["NO_KNOWN_SHEET"]);
  });

  test("detection picks 创新中国 for a workbook holding only its case list", () => {
    const cases = toGrids(chuangxinBlockSheets()).filter((g) => g.name === "推介汇总表");
    expect(detectScheme(cases).id).toBe("chuangxin-2021");
    expect(detectScheme(toGrids(sihaoBlockSheets())).id).toBe("sihao-2020");
  });
});
