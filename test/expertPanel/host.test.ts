/** What the local host answers for validation and protection, as Excel documents them. */
import { gridFromValues } from "../../src/core";
import { ExcelHost } from "../../tools/excel-host";
import { connect } from "../../tools/excel-host/runtime";

function run<T>(url: string, batch: (ws: Excel.Worksheet, context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(new Excel.RequestContext(url), (context) => batch(context.workbook.worksheets.getItem("表"), context));
}

const fresh = (api = "1.20") => {
  const host = ExcelHost.fromGrids([gridFromValues("表", [["a", "b"]])], { apiVersion: api });
  return { host, url: connect(host, { sets: { ExcelApi: api } }).url };
};

describe("Range.dataValidation", () => {
  test("no rule: type None; one rule over the range: Custom with its formula; a range across two: Inconsistent", async () => {
    const { url } = fresh();
    const types = await run(url, async (ws, context) => {
      const before = ws.getRange("B2:B4").dataValidation;
      before.load("type");
      await context.sync();
      const t0 = before.type;
      ws.getRange("B2:B4").dataValidation.rule = { custom: { formula: "=B2>0" } };
      ws.getRange("C2:C4").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      const one = ws.getRange("B3").dataValidation;
      const two = ws.getRange("B2:C2").dataValidation;
      one.load("type,rule");
      two.load("type");
      await context.sync();
      return [t0, one.type, one.rule.custom?.formula, two.type];
    });
    expect(types).toEqual(["None", "Custom", "=B2>0", "Inconsistent"]);
  });

  test("a new rule replaces the old one on the cells it covers; clear() removes it", async () => {
    const { host, url } = fresh();
    await run(url, async (ws, context) => {
      ws.getRange("A1:A10").dataValidation.rule = { custom: { formula: "=A1>0" } };
      ws.getRange("A4:A5").dataValidation.rule = { custom: { formula: "=A4<9" } };
      await context.sync();
    });
    expect(host.sheet("表")!.validations.map((v) => [v.area, v.rule])).toEqual([
      [{ r0: 0, c0: 0, r1: 2, c1: 0 }, { custom: { formula: "=A1>0" } }],
      [{ r0: 5, c0: 0, r1: 9, c1: 0 }, { custom: { formula: "=A1>0" } }],
      [{ r0: 3, c0: 0, r1: 4, c1: 0 }, { custom: { formula: "=A4<9" } }],
    ]);
    await run(url, async (ws, context) => {
      ws.getRange("A1:A10").dataValidation.clear();
      await context.sync();
    });
    expect(host.sheet("表")!.validations).toEqual([]);
  });

  test("a rule needs exactly one type", async () => {
    const { url } = fresh();
    const code = await run(url, async (ws, context) => {
      ws.getRange("A1").dataValidation.rule = {};
      await context.sync();
    }).catch((e: { code: string }) => e.code);
    expect(code).toBe("InvalidArgument");
  });
});

describe("protection", () => {
  test("a protected sheet takes input in unlocked cells only; protecting twice fails", async () => {
    const { host, url } = fresh();
    await run(url, async (ws, context) => {
      ws.getRange("B2:C3").format.protection.locked = false;
      ws.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    await run(url, async (ws, context) => {
      ws.getRange("B2:C3").values = [[1, 2], [3, "回避"]];
      await context.sync();
    });
    expect(host.value("表", "C3")).toBe("回避");
    const denied = await run(url, async (ws, context) => {
      ws.getRange("A1:B2").values = [[0, 0], [0, 0]];
      await context.sync();
    }).catch((e: { code: string }) => e.code);
    expect(denied).toBe("AccessDenied");
    const again = await run(url, async (ws, context) => {
      ws.protection.protect();
      await context.sync();
    }).catch((e: { code: string }) => e.code);
    expect(again).toBe("InvalidOperation");
    const locked = await run(url, async (ws, context) => {
      const mixed = ws.getRange("A1:B2").format.protection;
      const open = ws.getRange("B2").format.protection;
      mixed.load("locked");
      open.load("locked");
      await context.sync();
      return [mixed.locked, open.locked];
    });
    expect(locked).toEqual([null, false]);
  });

  test("dataValidation needs ExcelApi 1.8: an older host says ApiNotFound", async () => {
    const { url } = fresh("1.7");
    const code = await run(url, async (ws, context) => {
      ws.getRange("A1").dataValidation.rule = { custom: { formula: "=A1>0" } };
      await context.sync();
    }).catch((e: { code: string }) => e.code);
    expect(code).toBe("ApiNotFound");
  });
});
