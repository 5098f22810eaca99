/**
 * The highlight memo's rules (core/engine/highlights.ts) and its storage (core/engine/memo.ts): what is
 * ours and what the user's, what a renamed sheet means, parts that each fit a request.
 */
import { FillMemo, Highlight, MemoState, PART_BYTES, clearChanges, followRenames, highlightChanges, memoParts, mergeMemos, utf8Length } from "../../src/core";
import { FILL_COLORS, memoFromXml, memoToXml } from "../../src/core/testing";

const RED = FILL_COLORS.error;
const mark = (sheet: string, row: number, col: number): Highlight => ({ sheet, row, col, severity: "error", color: RED });
const memo = (highlights: FillMemo[], tracked = true): MemoState => (tracked ? { version: 2, highlights, reports: ["校验报告"], columns: [] } : { version: 1, highlights });
const all = { exists: () => true, locked: () => false };

describe("storage", () => {
  test("a version 2 memo round-trips, and a first-release memo still reads", () => {
    const m: MemoState = {
      version: 2,
      highlights: [{ sheet: "甲", cell: "E5", fill: null, style: 3 }, { sheet: "甲", cell: "E6", fill: null, style: 3 }, { sheet: "乙", cell: "B2", fill: "#00B050" }],
      reports: ["校验报告 (2)"],
      reportChecks: [{ sheet: "校验报告 (2)", rows: 14, cols: 5, hash: "3kq0v1x9a2b" }],
      columns: [{ sheet: "汇总", labels: ["核验总分", "资格审查"], tallies: { 核验总分: "1b2c3d 9z8y*2", 资格审查: "" } }],
    };
    expect(memoFromXml(memoToXml(m))).toEqual(m);
    // A memo written before the record of what was written was kept reads as claims without records.
    const older = '<reviewAssistant xmlns="urn:review-assistant:state:1">{"version":2,"reports":["校验报告"],"columns":[{"sheet":"汇总","labels":["核验总分"]}],"highlights":[]}</reviewAssistant>';
    expect(memoFromXml(older)).toEqual({ version: 2, highlights: [], reports: ["校验报告"], reportChecks: [], columns: [{ sheet: "汇总", labels: ["核验总分"] }] });
    const v1 = '<?xml version="1.0"?><reviewAssistant xmlns="urn:review-assistant:state:1">{"version":1,"highlights":[{"sheet":"甲","cell":"E5","fill":null,"style":3}]}</reviewAssistant>';
    expect(memoFromXml(v1)).toEqual({ version: 1, highlights: [{ sheet: "甲", cell: "E5", fill: null, style: 3 }] });
    expect(memoFromXml("<reviewAssistant>{broken</reviewAssistant>")).toEqual({ version: 1, highlights: [] });
  });

  test("66,000 highlights on 1,500 sheets: parts each under a megabyte, merged back whole", () => {
    const highlights: FillMemo[] = [];
    for (let s = 0; s < 1500; s++) for (let r = 0; r < 44; r++) highlights.push({ sheet: `自评表${String(s + 1).padStart(5, "0")}`, cell: `E${r + 4}`, fill: r % 7 ? null : "#D9E1F2", style: r % 3 });
    const parts = memoParts({ version: 2, highlights, reports: ["校验报告"], columns: [] });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(utf8Length(p)).toBeLessThanOrEqual(PART_BYTES);
    const back = mergeMemos(parts);
    expect(back.highlights).toEqual(highlights);
    expect(back.reports).toEqual(["校验报告"]);
  });
});

describe("what a fill does with the memo", () => {
  test("a mark the user recoloured: what it shows now becomes its original, so clearing gives the user's colour back", () => {
    const m = memo([{ sheet: "甲", cell: "E5", fill: null }]);
    const now = () => ({ fill: "#0070C0" });
    const c = highlightChanges(m, [mark("甲", 4, 4)], now, all);
    expect(c.highlights).toEqual([{ sheet: "甲", cell: "E5", fill: "#0070C0" }]);
    // Still ours: the remembered original stays.
    expect(highlightChanges(m, [mark("甲", 4, 4)], () => ({ fill: RED }), all).highlights).toEqual([{ sheet: "甲", cell: "E5", fill: null }]);
  });

  test("a mark no longer needed goes back to its original only while it still shows ours", () => {
    const m = memo([
      { sheet: "甲", cell: "E5", fill: "#D9E1F2" },
      { sheet: "甲", cell: "E6", fill: null },
      { sheet: "锁", cell: "E7", fill: null },
    ]);
    const fills: Record<string, string | null> = { E5: RED, E6: "#0070C0", E7: RED };
    const c = highlightChanges(m, [], (_s, cell) => ({ fill: fills[cell] }), { exists: () => true, locked: (n) => n === "锁" });
    expect(c.restore.map((r) => r.memo.cell)).toEqual(["E5"]);
    // The locked sheet's mark cannot be put back: it stays remembered.
    expect(c.highlights).toEqual([{ sheet: "锁", cell: "E7", fill: null }]);
    expect(clearChanges(m, (_s, cell) => ({ fill: fills[cell] }), { exists: () => true, locked: (n) => n === "锁" })).toEqual(c);
  });

  test("a renamed sheet: its entries follow it, so our red is never taken for the user's fill", () => {
    const m = memo([
      { sheet: "江西商会", cell: "E5", fill: null },
      { sheet: "江西商会", cell: "E7", fill: "#00B050" },
      { sheet: "福建商会", cell: "E9", fill: null },
    ]);
    const marks = [mark("江西商会（改）", 4, 4), mark("江西商会（改）", 6, 4), mark("福建商会", 8, 4)];
    const followed = followRenames(m, ["江西商会（改）", "福建商会"], marks, () => ({ fill: RED }));
    expect(followed.highlights.map((h) => h.sheet)).toEqual(["江西商会（改）", "江西商会（改）", "福建商会"]);
    const c = highlightChanges(followed, marks, () => ({ fill: RED }), all);
    expect(c.highlights).toEqual([
      { sheet: "江西商会（改）", cell: "E5", fill: null },
      { sheet: "江西商会（改）", cell: "E7", fill: "#00B050" },
      { sheet: "福建商会", cell: "E9", fill: null },
    ]);
    // Without the rule, E5's "original" would be our red.
    expect(highlightChanges(m, marks, () => ({ fill: RED }), all).highlights).toContainEqual({ sheet: "江西商会（改）", cell: "E5", fill: RED });
  });

  test("entries of a sheet that matches nothing are kept (it may come back), not taken for another's", () => {
    const m = memo([{ sheet: "已删除", cell: "E5", fill: null }]);
    // A sheet showing our red at the same cell but not marked by this plan is not a rename.
    const followed = followRenames(m, ["其他"], [], () => ({ fill: RED }));
    expect(followed.highlights).toEqual(m.highlights);
    expect(highlightChanges(followed, [], () => undefined, { exists: (n) => n !== "已删除", locked: () => false }).highlights).toEqual(m.highlights);
  });
});
