import { Highlight, MEMO_NAMESPACE, UNDO_NAMESPACE, WritePlan, a1, buildWritePlan, cellAt, gridFromValues, review } from "../../src/core";
import { FILL_COLORS, gridToValues, memoFromXml, memoToXml } from "../../src/core/testing";
import { ExcelAdapterError } from "../../src/excel";
import { seen, setup } from "./helpers";
import { nationalWorkbook, provinceWorkbook } from "./workbook";

const NOW = new Date(2020, 9, 15, 9, 30);

function planFor(grids: Parameters<typeof review>[0]): WritePlan {
  return buildWritePlan(review(grids), { now: NOW, fillStatedTotals: true });
}

const at = (h: Highlight) => a1(h.row, h.col);

async function filled() {
  const grids = provinceWorkbook();
  const s = setup(grids);
  const plan = planFor(grids);
  // A user's own fill on a cell the review highlights: it must come back after clear/undo.
  const userFilled = plan.highlights.find((h) => h.sheet === "科技装备业商会")!;
  s.host.sheet(userFilled.sheet)!.touch(userFilled.row, userFilled.col).fill = "#00B050";
  const before = s.host.snapshot();
  const outcome = await s.gw.fill(plan);
  return { ...s, grids, plan, before, outcome, userFilled };
}

