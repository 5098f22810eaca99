import { Grid, gridFromValues, review, type ChamberEntry } from "../../src/core";
import { setCell } from "../../src/core/testing";
import { chamberIndexes, detectSelfHeader } from "../../src/core/programmes/chamber/headers";
import { readSelfSheet, selfReader } from "../../src/core/programmes/chamber/self";
import { sheetHead } from "../../src/core/kernel/headerBlock";
import { SIHAO, scores, shift, summaryGrid } from "../helpers/grids";
import { Layout, itemRow, layoutSheet } from "../helpers/layouts";

function read(g: Grid) {
  const header = detectSelfHeader(sheetHead(g), chamberIndexes(SIHAO));
  if (!header) throw new Error("no header");
  return readSelfSheet(g, header, selfReader(SIHAO));
}

describe("self-assessment sheets in every legal layout", () => {
  const layouts: Record<string, Layout> = {
    "merged category cells": { category: "merged" },
    "category on every row": { category: "every" },
    "section heading rows": { category: "heading" },
    "columns in another order": { columns: ["score", "max", "item", "category", "no"] },
    "markers after the item text": { markers: "item" },
    "full-width ＊ markers": { markers: "fullwidth" },
    "subtotal and total rows": { subtotals: true, total: true },
    "header labels with units and line breaks": { headerLabels: { max: "分 值\n（分）", score: "自评得分（分）", item: "认定标准" } },
  };
  test.each(Object.entries(layouts))("%s: 44 items, 7 veto, 7 basic, categories mapped, 500 points", (_, l) => {
    const g = layoutSheet("S", "某某商会", scores(), l);
    const s = read(g);
    expect(s.items).toHaveLength(44);
    expect(s.items.filter((i) => i.veto)).toHaveLength(7);
    expect(s.items.filter((i) => i.basic)).toHaveLength(7);
    expect(s.items.every((i) => i.category !== null)).toBe(true);
    expect(s.items.reduce((a, i) => a + i.max, 0)).toBe(500);
    const r = review([g]);
    expect(r.entries[0].status).toBe("qualified");
    expect((r.entries[0] as ChamberEntry).total).toBe(500);
    expect(r.issues).toEqual([]);
  });

  test("header on row 4 after a title, a blank row and the chamber line", () => {
    const g = layoutSheet("S", null, scores(), { titleRows: [["全国“四好”商会自评表"], [], ["商会名称：四川省科技装备业商会"]] });
    const s = read(g);
    expect(s.header.row).toBe(3);
    expect(s.chamber).toBe("四川省科技装备业商会");
  });

  test("a header below row 15 is not a header", () => {
    const titles = Array.from({ length: 15 }, (_, i) => [`说明 ${i + 1}`]);
    const g = layoutSheet("S", null, scores(), { titleRows: titles });
    const r = review([g]);
    expect(r.entries).toHaveLength(0);
    expect(r.issues.map((i) => i.code)).toEqual(["NO_KNOWN_SHEET"]);
  });

  test.each([
    ["商会名称：甲商会", [["商会名称：甲商会"]], "甲商会"],
    ["商会名称:甲商会 (ASCII colon)", [["商会名称:甲商会"]], "甲商会"],
    ["商会名称（盖章）：甲商会", [["商会名称（盖章）：甲商会"]], "甲商会"],
    ["商会名称 | 甲商会", [["商会名称", null, "甲商会"]], "甲商会"],
    ["商 会 名 称： | 甲商会", [["商 会 名 称：", "甲商会"]], "甲商会"],
    ["no name: the sheet name", [["全国“四好”商会自评表"]], "S"],
  ])("chamber name from %s", (_, titleRows, expected) => {
    const s = read(layoutSheet("S", null, scores(), { titleRows }));
    expect(s.chamber).toBe(expected);
  });

  test("an empty category cell inherits the category above (merged area)", () => {
    const g = layoutSheet("S", "甲", scores(), { category: "merged" });
    const s = read(g);
    const second = s.items.find((i) => i.label === "2")!;
    expect(second.category).toBe("政治引领好");
    expect(s.items.find((i) => i.label === "44")!.category).toBe("加分项");
  });

  test("an unknown category is an error at the category cell", () => {
    const g = layoutSheet("S", "甲", scores(), { category: "every" });
    const row = itemRow(g, 41);
    setCell(g, row, 1, "其他");
    const r = review([g]);
    const u = r.issues.find((i) => i.code === "UNKNOWN_CATEGORY")!;
    expect(u.cell).toBe(`B${row + 1}`);
    expect(r.entries[0].status).toBe("pending");
  });

  test("an item whose maximum cannot be read is reported, not silently dropped", () => {
    const g = layoutSheet("S", "甲");
    const row = itemRow(g, 5);
    setCell(g, row, 3, "十分");
    const r = review([g]);
    const bad = r.issues.find((i) => i.code === "ITEM_MAX_INVALID")!;
    expect(bad.cell).toBe(`D${row + 1}`);
    expect(r.entries[0].status).toBe("pending");
  });

  test("stated subtotals belong to the category above; totals to the sheet", () => {
    const s = read(layoutSheet("S", "甲", scores(), { subtotals: true, total: true }));
    expect(s.stated.map((x) => [x.kind, x.category])).toEqual([
      ["subtotal", "政治引领好"],
      ["subtotal", "队伍建设好"],
      ["subtotal", "服务发展好"],
      ["subtotal", "自律规范好"],
      ["subtotal", "加分项"],
      ["total", null],
    ]);
  });

  test("the used range need not start at A1", () => {
    const g = layoutSheet("S", "甲", scores({ 3: 14 }));
    const shifted = shift(g, 2, 3);
    const r = review([shifted]);
    expect((r.entries[0] as ChamberEntry).total).toBe(499);
    const withError = layoutSheet("S", "甲", scores({ 3: 16 }));
    const r2 = review([shift(withError, 2, 3)]);
    const out = r2.issues.find((i) => i.code === "SCORE_OUT_OF_RANGE")!;
    expect(out.cell).toBe(`H${itemRow(withError, 3) + 3}`);
  });
});

