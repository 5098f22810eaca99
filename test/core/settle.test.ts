/**
 * A plan meeting the workbook as it is (core/engine/settle.ts): which sheets must be unlocked, which
 * report sheet is ours to write, whose result columns these are. The same function decides
 * for the add-in and the CLI.
 */
import { Cell, MemoState, WritePlan, buildWritePlan, fillNoteText, gridContent, gridFromValues, lockedRequired, review, settlePlan } from "../../src/core";
import { FillState, reportCheck, tallyOf } from "../../src/core/testing";
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

type Over = Partial<FillState> & { extra?: string[]; locked?: string[]; titles?: Record<string, Cell>; values?: Record<string, Cell>; content?: Record<string, Cell[][]> };

function state(over: Over = {}): FillState {
  const names = [...SHEETS, ...(over.extra ?? [])];
  return {
    sheets: names.map((name) => ({ name, protected: (over.locked ?? []).includes(name) })),
    structureLocked: false,
    memo: { version: 1, highlights: [] },
    titleOf: (n) => over.titles?.[n] ?? null,
    isBlank: () => false,
    contentOf: (n) => (over.content?.[n] ? gridContent(gridFromValues(n, over.content[n])) : null),
    header: HEADER,
    valueAt: (_s, r, c) => over.values?.[`${r}:${c}`] ?? null,
    ...over,
  };
}

