import { ChamberEntry, Grid, gridFromValues, review } from "../../src/core";
import { ExcelAdapterError, MAX_SHEET_CELLS } from "../../src/excel";
import { cellsOf, setup } from "./helpers";
import { nationalWorkbook, provinceWorkbook } from "./workbook";

/** provinceWorkbook's verdict, worked out from its defects (see workbook.ts). */
const PROVINCE_ENTRIES = [
  // １２．５分 reads as 12.5, but #REF! and a blank keep it 待核.
  ["四川省科技装备业商会", "四川省", null, "pending", null, null],
  ["成都市温州商会", "四川省", 420, "qualified", 1, "yes"],
  // Item 1 is a veto item (*1) scored 0.
  ["=1+1商会", "四川省", 485, "disqualified", null, "no"],
  ["重庆市江西商会", "重庆市", null, "pending", null, null],
  ["重庆市福建商会", "重庆市", 380, "qualified", 1, "yes"],
  ["没有自评表的商会", "重庆市", null, "pending", null, null],
];
const PROVINCE_ISSUES = [
  ["warning", "OVER_QUOTA", "推荐名单汇总表", "B4"],
  ["warning", "OVER_QUOTA", "推荐名单汇总表", "B7"],
  ["error", "SHEET_NOT_FOUND", "推荐名单汇总表", "F9"],
  ["error", "SCORE_FORMULA_ERROR", "科技装备业商会", "E8"],
  ["error", "SCORE_MISSING", "科技装备业商会", "E11"],
  ["error", "SCORE_OUT_OF_RANGE", "江西商会", "E5"],
  ["error", "SCORE_NOT_NUMBER", "江西商会", "E7"],
];

function verdict(grids: Grid[]) {
  const r = review(grids);
  return {
    entries: (r.entries as ChamberEntry[]).map((e) => [e.name, e.group, e.total, e.status, e.rank, e.withinQuota]),
    issues: r.issues.map((i) => [i.severity, i.code, i.sheet, i.cell]),
  };
}

describe("read through the real Office.js runtime", () => {
  test("gives the workbook's cells, merges, hidden and protected sheets", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    host.sheet("福建商会")!.protected = true;
    const read = await gw.read();
    expect(read.map((g) => g.name)).toEqual(grids.map((g) => g.name));
    read.forEach((g, i) => {
      expect(cellsOf(g)).toEqual(cellsOf(grids[i]));
      expect(g.merges ?? []).toEqual(grids[i].merges ?? []);
    });
    expect(read.find((g) => g.name === "江西商会")!.hidden).toBe(true);
    expect(read.find((g) => g.name === "福建商会")!.protected).toBe(true);
    expect(read[1].rows.flatMap((r) => r.values)).toContain("#REF!");
  });

  test("the core's verdict on the adapter's grids is the workbook's", async () => {
    expect(verdict(await setup(provinceWorkbook()).gw.read())).toEqual({ entries: PROVINCE_ENTRIES, issues: PROVINCE_ISSUES });
    const national = review(await setup(nationalWorkbook(62)).gw.read());
    expect(national.counts).toEqual({ entries: 62, qualified: 54, disqualified: 1, pending: 7, errors: 7, warnings: 6 });
  });

  test("an empty sheet and a used range away from A1 keep their positions", async () => {
    const { gw } = setup([gridFromValues("空表", []), gridFromValues("偏移", [["x", null], [null, 2]], { origin: { row: 4, col: 2 } })]);
    const [empty, offset] = await gw.read();
    expect(empty.rows).toEqual([]);
    expect(offset.rows).toEqual([
      { row: 4, cols: [2], values: ["x"] },
      { row: 5, cols: [3], values: [2] },
    ]);
  });

  test("the number of syncs does not grow with sheets or rows", async () => {
    const syncs: number[] = [];
    for (const n of [1, 30, 300]) {
      const { host, gw } = setup(nationalWorkbook(n));
      await gw.read();
      syncs.push(host.stats.syncs);
      expect(gw.lastSyncs).toBe(host.stats.syncs);
    }
    expect(new Set(syncs).size).toBe(1);
    expect(syncs[0]).toBe(3);
  });

  test("1,500 sheets: every request and response stays under 5 MB; extra syncs only for the payload", async () => {
    const grids = nationalWorkbook(1500);
    const { host, gw } = setup(grids);
    const read = await gw.read();
    expect(read).toHaveLength(grids.length);
    expect(host.stats.requestBytes.max).toBeLessThan(host.payloadLimit);
    expect(host.stats.responseBytes.max).toBeLessThan(host.payloadLimit);
    // Names, then used ranges, then values in as many chunks as 5 MB responses need.
    const valueChunks = host.stats.syncs - 2;
    expect(valueChunks).toBeLessThanOrEqual(Math.ceil(host.stats.responseBytes.total / 4_000_000) + 1);
    for (const i of [0, 1, 750, 1499]) expect(cellsOf(read[i])).toEqual(cellsOf(grids[i]));
    expect(review(read).counts).toEqual({ entries: 1500, qualified: 1282, disqualified: 40, pending: 178, errors: 190, warnings: 203 });
  }, 120000);

  test("without ExcelApi 1.13 merged areas are skipped and the review is unchanged", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids, "1.12");
    const read = await gw.read();
    expect(host.calls("Range.GetMergedAreasOrNullObject")).toBe(0);
    expect(read.every((g) => !g.merges)).toBe(true);
    expect(verdict(read)).toEqual({ entries: PROVINCE_ENTRIES, issues: PROVINCE_ISSUES });
    expect(gw.capabilities()).toEqual({ baseline: true, mergedAreas: false, nativeUndo: false, dataValidation: true });
  });

  test("without ExcelApi 1.7 it refuses clearly, before any request", async () => {
    const { host, gw } = setup(provinceWorkbook(), "1.6");
    const err = await gw.read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelAdapterError);
    expect((err as ExcelAdapterError).code).toBe("NEEDS_NEWER_EXCEL");
    expect((err as ExcelAdapterError).text("zh")).toContain("Excel 2019");
    expect((err as ExcelAdapterError).text("en")).toContain("Excel 2019");
    expect(host.stats.syncs).toBe(0);
  });

  test("a sheet beyond the cell limit is refused by name", async () => {
    const { host, gw } = setup([gridFromValues("数据", [["a"]])]);
    host.sheet("数据")!.touch(MAX_SHEET_CELLS, 1).value = 1;
    const err = (await gw.read().catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("SHEET_TOO_LARGE");
    expect(err.text("zh")).toContain("数据");
  });
});

describe("a failed sync", () => {
  test("is reported as SYNC_FAILED with Excel's code, in both languages", async () => {
    const { host, gw } = setup(provinceWorkbook());
    host.fault = { sync: 2, action: 3, code: "GeneralException" };
    const err = (await gw.read().catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("SYNC_FAILED");
    expect(err.text("zh")).toContain("GeneralException");
    expect(err.text("en")).toContain("Nothing was changed");
  });
});
