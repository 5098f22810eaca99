/**
 * The undo record (core/engine/undo.ts) and undo's decisions (core/engine/undoDecision.ts): only what still
 * holds exactly what the fill wrote goes back; what the user changed stays and is listed; the
 * record spans parts that each fit a request, also for a 66,000-row report.
 */
import { Input, MAX_UNDO_BYTES, PART_BYTES, UndoRecord, partsBytes, rowCheck, undoDecision, undoFromParts, undoParts, utf8Length } from "../../src/core";
import { UndoNow } from "../../src/core/testing";

const REPORT = [
  ["评审助手 校验报告", "", "", "", ""],
  ["级别", "代码", "工作表", "单元格", "说明"],
  ["错误", "SCORE_MISSING", "甲", "E5", "自评分为空（满分 15）"],
];

function record(over: Partial<UndoRecord> = {}): UndoRecord {
  return {
    version: 1,
    id: "r1",
    time: "2020-10-15T01:30:00.000Z",
    sheets: ["汇总", "甲"],
    table: { sheet: "汇总", headerRow: 2 },
    blocks: [{ sheet: "汇总", row: 2, col: 6, before: [[""], [""], [""]], after: [["资格审查"], ["合格"], ["待核"]] }],
    fills: [{ sheet: "甲", cells: ["E5", "E7"], before: null, after: "#FFC7CE" }],
    report: { sheet: "校验报告", created: true, rows: REPORT.map(rowCheck), width: 5, before: null },
    memoBefore: null,
    ...over,
  };
}

function now(over: { values?: Record<string, Input>; fills?: Record<string, string | null>; report?: Input[][] | null; gone?: string[]; locked?: string[] } = {}): UndoNow {
  const values: Record<string, Input> = { "2:6": "资格审查", "3:6": "合格", "4:6": "待核", ...over.values };
  const fills: Record<string, string | null> = { E5: "#FFC7CE", E7: "#FFC7CE", ...over.fills };
  return {
    sheet: (n) => ({ exists: !(over.gone ?? []).includes(n), locked: (over.locked ?? []).includes(n) }),
    value: (_s, r, c) => values[`${r}:${c}`] ?? "",
    fill: (_s, cell) => fills[cell] ?? null,
    report: over.report === undefined ? REPORT.map((r) => [...r]) : over.report,
  };
}

