/** The local host answers the real runtime as Excel documents it. */
import { ExcelHost, handleProcessQuery } from "../../tools/excel-host";
import { gridFromValues } from "../../src/core";
import { connect } from "../../tools/excel-host/runtime";

function open(host: ExcelHost) {
  const { url } = connect(host);
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run({ session: url } as Excel.RunOptions, batch);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "resolved",
    (e: OfficeExtension.Error) => e.code,
  );
}

describe("local Excel host behind the real runtime", () => {
  test("used ranges: an empty sheet gives A1, or a null object; addresses quote sheet names", async () => {
    const host = ExcelHost.fromGrids([gridFromValues("Sheet 1", [[null, "x"]]), gridFromValues("空", [])]);
    const run = open(host);
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet 1").getUsedRange();
      const e = context.workbook.worksheets.getItem("空").getUsedRange();
      const n = context.workbook.worksheets.getItem("空").getUsedRangeOrNullObject();
      s.load("address");
      e.load("address");
      n.load("address");
      await context.sync();
      expect(s.address).toBe("'Sheet 1'!B1");
      expect(e.address).toBe("空!A1");
      expect(n.isNullObject).toBe(true);
    });
  });

  test("values: = makes a formula, an apostrophe text, null leaves a cell, \"\" clears it", async () => {
    const host = ExcelHost.fromGrids([gridFromValues("S", [["keep", "clear"]])]);
    const run = open(host);
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:D1");
      r.values = [[null, "", "=1+1", "'=1+1"]];
      await context.sync();
      r.load("values,formulas");
      await context.sync();
      expect(r.formulas).toEqual([["keep", "", "=1+1", "=1+1"]]);
    });
    expect(host.value("S", "A1")).toBe("keep");
    expect(host.value("S", "B1")).toBe("");
    expect(host.formula("S", "C1")).toBe("=1+1");
    expect(host.value("S", "D1")).toBe("=1+1");
    expect(host.formula("S", "D1")).toBeUndefined();
  });

  test("errors carry Excel's codes; earlier actions of the batch stay applied", async () => {
    const host = ExcelHost.fromGrids([gridFromValues("S", [["a"]])]);
    host.sheet("S")!.protected = false;
    const run = open(host);
    expect(await codeOf(run(async (context) => context.workbook.worksheets.getItem("nope").load("name")))).toBe("ItemNotFound");
    expect(await codeOf(run(async (context) => void context.workbook.worksheets.add("a:b")))).toBe("InvalidArgument");
    expect(await codeOf(run(async (context) => void context.workbook.worksheets.add("s")))).toBe("ItemAlreadyExists");
    expect(await codeOf(run(async (context) => void context.workbook.worksheets.add("x".repeat(32))))).toBe("InvalidArgument");
    host.sheet("S")!.protected = true;
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.add("新表");
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["b"]];
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(host.sheetNames()).toEqual(["S", "新表"]);
    expect(host.value("S", "A1")).toBe("a");
  });

  test("members newer than the host's ExcelApi version fail with ApiNotFound", async () => {
    const host = ExcelHost.fromGrids([gridFromValues("S", [["a"]])], { apiVersion: "1.12" });
    const run = open(host);
    expect(await codeOf(run(async (context) => context.workbook.worksheets.getItem("S").getRange("A1").getMergedAreasOrNullObject().load("address")))).toBe("ApiNotFound");
  });

  test("requests above the payload limit are refused with RequestPayloadSizeLimitExceeded", async () => {
    const host = ExcelHost.fromGrids([gridFromValues("S", [])], { payloadLimit: 10_000 });
    const run = open(host);
    const big = [Array.from({ length: 20 }, () => "长".repeat(300))];
    expect(await codeOf(run(async (context) => void (context.workbook.worksheets.getItem("S").getRange("A1:T1").values = big)))).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.value("S", "A1")).toBe("");
  });

  test("custom XML parts by namespace, and the HTTP handler answers a raw body", () => {
    const host = ExcelHost.fromGrids([gridFromValues("S", [])]);
    host.addPart('<a xmlns="urn:x">1</a>');
    const body = {
      AutoKeepReference: false,
      Actions: [{ Id: 2, ActionType: 3, Name: "GetXml", ObjectPathId: 4, ArgumentInfo: { Arguments: [] } }],
      ObjectPaths: {
        1: { Id: 1, ObjectPathType: 1, Name: "" },
        2: { Id: 2, ObjectPathType: 4, Name: "CustomXmlParts", ParentObjectPathId: 1 },
        3: { Id: 3, ObjectPathType: 3, Name: "GetByNamespace", ParentObjectPathId: 2, ArgumentInfo: { Arguments: ["urn:x"] } },
        4: { Id: 4, ObjectPathType: 3, Name: "GetOnlyItemOrNullObject", ParentObjectPathId: 3, ArgumentInfo: { Arguments: [] } },
      },
    };
    const res = handleProcessQuery(host, JSON.stringify(body));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ Results: [{ ActionId: 2, Value: '<a xmlns="urn:x">1</a>' }] });
    expect(host.stats.syncs).toBe(1);
  });

  test("latency is added per sync", async () => {
    const host = ExcelHost.fromGrids([gridFromValues("S", [])], { latencyMs: 30 });
    const run = open(host);
    const t0 = Date.now();
    await run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(55);
  });
});