describe("fill through the real Office.js runtime", () => {
  test("writes the result columns, the report with links, and highlights; remembers original fills", async () => {
    const { host, plan, outcome, userFilled } = await filled();
    expect(outcome.highlights).toBe(plan.highlights.length);
    expect(outcome.nativeUndo).toBe(true);
    const header = gridToValues(host.grid("推荐名单汇总表"))[2];
    expect(header).toEqual(expect.arrayContaining(["核验总分", "资格审查", "校验说明"]));
    for (const h of plan.highlights) expect(host.fill(h.sheet, at(h))).toBe(h.color);
    const report = host.grid("校验报告");
    expect(cellAt(report, 0, 0)).toBe("评审助手 校验报告");
    const link = plan.report.links[0];
    expect(host.hyperlink("校验报告", `D${link.row + 1}`)).toEqual({ documentReference: `'${link.sheet}'!${link.cell}`, textToDisplay: link.cell });
    const memo = memoFromXml(host.partsIn(MEMO_NAMESPACE)[0].xml);
    expect(memo.highlights).toHaveLength(plan.highlights.length);
    expect(memo.highlights.find((m) => m.sheet === userFilled.sheet && m.cell === at(userFilled))?.fill).toBe("#00B050");
  });

  test("filling twice equals filling once (the undo record aside)", async () => {
    const { host, gw, plan } = await filled();
    const once = seen(host);
    await gw.fill(plan);
    expect(seen(host)).toEqual(once);
  });

  test("undo restores values, fills, the memo and the report exactly", async () => {
    const { host, gw, before, grids } = await filled();
    expect(gw.canUndo()).toBe(true);
    await gw.undo();
    expect(host.snapshot()).toEqual(before);
    expect(gw.canUndo()).toBe(false);
    // A second fill over an earlier one: undo goes back to the first fill's workbook, report included.
    await gw.fill(planFor(grids));
    const first = seen(host);
    host.sheet("温州商会")!.touch(10, 4).value = 0;
    const after = seen(host);
    const grids2 = await gw.read();
    await gw.fill(buildWritePlan(review(grids2), { now: new Date(2021, 0, 1), fillStatedTotals: true }));
    expect(seen(host)).not.toEqual(after);
    const outcome = await gw.undo();
    expect(outcome.kept).toEqual([]);
    expect(seen(host)).toEqual(after);
    expect(first).not.toEqual(after);
    // Only the latest fill's record is kept: the first fill's went when the second succeeded.
    expect(host.partsIn(UNDO_NAMESPACE)).toHaveLength(0);
  });

  test("clearHighlights puts original fills back where our colour still shows, and empties the memo", async () => {
    const { host, gw, plan, userFilled } = await filled();
    const [a, b] = plan.highlights.filter((h) => h !== userFilled);
    const cellA = at(a);
    const cellB = at(b);
    host.sheet(b.sheet)!.touch(b.row, b.col).fill = "#0070C0"; // the user recoloured this one
    const n = await gw.clearHighlights();
    expect(n).toBe(plan.highlights.length - 1);
    expect(host.fill(a.sheet, cellA)).toBeNull();
    expect(host.fill(b.sheet, cellB)).toBe("#0070C0");
    expect(host.fill(userFilled.sheet, at(userFilled))).toBe("#00B050");
    // What the tool created is still told; no highlight is remembered any more; the undo record is gone.
    const memo = memoFromXml(host.partsIn(MEMO_NAMESPACE)[0].xml);
    expect(memo).toMatchObject({ version: 2, highlights: [], reports: ["校验报告"] });
    expect(host.partsIn(UNDO_NAMESPACE)).toHaveLength(0);
    expect(gw.canUndo()).toBe(false);
  });

  test("clears highlights the CLI's file adapter remembered in the same custom XML part", async () => {
    const { host, gw } = setup([gridFromValues("表", [["a", "b"]])]);
    host.sheet("表")!.touch(0, 0).fill = FILL_COLORS.error;
    host.sheet("表")!.touch(0, 1).fill = FILL_COLORS.warning;
    host.addPart(memoToXml({ version: 1, highlights: [{ sheet: "表", cell: "A1", fill: null, style: 3 }, { sheet: "表", cell: "B1", fill: "#D9E1F2", style: 4 }] }));
    expect(await gw.clearHighlights()).toBe(2);
    expect(host.fill("表", "A1")).toBeNull();
    expect(host.fill("表", "B1")).toBe("#D9E1F2");
  });

  test("a later fill takes back highlights that no longer apply", async () => {
    const { host, gw, grids, userFilled } = await filled();
    // The user fixes the score: full marks, the item maximum one column to the left.
    const max = cellAt(grids.find((g) => g.name === userFilled.sheet)!, userFilled.row, userFilled.col - 1);
    host.sheet(userFilled.sheet)!.touch(userFilled.row, userFilled.col).value = max;
    const plan = planFor(await gw.read());
    expect(plan.highlights.some((h) => h.sheet === userFilled.sheet && h.row === userFilled.row && h.col === userFilled.col)).toBe(false);
    await gw.fill(plan);
    expect(host.fill(userFilled.sheet, at(userFilled))).toBe("#00B050");
  });

  test("text from user data stays text: = + - @, numbers, dates and booleans are not parsed", async () => {
    const { host, gw } = setup([gridFromValues("表", [["x"]])]);
    const texts = ["=1+1", "+86 10 1234", "-abc", "@SUM(A1)", "0012", "2020-10-15", "TRUE", "'quoted", "#N/A", "50%", "１２．５"];
    const plan: WritePlan = {
      blocks: [{ sheet: "表", row: 1, col: 0, values: [texts, texts.map((_, i) => (i % 2 ? i : null))] }],
      highlights: [],
      report: { sheet: "校验报告", values: [["=HYPERLINK(\"x\")"]], links: [], widths: [10] },
      touched: ["表"],
    };
    await gw.fill(plan);
    texts.forEach((t, i) => {
      const cell = `${String.fromCharCode(65 + i)}2`;
      expect(host.value("表", cell)).toBe(t);
      expect(host.formula("表", cell)).toBeUndefined();
    });
    expect(host.value("表", "B3")).toBe(1);
    expect(host.value("校验报告", "A1")).toBe("=HYPERLINK(\"x\")");
    expect(host.formula("校验报告", "A1")).toBeUndefined();
  });

  test("a protected summary sheet is refused before anything is written", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    const plan = planFor(grids);
    host.sheet("推荐名单汇总表")!.protected = true;
    const before = host.snapshot();
    const err = (await gw.fill(plan).catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("SHEET_PROTECTED");
    expect(err.text("zh")).toContain("推荐名单汇总表");
    expect(err.text("en")).toContain("protected");
    expect(host.snapshot()).toEqual(before);
  });

  test("a missing sheet is refused before anything is written", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    const plan = planFor(grids);
    const gone = plan.touched.find((n) => n !== "推荐名单汇总表")!;
    host.sheets.splice(host.sheets.findIndex((s) => s.name === gone), 1);
    const before = host.snapshot();
    const err = (await gw.fill(plan).catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("SHEET_MISSING");
    expect(err.text("zh")).toContain(gone);
    expect(host.snapshot()).toEqual(before);
  });

  test("a sync failing half-way through the writes is rolled back", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids);
    const before = seen(host);
    host.resetStats();
    // A fresh workbook: one sync of state, one of reads, then the writes (the record leading them).
    host.fault = { sync: 3, action: 60, code: "GeneralException" };
    const err = (await gw.fill(planFor(grids)).catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("WRITE_FAILED");
    expect(err.params).toEqual({ code: "GeneralException", message: expect.any(String) });
    expect(err.text("zh")).toBe("写入时出错：Excel 内部出错（GeneralException）。已把写入的部分恢复原状，工作簿与填写前相同。请稍后重试。");
    expect(seen(host)).toEqual(before);
    expect(host.partsIn(UNDO_NAMESPACE)).toHaveLength(0);
  });

  test("the number of syncs is the same for 1 and for 1,500 self-assessment sheets", async () => {
    const syncs: number[] = [];
    for (const n of [1, 1500]) {
      const grids = nationalWorkbook(n);
      const { host, gw } = setup(grids);
      const plan = planFor(grids);
      host.resetStats();
      const outcome = await gw.fill(plan);
      expect(outcome.syncs).toBe(host.stats.syncs);
      expect(host.stats.requestBytes.max).toBeLessThan(host.payloadLimit);
      expect(host.calcSuspensions).toBeGreaterThan(0);
      syncs.push(host.stats.syncs);
    }
    expect(syncs[0]).toBe(syncs[1]);
  }, 120000);

  test("with ExcelApi 1.20 the fill runs as one undo group; without, it does not ask for one", async () => {
    const runs: unknown[] = [];
    const real = Excel.run;
    const spy = jest.spyOn(Excel, "run").mockImplementation(((...args: unknown[]) => {
      runs.push(args[0]);
      return (real as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as typeof Excel.run);
    try {
      for (const v of ["1.20", "1.19"]) {
        runs.length = 0;
        const grids = provinceWorkbook();
        const { gw } = setup(grids, v);
        const outcome = await gw.fill(planFor(grids));
        expect(outcome.nativeUndo).toBe(v === "1.20");
        expect((runs[0] as { mergeUndoGroup?: boolean }).mergeUndoGroup).toBe(v === "1.20" ? true : undefined);
      }
    } finally {
      spy.mockRestore();
    }
  });

  test("with ExcelApi 1.9 one operation paints many rectangles of a colour; before, one per rectangle", async () => {
    const paints: number[] = [];
    for (const v of ["1.9", "1.8"]) {
      const grids = nationalWorkbook(30);
      const { host, gw } = setup(grids, v);
      const plan = planFor(grids);
      await gw.fill(plan);
      for (const h of plan.highlights) expect(host.fill(h.sheet, at(h))).toBe(h.color);
      expect(host.calls("Worksheet.GetRanges") > 0).toBe(v === "1.9");
      paints.push(host.calls("RangeFill.set Color"));
    }
    expect(paints[0]).toBeLessThan(paints[1]);
  });

  test("without ExcelApi 1.9 a white fill counts as no fill", async () => {
    const grids = provinceWorkbook();
    const { host, gw } = setup(grids, "1.8");
    const before = host.snapshot();
    await gw.fill(planFor(grids));
    expect(host.calls("RangeFill.set Color")).toBeGreaterThan(0);
    await gw.undo();
    expect(host.snapshot()).toEqual(before);
  });

  test("nothing to undo is said clearly", async () => {
    const { gw } = setup(provinceWorkbook());
    const err = (await gw.undo().catch((e: unknown) => e)) as ExcelAdapterError;
    expect(err.code).toBe("NOTHING_TO_UNDO");
    expect(err.text("zh")).toBe("没有可撤销的填写。");
  });
});
