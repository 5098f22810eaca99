import { gridFromValues, review } from "../../src/core";
import { ExcelAdapterError, MAX_SHEET_CELLS } from "../../src/excel";
import { cellsOf, setup } from "./helpers";
import { nationalWorkbook, provinceWorkbook } from "./workbook";

function reviewJson(grids: Parameters<typeof review>[0]) {
  const r = review(grids);
  return { entries: r.entries, issues: r.issues, counts: r.counts };
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

  test("the core gives the same entries and issues on the adapter's grids as on the source", async () => {
    for (const grids of [provinceWorkbook(), nationalWorkbook(62)]) {
      const { gw } = setup(grids);
      expect(reviewJson(await gw.read())).toEqual(reviewJson(grids));
    }
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
    expect(reviewJson(read)).toEqual(reviewJson(grids));
  }, 120000);

  test("without ExcelApi 1.13 merged areas are skipped and the review is unchanged", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids, "1.12");
    const read = await gw.read();
    expect(host.calls("Range.GetMergedAreasOrNullObject")).toBe(0);
    expect(read.every((g) => !g.merges)).toBe(true);
    expect(reviewJson(read)).toEqual(reviewJson(grids));
    expect(gw.capabilities()).toEqual({ baseline: true, mergedAreas: false, nativeUndo: false });
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
