/**
 * `consolidate` reviews the workbook it builds from the sheets in memory (`writtenGrids`)
 * instead of parsing the file it has just written: the two must agree on every value the
 * writer can be given, the awkward ones first.
 */
import { SheetSpec, cellAt } from "../../src/core";
import { createXlsx, openXlsx, writtenGrids } from "../../src/xlsx";

const AWKWARD: (string | number | null)[] = [
  "",
  " leading and trailing ",
  "line\r\nbreak",
  "lone\rreturn",
  "tab\there",
  "_x0041_ looks escaped",
  "control \u0001 \u001f",
  "not a character \ufffe",
  "lone surrogate \ud800 here",
  "a & b < c > d \" e ' f",
  "四川省科技装备业商会（测试）",
  "=SUM(A1:A3)",
  0,
  -0,
  1e-7,
  0.1 + 0.2,
  -123456789.125,
  2 ** 53 + 2,
  null,
];

const SPECS: SheetSpec[] = [
  { name: "值", values: [AWKWARD, AWKWARD.slice().reverse()], merges: [{ r0: 3, c0: 0, r1: 4, c1: 2 }], widths: [] },
  { name: "空", values: [], merges: [], widths: [] },
  { name: "值", values: [[1, "dup name"]], merges: [], widths: [] },
  {
    name: "公式",
    values: [[1, 2, 99]],
    merges: [],
    widths: [],
    formulas: [{ row: 0, col: 2, formula: "A1+B1" }],
  },
];

test("the grids from memory are the grids read back from the written file", () => {
  const read = openXlsx(createXlsx(SPECS)).grids();
  expect(writtenGrids(SPECS)).toEqual(read);
});

test("values come out as the file gives them back", () => {
  const [g, , dup, f] = writtenGrids(SPECS);
  expect(cellAt(g, 0, 0)).toBeNull();
  expect(cellAt(g, 0, 2)).toBe("line\nbreak");
  expect(cellAt(g, 0, 3)).toBe("lone\nreturn");
  expect(cellAt(g, 0, 5)).toBe("_x0041_ looks escaped");
  expect(cellAt(g, 0, 13)).toBe(0);
  expect(Object.is(cellAt(g, 0, 13), -0)).toBe(false);
  expect(dup.name).toBe("值 (2)");
  expect(cellAt(f, 0, 2)).toBeNull();
  expect(cellAt(f, 0, 1)).toBe(2);
});
