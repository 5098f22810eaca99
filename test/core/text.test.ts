import { isEmpty, isErrorValue, a1, parseA1, parseRangeRef, colName } from "../../src/core/kernel/grid";
import { hasExtraPrecision, mayChangeUnderNfkc, normHeader, normName, parseNumber } from "../../src/core/kernel/text";

describe("parseNumber (SPEC §2)", () => {
  test.each([
    [12.5, 12.5],
    ["12.5", 12.5],
    ["１２．５分", 12.5],
    [" 15 分 ", 15],
    ["\u300010\u3000", 10],
    ["-3", -3],
    ["+4", 4],
    [".5", 0.5],
    ["0", 0],
  ])("%p is the number %p", (input, value) => {
    expect(parseNumber(input)).toEqual({ kind: "number", value });
  });

  test.each([[null], [""], ["   "], ["\u3000"]])("%p is missing", (input) => {
    expect(parseNumber(input)).toEqual({ kind: "missing" });
  });

  test.each(["#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"])(
    "%s is a formula error",
    (code) => {
      expect(parseNumber(code)).toEqual({ kind: "error", code });
    },
  );

  test.each([["十分"], ["12.5.1"], ["12分5"], ["约12"], [true], ["#REF"], ["分"]])("%p is not a number", (input) => {
    expect(parseNumber(input).kind).toBe("text");
  });
});

describe("normalisation", () => {
  test("headers lose whitespace, line breaks and one trailing unit", () => {
    expect(normHeader("自评分（分）")).toBe("自评分");
    expect(normHeader(" 分\n值 ")).toBe("分值");
    expect(normHeader("自　评　分")).toBe("自评分");
    expect(normHeader("分值(分)")).toBe("分值");
    expect(normHeader("省（区、市）")).toBe("省");
    expect(normHeader("（分）")).toBe("(分)");
  });

  test("names compare after NFKC and without any whitespace", () => {
    expect(normName("四川省 科技装备业商会")).toBe(normName("四川省科技装备业商会"));
    expect(normName("ＡＢＣ商会")).toBe("ABC商会");
    expect(normName(12)).toBe("12");
  });

  test("the NFKC fast path never skips a character NFKC would change", () => {
    // Every BMP character the fast path treats as stable must really be stable.
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (!mayChangeUnderNfkc(ch) && ch.normalize("NFKC") !== ch) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test("precision: one decimal place is fine, two is not, float noise is ignored", () => {
    expect(hasExtraPrecision(12.5)).toBe(false);
    expect(hasExtraPrecision(0.1 + 0.2)).toBe(false);
    expect(hasExtraPrecision(12.25)).toBe(true);
    expect(hasExtraPrecision(-3.05)).toBe(true);
  });
});

describe("cells", () => {
  test("empty means null, blank or whitespace-only text", () => {
    expect(isEmpty(null)).toBe(true);
    expect(isEmpty("")).toBe(true);
    expect(isEmpty(" \u3000\n")).toBe(true);
    expect(isEmpty(0)).toBe(false);
    expect(isEmpty(false)).toBe(false);
    expect(isEmpty(" x")).toBe(false);
  });

  test("error values are recognised only exactly", () => {
    expect(isErrorValue("#REF!")).toBe(true);
    expect(isErrorValue("#REF! ")).toBe(false);
    expect(isErrorValue("#号")).toBe(false);
  });

  test("A1 addresses", () => {
    expect(a1(11, 5)).toBe("F12");
    expect(colName(25)).toBe("Z");
    expect(colName(26)).toBe("AA");
    expect(colName(16383)).toBe("XFD");
    expect(parseA1("$AB$3")).toEqual({ row: 2, col: 27 });
    expect(parseA1("A0")).toBeNull();
    expect(parseRangeRef("'表 1'!B2:C4")).toEqual({ r0: 1, c0: 1, r1: 3, c1: 2 });
  });
});