describe("summary sheets", () => {
  test("header on row 3, columns in another order, a 合计 row is not an entry", () => {
    const g: Grid = gridFromValues("汇总表", [
      ["推荐名单汇总表"],
      [],
      ["自评总分", "商会名称", "序号", "所在省份"],
      [500, "甲商会", 1, "四川省"],
      [500, "乙商会", 2, "四川省"],
      [1000, "合计", null, null],
    ]);
    const r = review([g]);
    expect(r.entries.map((e) => e.name)).toEqual(["甲商会", "乙商会"]);
    expect(r.entries.every((e) => e.kind === "chamber" && (e as ChamberEntry).group === "四川省")).toBe(true);
  });

  test("merged province cells: blank cells below belong to the province above", () => {
    const g = summaryGrid([{ name: "甲", group: "四川省" }, { name: "乙", group: null }, { name: "丙", group: "贵州省" }]);
    g.merges = [{ r0: 3, c0: 1, r1: 4, c1: 1 }];
    const r = review([g]);
    expect(r.entries.map((e) => (e.kind === "chamber" ? (e as ChamberEntry).group : null))).toEqual(["四川省", "四川省", "贵州省"]);
  });

  test("pre-numbered empty rows are not entries; a row with data but no name is", () => {
    const g = summaryGrid([{ name: "甲" }]);
    [[2, "四川省", null, null, null], [3, "四川省", null, "行业商会", 480]].forEach((r, i) => r.forEach((v, c) => setCell(g, 4 + i, c, v)));
    const r = review([g]);
    expect(r.entries).toHaveLength(2);
    const nameless = r.issues.find((i) => i.code === "NAME_MISSING")!;
    expect(nameless.cell).toBe("C6");
    expect(r.entries[1].status).toBe("pending");
  });

  test("data rows end at the first fully empty row", () => {
    const g = summaryGrid([{ name: "甲" }]);
    [9, "四川省", "说明：以上为推荐名单"].forEach((v, c) => setCell(g, 5, c, v));
    const r = review([g]);
    expect(r.entries.map((e) => e.name)).toEqual(["甲"]);
  });

  test("a sheet whose name contains 汇总 is preferred among several summaries", () => {
    const a = summaryGrid([{ name: "甲" }], "申报名单");
    const b = summaryGrid([{ name: "乙" }], "推荐名单汇总表");
    const r = review([a, b]);
    expect(r.table!.sheet).toBe("推荐名单汇总表");
    expect(r.entries.map((e) => e.name)).toEqual(["乙"]);
  });
});
