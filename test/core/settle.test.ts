/**
 * A plan meeting the workbook as it is (core/settle.ts): which sheets must be unlocked, which
 * report sheet is ours to write, whose result columns these are. The same function decides
 * for the add-in and the CLI.
 */
import { Cell, FillState, MemoState, WritePlan, buildWritePlan, fillNoteText, lockedRequired, review, settlePlan } from "../../src/core";
import { quotaGrid, scores, selfGrid, summaryGrid } from "../helpers/grids";

const NOW = new Date(2020, 9, 15, 9, 30);

function workbook() {
  return [
    summaryGrid([{ name: "甲商会", group: "四川省" }, { name: "乙商会", group: "四川省" }], "推荐名单汇总表", true),
    selfGrid("甲", "甲商会", scores({ 3: null })),
    selfGrid("乙", "乙商会"),
    quotaGrid({ 四川省: 1 }),
  ];
}

function plan(): WritePlan {
  const grids = workbook();
  grids[0] = summaryGrid([{ name: "甲商会", group: "四川省", ref: "甲" }, { name: "乙商会", group: "四川省", ref: "乙" }], "推荐名单汇总表", true);
  return buildWritePlan(review(grids), { now: NOW });
}

const SHEETS = ["推荐名单汇总表", "甲", "乙", "推荐名额分配表"];
const HEADER = ["序号", "省份", "商会名称", "商会类型", "自评分", "自评表"].map((text, col) => ({ col, text }));

function state(over: Partial<FillState> & { extra?: string[]; locked?: string[]; titles?: Record<string, Cell>; values?: Record<string, Cell> } = {}): FillState {
  const names = [...SHEETS, ...(over.extra ?? [])];
  return {
    sheets: names.map((name) => ({ name, protected: (over.locked ?? []).includes(name) })),
    structureLocked: false,
    memo: { version: 1, highlights: [] },
    titleOf: (n) => over.titles?.[n] ?? null,
    isBlank: () => false,
    header: HEADER,
    valueAt: (_s, r, c) => over.values?.[`${r}:${c}`] ?? null,
    ...over,
  };
}

const tracked = (reports: string[], columns: MemoState["columns"] = []): MemoState => ({ version: 2, highlights: [], reports, columns });

describe("which sheets must be unlocked", () => {
  test("a locked summary refuses; a locked 自评表 only loses its marks, with one note naming it", () => {
    const p = plan();
    expect(settlePlan(p, state({ locked: ["推荐名单汇总表"] }))).toEqual({ ok: false, refusal: { code: "SHEET_PROTECTED", sheet: "推荐名单汇总表" } });
    expect(lockedRequired(p, [{ name: "甲", protected: true }])).toBeNull();
    expect(lockedRequired(p, [{ name: "推荐名单汇总表", protected: true }])).toBe("推荐名单汇总表");
    const r = settlePlan(p, state({ locked: ["甲"] }));
    if (!r.ok) throw new Error("refused");
    expect(p.highlights.some((h) => h.sheet === "甲")).toBe(true);
    expect(r.settled.plan.highlights.some((h) => h.sheet === "甲")).toBe(false);
    expect(r.settled.notes).toEqual([{ kind: "lockedSkipped", sheets: ["甲"] }]);
    expect(fillNoteText(r.settled.notes[0], "en")).toBe('Sheet "甲" is protected: problem cells there were not marked (the other results were written). Unprotect and fill again to mark them.');
  });

  test("a sheet the plan writes that is gone refuses; a new report in a workbook whose structure is locked refuses", () => {
    const p = plan();
    expect(settlePlan(p, { ...state(), sheets: SHEETS.filter((n) => n !== "甲").map((name) => ({ name, protected: false })) })).toEqual({ ok: false, refusal: { code: "SHEET_MISSING", sheet: "甲" } });
    expect(settlePlan(p, state({ structureLocked: true }))).toEqual({ ok: false, refusal: { code: "STRUCTURE_LOCKED", sheet: "校验报告" } });
  });
});

describe("which report sheet is ours", () => {
  const target = (s: FillState) => {
    const r = settlePlan(plan(), s);
    if (!r.ok) throw new Error(r.refusal.code);
    return { sheet: r.settled.plan.report.sheet, exists: r.settled.reportExists, notes: r.settled.notes, reports: r.settled.owned.reports };
  };

  test("the memo says which: ours is rewritten, the user's is left and ours goes to (2), kept there", () => {
    expect(target(state({ extra: ["校验报告"], memo: tracked(["校验报告"]) }))).toEqual({ sheet: "校验报告", exists: true, notes: [], reports: ["校验报告"] });
    const note = { kind: "reportRenamed", userSheet: "校验报告", sheet: "校验报告 (2)" };
    expect(target(state({ extra: ["校验报告"], memo: tracked([]) }))).toEqual({ sheet: "校验报告 (2)", exists: false, notes: [note], reports: ["校验报告 (2)"] });
    expect(target(state({ extra: ["校验报告", "校验报告 (2)"], memo: tracked(["校验报告 (2)"]) }))).toEqual({ sheet: "校验报告 (2)", exists: true, notes: [note], reports: ["校验报告 (2)"] });
  });

  test("without a memo that says (a workbook the first release filled), our title in A1 says it; an empty sheet is taken", () => {
    expect(target(state({ extra: ["校验报告"], titles: { 校验报告: "评审助手 校验报告" } })).exists).toBe(true);
    expect(target(state({ extra: ["校验报告"], titles: { 校验报告: "我的审核意见" } })).sheet).toBe("校验报告 (2)");
    expect(target(state({ extra: ["校验报告"], isBlank: (n) => n === "校验报告" })).sheet).toBe("校验报告");
    // Once the memo says what is ours, a look-alike title proves nothing.
    expect(target(state({ extra: ["校验报告"], titles: { 校验报告: "评审助手 校验报告" }, memo: tracked([]) })).sheet).toBe("校验报告 (2)");
  });

  test("ours locked refuses before anything is written", () => {
    expect(settlePlan(plan(), state({ extra: ["校验报告"], locked: ["校验报告"], memo: tracked(["校验报告"]) }))).toEqual({ ok: false, refusal: { code: "SHEET_PROTECTED", sheet: "校验报告" } });
  });
});

