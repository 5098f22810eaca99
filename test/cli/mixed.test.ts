/**
 * Issue 22 §5 through the command line: one workbook holding a 四好 summary with its 自评表 and
 * a 创新中国 case list with its expert sheets. Checked without --scheme it is read as 四好 (the
 * first programme found), and says so: MIXED_PROGRAMMES, an error, on the 创新中国 sheet; a
 * line naming both --scheme choices; 发送前检查 does not pass; exit 1. Named, it is read as
 * asked, with no such error.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createXlsx } from "../../src/xlsx";
import { chuangxinBlockSheets, sihaoBlockSheets } from "../helpers/blocks";
import { box } from "../helpers/grids";
import { cli, json, sheet } from "./helpers";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-mixed-"));
  writeFileSync(join(dir, "两项评审.xlsx"), createXlsx([...sihaoBlockSheets(2), ...chuangxinBlockSheets(2)]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ZH =
  '本工作簿有两项评审的工作表："四好"商会认定（工作表"推荐名单汇总表"）和"创新中国"案例推介（工作表"专家一"）。' +
  '本次只按"四好"商会认定（sihao-2020）校验，"创新中国"案例推介的工作表没有校验。请在评审方案中选定要校验的一项（sihao-2020 或 chuangxin-2021）后再校验';
const EN =
  'This workbook holds sheets of two reviews: the "四好" chamber review (sheet "推荐名单汇总表") and the "创新中国" case recommendation (sheet "专家一"). ' +
  'Only the "四好" chamber review (sihao-2020) was checked; the sheets of the "创新中国" case recommendation were not. Choose the scheme to check (sihao-2020 or chuangxin-2021) and check again';

test("check --json: the issue of its own, an error, and where the other programme's sheets are", async () => {
  const run = await cli(["check", "两项评审.xlsx", "--json"], dir);
  expect(run.code).toBe(1);
  const r = json(run);
  expect(r.scheme).toBe("sihao-2020");
  expect(r.issues.filter((i) => i.code === "MIXED_PROGRAMMES")).toEqual([{ severity: "error", code: "MIXED_PROGRAMMES", sheet: "专家一", cell: null, message: ZH }]);
  expect((r.schemeDetection as { others: unknown }).others).toEqual([{ programme: "case", sheet: "专家一", sheetKind: "experts", scheme: "chuangxin-2021" }]);
  expect((r.preflight as { verdict: string }).verdict).toBe("fix");
});

test("check, in words: the message, how to choose with --scheme, 需要修改 — in both languages", async () => {
  const zh = await cli(["check", "两项评审.xlsx"], dir);
  expect(zh.code).toBe(1);
  expect(zh.stdout).toContain("两项评审的工作表都在本工作簿中，本次只校验了一项：请用 --scheme sihao-2020 或 --scheme chuangxin-2021 选定要校验的一项。");
  expect(zh.stdout).toContain(ZH);
  expect(zh.stdout).toContain("发送前检查：需要修改");
  const en = await cli(["check", "两项评审.xlsx", "--lang", "en"], dir);
  expect(en.stdout).toContain("Sheets of two reviews are in this workbook and only one was checked: choose one with --scheme sihao-2020 or --scheme chuangxin-2021.");
  expect(en.stdout).toContain(EN);
});

test("with --scheme the user has chosen: each programme read alone, no MIXED_PROGRAMMES", async () => {
  const sihao = json(await cli(["check", "两项评审.xlsx", "--scheme", "sihao-2020", "--json"], dir));
  expect([sihao.scheme, sihao.entries.length, sihao.issues.map((i) => i.code)]).toEqual(["sihao-2020", 5, ["OVER_QUOTA", "SUMMARY_TOTAL_MISMATCH"]]);
  const cx = json(await cli(["check", "两项评审.xlsx", "--scheme", "chuangxin-2021", "--json"], dir));
  expect([cx.scheme, cx.entries.length, cx.issues.map((i) => i.code)]).toEqual(["chuangxin-2021", 4, ["SCORE_NOT_NUMBER"]]);
});

test("fill without --scheme writes the 四好 results and tells the same error in 校验报告; exit 1", async () => {
  const run = await cli(["fill", "两项评审.xlsx", "-o", "out.xlsx", "--json"], dir);
  expect(run.code).toBe(1);
  expect(json(run).issues.map((i) => i.code)).toContain("MIXED_PROGRAMMES");
  const report = box(sheet(join(dir, "out.xlsx"), "校验报告")).values;
  expect(report.filter((r) => r[1] === "MIXED_PROGRAMMES").map((r) => r.slice(0, 5))).toEqual([["错误", "MIXED_PROGRAMMES", "专家一", null, ZH]]);
});
