/**
 * Two- and three-row headers read the same in the core, the CLI and the add-in (Office.js
 * through Microsoft's runtime and the local Excel host), whether the workbook was written by
 * the project's own Excel-like writer or by LibreOffice; and a fill writes the same cells,
 * right after the header block, through either adapter.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Cell, JsonReport, Review, SheetSpec, buildWritePlan, review, toJsonReport } from "../../src/core";
import { OfficeWorkbook } from "../../src/excel";
import { createXlsx, openXlsx } from "../../src/xlsx";
import { connect } from "../../tools/excel-host/runtime";
import { hostFromXlsx } from "../../tools/excel-host/xlsx";
import { cli, json } from "../cli/helpers";
import { cellsOf } from "../excel/helpers";
import { chuangxinBlockSheets, sihaoBlockSheets } from "../helpers/blocks";
import { describeWithTool } from "../helpers/tools";
import { libreXlsx } from "../xlsx/rich";

const NOW = new Date(2026, 0, 5, 9, 0);

const WORKBOOKS: Record<string, SheetSpec[]> = {
  sihao2: sihaoBlockSheets(2),
  sihao3: sihaoBlockSheets(3),
  chuangxin2: chuangxinBlockSheets(2),
  chuangxin3: chuangxinBlockSheets(3),
};

interface Expected {
  scheme: string;
  entries: unknown[];
  issues: unknown[];
  results: { sheet: string; row: number; col: number; labels: string[]; first: Cell };
}

/**
 * What must come out of each workbook, written down by hand from the sheets in
 * test/helpers/blocks.ts; `d` is 1 where the summary or case list header takes three rows.
 */
function expected(name: string): Expected {
  const d = name.endsWith("3") ? 1 : 0;
  if (name.startsWith("sihao")) {
    return {
      scheme: "sihao-2020",
      entries: [
        [5 + d, "四川省科技装备业商会", "四川", "四川省", "qualified", 1, "yes"],
        [6 + d, "广西壮族自治区浙江商会", "广西", "广西壮族自治区", "qualified", 1, "yes"],
        [7 + d, "内蒙古自治区乳业商会", "内蒙古", "内蒙古自治区", "qualified", 1, "yes"],
        [8 + d, "新疆生产建设兵团江苏商会", "新疆兵团", "新疆生产建设兵团", "qualified", 1, "yes"],
        [9 + d, "四川省茶叶商会", "四川省", "四川省", "qualified", 2, "no"],
      ],
      issues: [
        ["OVER_QUOTA", "推荐名单汇总表", `B${5 + d}`],
        ["SUMMARY_TOTAL_MISMATCH", "推荐名单汇总表", `E${9 + d}`],
      ],
      // Right after the header block: G, or H when the three-row header has its 备注 column.
      results: { sheet: "推荐名单汇总表", row: 3 + d, col: 6 + d, labels: ["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"], first: 480 },
    };
  }
  return {
    scheme: "chuangxin-2021",
    entries: [
      [4 + d, "案例甲", "省级工商联", "省级工商联", "qualified", 1, "yes"],
      [5 + d, "案例乙", "商会", "商会", "disqualified", null, "no"],
      [6 + d, "案例丙", "区县级工商联", "区县级工商联", "pending", null, null],
      [7 + d, "案例丁", "副省级、地市级工商联", "副省级、地市级工商联", "qualified", 1, "yes"],
    ],
    issues: [["SCORE_NOT_NUMBER", "推介汇总表", `F${6 + d}`]],
    results: { sheet: "推介汇总表", row: 2 + d, col: 8, labels: ["专家数", "平均分", "类别内排名", "入围初选", "入选终审", "资格审查", "校验说明"], first: 3 },
  };
}

function digest(r: JsonReport) {
  return {
    scheme: r.scheme,
    entries: r.entries.map((e) => [e.row, e.name, e.group ?? e.category, e.groupKey ?? e.category, e.status, e.rank, e.withinQuota ?? e.final]),
    issues: r.issues.map((i) => [i.code, i.sheet, i.cell]),
  };
}