describe("whose result columns these are", () => {
  /** The plan after the user put a 核验总分 column of their own at G (col 6), with a figure in row 4. */
  function withUserColumn(figure: Cell) {
    const grids = workbook();
    grids[0] = summaryGrid([{ name: "甲商会", group: "四川省", ref: "甲" }, { name: "乙商会", group: "四川省", ref: "乙" }], "推荐名单汇总表", true);
    const header = [...HEADER, { col: 6, text: "核验总分" }];
    const rows = grids[0];
    const p = buildWritePlan(review([{ ...rows, rows: rows.rows.map((r) => (r.row === 2 ? { row: 2, cols: [...r.cols, 6], values: [...r.values, "核验总分"] } : r)) }, ...grids.slice(1)]), { now: NOW });
    const values: Record<string, Cell> = figure === null ? {} : { "3:6": figure };
    return { p, header, values };
  }

  test("a user's column holding data is never written over: ours goes to a new column 核验总分【评审助手】", () => {
    const { p, header, values } = withUserColumn(431);
    expect(p.table!.columns[0]).toMatchObject({ label: "核验总分", col: 6, appended: false });
    const r = settlePlan(p, state({ header, values }));
    if (!r.ok) throw new Error(r.refusal.code);
    const s = r.settled;
    expect(s.notes).toEqual([{ kind: "columnMoved", sheet: "推荐名单汇总表", label: "核验总分", newLabel: "核验总分【评审助手】", userColumn: "G" }]);
    expect(fillNoteText(s.notes[0], "zh")).toBe('"推荐名单汇总表"的 G 列"核验总分"是您自己的数据，未改动它；结果写在新列"核验总分【评审助手】"。');
    const written = new Set(s.plan.blocks.flatMap((b) => b.values.flatMap((row, i) => row.map((_, j) => `${b.row + i}:${b.col + j}`))));
    expect([...written].some((k) => k.endsWith(":6"))).toBe(false);
    const moved = s.plan.blocks.find((b) => b.row === 2 && b.values[0][0] === "核验总分【评审助手】")!;
    expect(moved.col).toBeGreaterThan(6 + 6);
    expect(s.owned.columns[0].labels).toContain("核验总分【评审助手】");
    expect(s.owned.columns[0].labels).not.toContain("核验总分");
  });

  test("an empty user column loses nothing and is taken; a column the memo says is ours is reused", () => {
    const { p, header } = withUserColumn(null);
    const empty = settlePlan(p, state({ header }));
    expect(empty.ok && empty.settled.notes).toEqual([]);
    expect(empty.ok && empty.settled.owned.columns[0].labels).toContain("核验总分");
    const { values } = withUserColumn(431);
    const ours = settlePlan(p, state({ header, values, memo: tracked([], [{ sheet: "推荐名单汇总表", labels: ["核验总分"] }]) }));
    expect(ours.ok && ours.settled.notes).toEqual([]);
  });

  test("a workbook the first release filled (no memo that says): its seven columns side by side, in order, are ours", () => {
    const grids = workbook();
    grids[0] = summaryGrid([{ name: "甲商会", group: "四川省", ref: "甲" }, { name: "乙商会", group: "四川省", ref: "乙" }], "推荐名单汇总表", true);
    const labels = ["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"];
    const g = grids[0];
    grids[0] = { ...g, rows: g.rows.map((r) => (r.row === 2 ? { row: 2, cols: [...r.cols, ...labels.map((_, i) => 6 + i)], values: [...r.values, ...labels] } : r)) };
    const p = buildWritePlan(review(grids), { now: NOW });
    const header = [...HEADER, ...labels.map((text, i) => ({ col: 6 + i, text }))];
    const values: Record<string, Cell> = { "3:9": "合格", "4:9": "待核" };
    const legacy = settlePlan(p, state({ header, values }));
    expect(legacy.ok && legacy.settled.notes).toEqual([]);
    // The same columns in another order are not the first release's: the one holding data is the user's.
    const shuffled = [...HEADER, ...labels.map((text, i) => ({ col: i === 3 ? 12 : i === 6 ? 9 : 6 + i, text }))];
    const q = buildWritePlan(review([{ ...g, rows: g.rows.map((r) => (r.row === 2 ? { row: 2, cols: [...r.cols, ...shuffled.slice(6).map((h) => h.col)].sort((a, b) => a - b), values: [...r.values, ...shuffled.slice(6).sort((a, b) => a.col - b.col).map((h) => h.text)] } : r)) }, ...grids.slice(1)]), { now: NOW });
    const moved = settlePlan(q, state({ header: shuffled, values: { "3:9": "我的备注" } }));
    expect(moved.ok && moved.settled.notes.map((n) => n.kind)).toEqual(["columnMoved"]);
  });

  test("a header changed since the check refuses: the plan's places are no longer right", () => {
    const p = plan();
    const appended = p.table!.columns[0].col;
    expect(settlePlan(p, state({ header: [...HEADER, { col: appended, text: "备注" }] }))).toEqual({ ok: false, refusal: { code: "SHEET_CHANGED", sheet: "推荐名单汇总表" } });
  });
});
