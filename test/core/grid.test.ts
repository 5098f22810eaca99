import { Grid, cellAt, gridFromValues, rowsIn, usedColEnd } from "../../src/core";
import { copyGrid, gridFromCells, gridToValues, isRowEmpty, rowAt, rowEnd, rowStart, setCell } from "../../src/core/testing";

describe("sparse grids", () => {
  test("from a dense block: empty cells are not stored, positions follow the origin", () => {
    const g = gridFromValues("S", [["x", null, ""], [], [null, 2, "  "]], { origin: { row: 4, col: 2 } });
    expect(g.rows).toEqual([
      { row: 4, cols: [2], values: ["x"] },
      { row: 6, cols: [3, 4], values: [2, "  "] },
    ]);
    expect(cellAt(g, 4, 2)).toBe("x");
    expect(cellAt(g, 6, 3)).toBe(2);
    expect(cellAt(g, 5, 3)).toBeNull();
    expect(cellAt(g, 0, 0)).toBeNull();
    expect([rowStart(g), rowEnd(g)]).toEqual([4, 7]);
    expect(isRowEmpty(g, 5)).toBe(true);
    // A whitespace-only cell is kept (a copy must keep it) but counts as empty.
    expect(isRowEmpty(g, 6)).toBe(false);
    expect(usedColEnd(g)).toBe(4);
  });

  test("a lone cell at XFD1048576 is one entry, read as fast as any other", () => {
    const g = gridFromCells("S", [0, 1048575], [0, 16383], ["标题", 1]);
    expect(g.rows).toHaveLength(2);
    expect(cellAt(g, 1048575, 16383)).toBe(1);
    expect(rowEnd(g)).toBe(1048576);
    expect(usedColEnd(g)).toBe(16384);
    expect(rowsIn(g, 0, 15).map((r) => r.row)).toEqual([0]);
  });

  test("cells in any order are sorted; a repeated position keeps the last value", () => {
    const g = gridFromCells("S", [3, 1, 1, 3, 1], [0, 5, 2, 0, 5], ["a", "b", "c", "d", null]);
    expect(g.rows).toEqual([
      { row: 1, cols: [2, 5], values: ["c", "b"] },
      { row: 3, cols: [0], values: ["d"] },
    ]);
  });

  test("columns far apart are found by search, not by position", () => {
    const g = gridFromCells("S", [0, 0, 0], [1, 7, 300], ["a", "b", "c"]);
    expect([cellAt(g, 0, 1), cellAt(g, 0, 7), cellAt(g, 0, 300), cellAt(g, 0, 2)]).toEqual(["a", "b", "c", null]);
  });

  test("setCell adds, replaces and clears in place; lookups follow", () => {
    const g: Grid = gridFromValues("S", [["a"]]);
    expect(cellAt(g, 0, 0)).toBe("a");
    setCell(g, 5, 3, 1);
    setCell(g, 2, 1, "m");
    setCell(g, 5, 0, 0);
    expect(g.rows.map((r) => r.row)).toEqual([0, 2, 5]);
    expect(rowAt(g, 5)).toEqual({ row: 5, cols: [0, 3], values: [0, 1] });
    setCell(g, 2, 1, null);
    expect(cellAt(g, 2, 1)).toBeNull();
    expect(g.rows.map((r) => r.row)).toEqual([0, 5]);
    setCell(g, 0, 0, "b");
    expect(cellAt(g, 0, 0)).toBe("b");
  });

  test("copies are independent; rowsIn and gridToValues see sheet positions", () => {
    const g = gridFromValues("S", [[1, 2], [null, 3]], { origin: { row: 1, col: 1 }, merges: [{ r0: 1, c0: 1, r1: 1, c1: 4 }] });
    const c = copyGrid(g);
    setCell(c, 1, 1, 9);
    c.merges![0].c1 = 2;
    expect(cellAt(g, 1, 1)).toBe(1);
    expect(g.merges![0].c1).toBe(4);
    expect(usedColEnd(g)).toBe(5);
    expect(rowsIn(g, 2, 3).map((r) => r.row)).toEqual([2]);
    expect(gridToValues(g)).toEqual([[], [null, 1, 2], [null, null, 3]]);
  });
});