async function addinReview(bytes: Uint8Array, excelApi: string): Promise<{ review: Review; gw: OfficeWorkbook; host: ReturnType<typeof hostFromXlsx> }> {
  const host = hostFromXlsx(bytes, { apiVersion: excelApi });
  const { url } = connect(host, { sets: { ExcelApi: excelApi } });
  const gw = new OfficeWorkbook({ session: url });
  return { review: review(await gw.read()), gw, host };
}

function suite(writer: string, files: () => Record<string, Uint8Array>) {
  describe.each(Object.keys(WORKBOOKS))(`%s workbook written by ${writer}`, (name) => {
    const want = expected(name);
    let dir = "";
    beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "ra-blocks-"))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("the core, the CLI and the add-in read it identically", async () => {
      const bytes = files()[name];
      const core = toJsonReport(review(openXlsx(bytes).grids()));
      expect(digest(core)).toEqual({ scheme: want.scheme, entries: want.entries, issues: want.issues });

      writeFileSync(join(dir, "book.xlsx"), bytes);
      const run = await cli(["check", "book.xlsx", "--json"], dir);
      expect(run.stderr).toBe("");
      const fromCli = json(run);
      expect({ ...Object.fromEntries(Object.keys(core).map((k) => [k, fromCli[k]])), file: null }).toEqual(core);

      // Excel 2019 (ExcelApi 1.7) reports no merged areas: the reading must not depend on them.
      for (const api of ["1.20", "1.7"]) expect([api, toJsonReport((await addinReview(bytes, api)).review)]).toEqual([api, core]);
    });

    test("a fill writes the same cells through either adapter, results right after the header block", async () => {
      const bytes = files()[name];
      const book = openXlsx(bytes);
      const cliReview = review(book.grids());
      book.apply(buildWritePlan(cliReview, { now: NOW }));
      const cliFilled = openXlsx(book.toBytes()).grids();

      const { review: addin, gw, host } = await addinReview(bytes, "1.20");
      await gw.fill(buildWritePlan(addin, { now: NOW }));

      expect(host.sheetNames()).toEqual(cliFilled.map((g) => g.name));
      for (const g of cliFilled) expect([g.name, cellsOf(host.grid(g.name))]).toEqual([g.name, cellsOf(g)]);

      const sheet = cellsOf(cliFilled.find((g) => g.name === want.results.sheet)!);
      const { row, col } = want.results;
      expect(want.results.labels.map((_, i) => sheet.get(`${row},${col + i}`))).toEqual(want.results.labels);
      expect(sheet.get(`${row + 1},${col}`)).toBe(want.results.first);
      // Nothing of the user's moved or went: the wide title, the notes beside and under the table.
      const before = cellsOf(openXlsx(bytes).grids().find((g) => g.name === want.results.sheet)!);
      for (const [k, v] of before) expect([k, sheet.get(k)]).toEqual([k, v]);
    });
  });
}

const excelLike = Object.fromEntries(Object.entries(WORKBOOKS).map(([k, specs]) => [k, createXlsx(specs)]));
suite("the project's xlsx writer", () => excelLike);

describeWithTool("soffice", "header blocks in LibreOffice-written workbooks")("LibreOffice", () => {
  let dir = "";
  let written: Record<string, Uint8Array> = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ra-blocks-lo-"));
    written = libreXlsx(dir, join(dir, "profile"), excelLike);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("LibreOffice kept the merged header cells", () => {
    const g = openXlsx(written.sihao2).grids().find((x) => x.name === "推荐名单汇总表")!;
    expect(g.merges).toEqual(expect.arrayContaining([{ r0: 2, c0: 4, r1: 2, c1: 5 }, { r0: 0, c0: 0, r1: 0, c1: 11 }]));
  });

  suite("LibreOffice", () => written);
});
