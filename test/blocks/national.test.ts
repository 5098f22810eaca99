/**
 * Issue 22 §1 on written files: the national 汇总表 with a three-row header, and with its
 * labels merged down under a group row, written by the project's writer and by LibreOffice,
 * read alike by `check`, by the add-in (ExcelApi 1.20, and 1.7 which reports no merged
 * areas), and filled by `fill` without a cell of the header rows changed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Cell, review, toJsonReport } from "../../src/core";
import { OfficeWorkbook } from "../../src/excel";
import { createXlsx, openXlsx } from "../../src/xlsx";
import { connect } from "../../tools/excel-host/runtime";
import { hostFromXlsx } from "../../tools/excel-host/xlsx";
import { cli, json } from "../cli/helpers";
import { cellsOf } from "../excel/helpers";
import { NationalLayout, nationalSheets } from "../helpers/national";
import { describeWithTool } from "../helpers/tools";
import { libreXlsx } from "../xlsx/rich";

const LAYOUTS: NationalLayout[] = ["three-row", "group-row"];
const SUMMARY = "推荐名单汇总表";
const LABELS = ["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"];

async function addin(bytes: Uint8Array, excelApi: string) {
  const host = hostFromXlsx(bytes, { apiVersion: excelApi });
  const { url } = connect(host, { sets: { ExcelApi: excelApi } });
  return review(await new OfficeWorkbook({ session: url }).read());
}

function suite(writer: string, files: () => Record<string, Uint8Array>) {
  describe.each(LAYOUTS)(`the %s national summary written by ${writer}`, (layout) => {
    let dir = "";
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "ra-national-"));
      writeFileSync(join(dir, "全国汇总.xlsx"), files()[layout]);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("check: four chambers, 自评分 read, the stated total that differs found; the add-in reads the same", async () => {
      const run = await cli(["check", "全国汇总.xlsx", "--json"], dir);
      expect(run.stderr).toBe("");
      const r = json(run);
      expect(r.entries.map((e) => [e.row, e.name, e.statedTotal, e.total, e.status])).toEqual([
        [5, "四川省科技装备业商会", 480, 480, "qualified"],
        [6, "四川省茶叶商会", 455, 445, "qualified"],
        [7, "广西壮族自治区浙江商会", 470, 470, "qualified"],
        [8, "内蒙古自治区乳业商会", 460, 460, "qualified"],
      ]);
      expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([["SUMMARY_TOTAL_MISMATCH", SUMMARY, "F6"]]);
      expect(run.code).toBe(0);
      const core = toJsonReport(review(openXlsx(files()[layout]).grids()));
      for (const api of ["1.20", "1.7"]) expect([api, toJsonReport(await addin(files()[layout], api))]).toEqual([api, core]);
    });

    test("fill: the labels after 备注 on row 4, the results from row 5, every header cell as it was", async () => {
      const run = await cli(["fill", "全国汇总.xlsx", "-o", "out.xlsx"], dir);
      expect(run.code).toBe(0);
      const before = cellsOf(openXlsx(files()[layout]).grids().find((g) => g.name === SUMMARY)!);
      const after = cellsOf(openXlsx(new Uint8Array(readFileSync(join(dir, "out.xlsx")))).grids().find((g) => g.name === SUMMARY)!);
      const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
      // Only columns I.. (8..14) change, and only from the header's last row (index 3) down.
      expect(changed.every((k) => Number(k.split(",")[0]) >= 3 && Number(k.split(",")[1]) >= 8)).toBe(true);
      expect(LABELS.map((_, i) => after.get(`3,${8 + i}`))).toEqual(LABELS);
      const result = (row: number): Cell[] => [8, 9, 10, 11, 12, 13].map((c) => after.get(`${row},${c}`) ?? null);
      expect([4, 5, 6, 7].map(result)).toEqual([
        [480, "无", 0, "合格", 1, "是"],
        [445, "无", 0, "合格", 2, "是"],
        [470, "无", 0, "合格", 1, "是"],
        [460, "无", 0, "合格", 1, "是"],
      ]);
      expect([...after.values()]).not.toContain("待核");
    });
  });
}

const own = Object.fromEntries(LAYOUTS.map((l) => [l, createXlsx(nationalSheets(l))]));
suite("the project's xlsx writer", () => own);

describeWithTool("soffice", "national summaries written by LibreOffice")("LibreOffice", () => {
  let dir = "";
  let written: Record<string, Uint8Array> = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ra-national-lo-"));
    written = libreXlsx(dir, join(dir, "profile"), own);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("LibreOffice kept the header's merged areas", () => {
    const g = openXlsx(written["three-row"]).grids().find((x) => x.name === SUMMARY)!;
    expect(g.merges).toEqual(expect.arrayContaining([{ r0: 1, c0: 0, r1: 3, c1: 0 }, { r0: 2, c0: 5, r1: 2, c1: 6 }]));
  });

  suite("LibreOffice", () => written);
});
