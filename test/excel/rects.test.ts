import fc from "fast-check";
import { groupRects } from "../../src/excel";

describe("groupRects", () => {
  test("a solid block is one rectangle; two colours stay apart", () => {
    const cells = [];
    for (let r = 2; r < 6; r++) for (let c = 1; c < 4; c++) cells.push({ row: r, col: c, key: "#FFC7CE" });
    cells.push({ row: 9, col: 9, key: "#FFEB9C" });
    expect(groupRects(cells)).toEqual([
      { r0: 2, c0: 1, r1: 5, c1: 3, key: "#FFC7CE" },
      { r0: 9, c0: 9, r1: 9, c1: 9, key: "#FFEB9C" },
    ]);
  });

  test("rectangles cover exactly the cells, once each, with their key", () => {
    const cell = fc.record({ row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 6 }), key: fc.constantFrom("a", "b", "c") });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 80 }), (raw) => {
        // One key per cell, as in a plan (the worst severity wins).
        const cells = [...new Map(raw.map((c) => [`${c.row},${c.col}`, c])).values()];
        const covered = new Map<string, string>();
        for (const r of groupRects(cells)) {
          for (let i = r.r0; i <= r.r1; i++)
            for (let j = r.c0; j <= r.c1; j++) {
              expect(covered.has(`${i},${j}`)).toBe(false);
              covered.set(`${i},${j}`, r.key);
            }
        }
        expect(covered).toEqual(new Map(cells.map((c) => [`${c.row},${c.col}`, c.key])));
      }),
      { numRuns: 500 },
    );
  });
});