describe("undo decides cell by cell", () => {
  test("untouched since the fill: everything goes back, nothing is kept, the added report goes", () => {
    const r = undoDecision(record(), now());
    expect(r.ok && r.plan).toMatchObject({ kept: [], report: "delete", counts: { cells: 3, fills: 2 } });
  });

  test("a typed decision, a recoloured mark, a comment in the report: each stays and is listed; the column keeps its label", () => {
    const report = REPORT.map((r) => [...r]);
    report[2][5] = "已电话核实";
    const r = undoDecision(record(), now({ values: { "3:6": "复核后合格" }, fills: { E7: "#0070C0" }, report }));
    if (!r.ok) throw new Error(r.refusal.code);
    expect(r.plan.kept).toEqual(["汇总!G4", "甲!E7", "校验报告!F3"]);
    expect(r.plan.report).toBe("keep");
    expect(r.plan.cells).toEqual([{ sheet: "汇总", row: 4, col: 6, input: "" }]);
    expect(r.plan.fills).toEqual([{ sheet: "甲", cell: "E5", fill: null }]);
    // What is the user's now must be told by the memo, not guessed from a title in A1.
    expect(r.plan.memo).toEqual({ version: 2, highlights: [], reports: [], columns: [] });
  });

  test("a value typed into a result cell the fill left blank, and a mark painted again then recoloured: kept, and named", () => {
    // 组内排名 (H) of a 待核 entry: blank before, written blank. A mark already ours, painted again.
    const rec = record({
      blocks: [{ sheet: "汇总", row: 2, col: 6, before: [[""], [""], [""]], after: [["资格审查"], ["合格"], ["待核"]] }, { sheet: "汇总", row: 3, col: 7, before: [[null], [null]], after: [[1], [""]] }],
      fills: [{ sheet: "甲", cells: ["E5", "E7"], before: null, after: "#FFC7CE" }, { sheet: "甲", cells: ["E9"], before: "#FFC7CE", after: "#FFC7CE" }],
    });
    const untouched = undoDecision(rec, now({ values: { "3:7": 1 }, fills: { E9: "#FFC7CE" } }));
    expect(untouched.ok && untouched.plan).toMatchObject({ kept: [], counts: { cells: 3, fills: 2 } });
    const r = undoDecision(rec, now({ values: { "3:7": 1, "4:7": 3 }, fills: { E9: "#0070C0" } }));
    if (!r.ok) throw new Error(r.refusal.code);
    expect(r.plan.kept).toEqual(["汇总!H5", "甲!E9"]);
    expect(r.plan.cells.some((c) => c.col === 7)).toBe(false);
    expect(r.plan.fills).toEqual([{ sheet: "甲", cell: "E5", fill: null }, { sheet: "甲", cell: "E7", fill: null }]);
  });

  test("a report cell the fill wrote, changed: the row is named when the cell cannot be told", () => {
    const report = REPORT.map((r) => [...r]);
    report[2][4] = "已补材料";
    const r = undoDecision(record(), now({ report }));
    expect(r.ok && r.plan.kept).toEqual(["校验报告!A3:E3"]);
  });

  test("a fill that failed half-way: cells still as before need nothing and are not the user's", () => {
    const r = undoDecision(record(), now({ values: { "3:6": "", "4:6": "" }, fills: { E7: null }, report: [REPORT[0].map(String), [], []] }));
    expect(r.ok && r.plan).toMatchObject({ kept: [], report: "delete", counts: { cells: 1, fills: 1 } });
  });

  test("a sheet the fill wrote that is renamed or gone refuses, as does a protected one", () => {
    expect(undoDecision(record(), now({ gone: ["甲"] }))).toEqual({ ok: false, refusal: { code: "UNDO_SHEET_GONE", sheet: "甲" } });
    expect(undoDecision(record(), now({ locked: ["汇总"] }))).toEqual({ ok: false, refusal: { code: "SHEET_PROTECTED", sheet: "汇总" } });
  });
});

describe("the record in the workbook", () => {
  test("a 66,000-row report replaced: parts each under a megabyte, the whole under the limit, read back as written", () => {
    const inputs: Input[][] = Array.from({ length: 66031 }, (_, i) => ["错误", "SCORE_OUT_OF_RANGE", `自评表${String((i % 1500) + 1).padStart(5, "0")}`, `E${(i % 44) + 5}`, `自评分超过分值上限：${(i % 15) + 11} > ${(i % 15) + 10}`]);
    const rec = record({ report: { sheet: "校验报告", created: false, rows: inputs.map(rowCheck), width: 5, before: { inputs, widths: [{ col: 0, width: 66.75 }] } } });
    const parts = undoParts(rec);
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts) expect(utf8Length(p)).toBeLessThanOrEqual(PART_BYTES);
    expect(partsBytes(parts)).toBeLessThan(MAX_UNDO_BYTES);
    expect(undoFromParts([...parts].reverse())).toEqual(rec);
  });

  test("the latest complete record wins; a record missing a part is no record", () => {
    const older = undoParts(record({ id: "old", time: "2020-10-14T00:00:00.000Z" }));
    const newer = undoParts(record({ id: "new", time: "2020-10-15T00:00:00.000Z", sheets: ["汇总"] }));
    expect(undoFromParts([...older, ...newer])!.id).toBe("new");
    const big = undoParts(record({ id: "big", time: "2020-10-16T00:00:00.000Z", blocks: [{ sheet: "汇总", row: 0, col: 0, before: [["x".repeat(2_500_000)]], after: [["y"]] }] }));
    expect(big.length).toBeGreaterThan(1);
    expect(undoFromParts([...older, ...big.slice(1)])!.id).toBe("old");
    expect(undoFromParts(["<reviewAssistantUndo>nonsense</reviewAssistantUndo>"])).toBeNull();
  });
});