const tracked = (reports: string[], columns: MemoState["columns"] = [], reportChecks: MemoState["reportChecks"] = []): MemoState => ({ version: 2, highlights: [], reports, reportChecks, columns });

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

  /** The report as the last fill wrote it (at another time than this plan's), and the memo's record of it. */
  const lastReport = buildWritePlan(review(workbook()), { now: new Date(2020, 9, 14, 16, 5) }).report.values;
  const ourReport = (name = "校验报告") => ({ content: { [name]: lastReport }, memo: tracked([name], [], [reportCheck(name, lastReport)]) });

  test("the memo says which: ours is rewritten while it holds what we last wrote; the user's is left and ours goes to (2), kept there", () => {
    expect(target(state({ extra: ["校验报告"], ...ourReport() }))).toEqual({ sheet: "校验报告", exists: true, notes: [], reports: ["校验报告"] });
    const note = { kind: "reportRenamed", userSheet: "校验报告", sheet: "校验报告 (2)" };
    expect(target(state({ extra: ["校验报告"], memo: tracked([]) }))).toEqual({ sheet: "校验报告 (2)", exists: false, notes: [note], reports: ["校验报告 (2)"] });
    const second = ourReport("校验报告 (2)");
    expect(target(state({ extra: ["校验报告", "校验报告 (2)"], ...second }))).toEqual({ sheet: "校验报告 (2)", exists: true, notes: [note], reports: ["校验报告 (2)"] });
  });

  test("a stale record: the memo's 校验报告 deleted and the user's own of that name made since is never rewritten, nor claimed again", () => {
    const mine = { ...ourReport(), content: { 校验报告: [["我的审核意见"], ["第 3 家需补材料"]] }, titles: { 校验报告: "我的审核意见" } };
    expect(target(state({ extra: ["校验报告"], ...mine }))).toEqual({ sheet: "校验报告 (2)", exists: false, notes: [{ kind: "reportRenamed", userSheet: "校验报告", sheet: "校验报告 (2)" }], reports: ["校验报告 (2)"] });
    // Our report with one note typed into it is the user's from then on, as undo leaves it.
    const noted = lastReport.map((row, i) => (i === 11 ? [...row, "已电话核实"] : row));
    expect(target(state({ extra: ["校验报告"], ...ourReport(), content: { 校验报告: noted } })).sheet).toBe("校验报告 (2)");
    const edited = lastReport.map((row, i) => (i === 4 ? [row[0], 99, ...row.slice(2)] : row));
    expect(target(state({ extra: ["校验报告"], ...ourReport(), content: { 校验报告: edited } })).sheet).toBe("校验报告 (2)");
    // The record is of what was written: the next fill's report (another time) is recorded in its place.
    const r = settlePlan(plan(), state({ extra: ["校验报告"], ...ourReport() }));
    expect(r.ok && r.settled.owned.reportChecks).toEqual([reportCheck("校验报告", plan().report.values)]);
    expect(r.ok && r.settled.owned.reportChecks[0].hash).not.toBe(reportCheck("校验报告", lastReport).hash);
  });

  test("a memo from before the record was kept: its report is ours while A1 shows our title", () => {
    expect(target(state({ extra: ["校验报告"], titles: { 校验报告: "评审助手 校验报告" }, memo: tracked(["校验报告"]) })).sheet).toBe("校验报告");
    expect(target(state({ extra: ["校验报告"], titles: { 校验报告: "我的审核意见" }, memo: tracked(["校验报告"]) })).sheet).toBe("校验报告 (2)");
  });

  test("without a memo that says (a workbook the first release filled), our title in A1 says it; an empty sheet is taken", () => {
    expect(target(state({ extra: ["校验报告"], titles: { 校验报告: "评审助手 校验报告" } })).exists).toBe(true);
    expect(target(state({ extra: ["校验报告"], titles: { 校验报告: "我的审核意见" } })).sheet).toBe("校验报告 (2)");
    expect(target(state({ extra: ["校验报告"], isBlank: (n) => n === "校验报告" })).sheet).toBe("校验报告");
    // Once the memo says what is ours, a look-alike title proves nothing.
    expect(target(state({ extra: ["校验报告"], titles: { 校验报告: "评审助手 校验报告" }, memo: tracked([]) })).sheet).toBe("校验报告 (2)");
  });

  test("ours locked refuses before anything is written", () => {
    expect(settlePlan(plan(), state({ extra: ["校验报告"], locked: ["校验报告"], ...ourReport() }))).toEqual({ ok: false, refusal: { code: "SHEET_PROTECTED", sheet: "校验报告" } });
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

  /** The summary with the seven result headers in G:M (cols 6–12), typed or left by the first release, and its plan. */
  function sevenHeaders() {
    const grids = workbook();
    grids[0] = summaryGrid([{ name: "甲商会", group: "四川省", ref: "甲" }, { name: "乙商会", group: "四川省", ref: "乙" }], "推荐名单汇总表", true);
    const labels = ["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"];
    const g = grids[0];
    grids[0] = { ...g, rows: g.rows.map((r) => (r.row === 2 ? { row: 2, cols: [...r.cols, ...labels.map((_, i) => 6 + i)], values: [...r.values, ...labels] } : r)) };
    return { p: buildWritePlan(review(grids), { now: NOW }), header: [...HEADER, ...labels.map((text, i) => ({ col: 6 + i, text }))] };
  }
  /** What this plan writes in G:M: 甲 is 待核 (a missing score), 乙 合格. */
  const FIRST_RELEASE: Record<string, Cell> = {
    "3:7": "无",
    "3:8": 0,
    "3:9": "待核",
    "3:12": '自评表"甲"有 1 处错误，首个 E6：自评分为空（满分 15）',
    "4:6": 500,
    "4:7": "无",
    "4:8": 0,
    "4:9": "合格",
    "4:10": 1,
    "4:11": "是",
  };

  test("a workbook the first release filled (no memo that says): its columns are taken when they hold what this fill writes", () => {
    const { p, header } = sevenHeaders();
    const legacy = settlePlan(p, state({ header, values: FIRST_RELEASE }));
    expect(legacy.ok && legacy.settled.notes).toEqual([]);
    expect(legacy.ok && legacy.settled.owned.columns[0].labels).toEqual(["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"]);
  });

  test("seven result headers the user typed, with values of his own, are his: those holding anything else go to new columns", () => {
    const { p, header } = sevenHeaders();
    // His own reckoning: 甲 passed at 480, 乙 500 and first; a remark of his on 甲.
    const typed: Record<string, Cell> = { "3:6": 480, "3:9": "合格", "3:12": "材料齐全", "4:6": 500, "4:9": "合格", "4:10": 1, "4:11": "是" };
    const r = settlePlan(p, state({ header, values: typed }));
    if (!r.ok) throw new Error(r.refusal.code);
    expect(r.settled.notes).toEqual([
      { kind: "columnMoved", sheet: "推荐名单汇总表", label: "核验总分", newLabel: "核验总分【评审助手】", userColumn: "G" },
      { kind: "columnMoved", sheet: "推荐名单汇总表", label: "资格审查", newLabel: "资格审查【评审助手】", userColumn: "J" },
      { kind: "columnMoved", sheet: "推荐名单汇总表", label: "校验说明", newLabel: "校验说明【评审助手】", userColumn: "M" },
    ]);
    const written = new Set(r.settled.plan.blocks.flatMap((b) => b.values.flatMap((row, i) => row.map((_, j) => `${b.row + i}:${b.col + j}`))));
    for (const cell of ["3:6", "4:6", "3:9", "4:9", "3:12", "4:12"]) expect(written.has(cell)).toBe(false);
    // The new columns start after everything the sheet uses: N, O, P.
    expect(r.settled.plan.blocks.filter((b) => b.row === 2).map((b) => [b.col, b.values[0][0]])).toEqual([
      [13, "核验总分【评审助手】"],
      [14, "资格审查【评审助手】"],
      [15, "校验说明【评审助手】"],
    ]);
    // Columns holding nothing, or just what this fill writes (乙's rank and 名额内), lose nothing and are taken.
    expect(r.settled.owned.columns[0].labels).toEqual(["核验总分【评审助手】", "否决项", "基础项未满分", "资格审查【评审助手】", "组内排名", "名额内", "校验说明【评审助手】"]);
  });

  test("a column of ours the user since filled with his own data is his; ours the data changed under, or rows moved in, is still ours", () => {
    const { p, header } = sevenHeaders();
    const labels = ["核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"];
    // The last fill wrote 甲 480 (before a score was cleared) and 乙 500.
    const tallies = { ...Object.fromEntries(labels.map((l) => [l, ""])), 核验总分: tallyOf([480, 500]), 否决项: tallyOf(["无", "无"]), 基础项未满分: tallyOf([0, 0]), 资格审查: tallyOf(["合格", "合格"]), 组内排名: tallyOf([2, 1]), 名额内: tallyOf(["否", "是"]) };
    const memo = tracked([], [{ sheet: "推荐名单汇总表", labels, tallies }]);
    const last: Record<string, Cell> = { "3:6": 480, "3:7": "无", "3:8": 0, "3:9": "合格", "3:10": 2, "3:11": "否", "4:6": 500, "4:7": "无", "4:8": 0, "4:9": "合格", "4:10": 1, "4:11": "是" };
    const kept = settlePlan(p, state({ header, values: last, memo }));
    expect(kept.ok && kept.settled.notes).toEqual([]);
    expect(kept.ok && kept.settled.owned.columns[0].tallies!["核验总分"]).toBe(tallyOf([null, 500]));
    // The two rows sorted the other way since: the same values, other rows.
    const swapped = Object.fromEntries(Object.entries(last).map(([k, v]) => [k.startsWith("3:") ? `4:${k.slice(2)}` : `3:${k.slice(2)}`, v]));
    const sorted = settlePlan(p, state({ header, values: swapped, memo }));
    expect(sorted.ok && sorted.settled.notes).toEqual([]);
    // His own figures typed over ours in G, and a second 是 in L: those two columns are his now.
    const his = settlePlan(p, state({ header, values: { ...last, "3:6": 431, "4:6": 452, "3:11": "是" }, memo }));
    if (!his.ok) throw new Error(his.refusal.code);
    expect(his.settled.notes.map((n) => (n.kind === "columnMoved" ? n.newLabel : n.kind))).toEqual(["核验总分【评审助手】", "名额内【评审助手】"]);
    expect(his.settled.owned.columns[0].labels).toEqual(["核验总分【评审助手】", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内【评审助手】", "校验说明"]);
  });

  test("when 核验总分【评审助手】 is the user's too, ours goes to 核验总分【评审助手2】", () => {
    const { p, header } = withUserColumn(431);
    const withOurs = [...header, { col: 13, text: "核验总分【评审助手】" }];
    const r = settlePlan(p, state({ header: withOurs, values: { "3:6": 431, "3:13": "我的第二列" } }));
    if (!r.ok) throw new Error(r.refusal.code);
    expect(r.settled.notes).toEqual([{ kind: "columnMoved", sheet: "推荐名单汇总表", label: "核验总分", newLabel: "核验总分【评审助手2】", userColumn: "G" }]);
    expect(r.settled.plan.blocks.find((b) => b.row === 2 && b.values[0][0] === "核验总分【评审助手2】")!.col).toBe(14);
  });

  test("a header changed since the check refuses: the plan's places are no longer right", () => {
    const p = plan();
    const appended = p.table!.columns[0].col;
    expect(settlePlan(p, state({ header: [...HEADER, { col: appended, text: "备注" }] }))).toEqual({ ok: false, refusal: { code: "SHEET_CHANGED", sheet: "推荐名单汇总表" } });
  });
});
