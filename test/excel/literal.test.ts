import fc from "fast-check";
import { needsQuote, toInput } from "../../src/excel";
import { restoreInput } from "../../src/excel/literal";
import { HostCell, parseInput } from "../../tools/excel-host";
import { enter } from "../../tools/excel-host/model";

function stored(input: unknown, numberFormat?: string): HostCell {
  const c: HostCell = { value: null, numberFormat };
  enter(c, input);
  return c;
}

describe("literal text", () => {
  test("the host parses input as Excel does", () => {
    expect(parseInput("=1+1")).toEqual({ value: null, formula: "=1+1" });
    expect(parseInput("'=1+1")).toEqual({ value: "=1+1", quotePrefix: true });
    expect(parseInput("12.5")).toEqual({ value: 12.5 });
    expect(parseInput("１２．５")).toEqual({ value: 12.5 });
    expect(parseInput("1,234")).toEqual({ value: 1234 });
    expect(parseInput("50%")).toEqual({ value: 0.5 });
    expect(parseInput("-5")).toEqual({ value: -5 });
    expect(parseInput("-abc")).toEqual({ value: null, formula: "=-abc" });
    expect(parseInput("TRUE")).toEqual({ value: true });
    expect(parseInput("#N/A")).toEqual({ value: "#N/A" });
    expect(parseInput("2020-10-15")).toEqual({ value: 44119 });
    expect(parseInput("合格")).toEqual({ value: "合格" });
    expect(stored("=1+1", "@")).toMatchObject({ value: "=1+1" });
    expect(stored(null).value).toBeNull();
  });

  test("any string written through toInput is stored as exactly that text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom("=1+1", "+1", "-1", "@a", "'x", "0012", "TRUE", "#REF!", "2020/1/2", " 12 ", "1e5", "Jan 5")), (s) => {
        const c = stored(toInput(s));
        expect(c.formula).toBeUndefined();
        expect(c.value).toBe(s === "" ? null : s);
      }),
      { numRuns: 2000 },
    );
  });

  test("plain Chinese text is sent as is", () => {
    expect(needsQuote("合格")).toBe(false);
    expect(toInput("四川省科技装备业商会")).toBe("四川省科技装备业商会");
    expect(toInput(null)).toBe("");
    expect(toInput(432.5)).toBe(432.5);
  });

  test("restoring puts back formulas, numbers, errors and text as they were", () => {
    expect(restoreInput(2, "=1+1")).toBe("=1+1");
    expect(restoreInput("=1+1", "=1+1")).toBe("'=1+1");
    expect(restoreInput(12, 12)).toBe(12);
    expect(restoreInput("", "")).toBe("");
    expect(restoreInput("#N/A", "#N/A", "Error")).toBe("#N/A");
    expect(restoreInput("#N/A", "#N/A", "String")).toBe("'#N/A");
    expect(stored(restoreInput("0012", "0012"))).toMatchObject({ value: "0012" });
  });
});
