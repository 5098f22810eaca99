/**
 * The request sizes the adapter plans with are the sizes Microsoft's runtime really sends,
 * and when Excel still refuses a request or an answer for size, the work goes through in
 * halves: a fill and a read succeed against a host whose limit is far below 5 MB.
 */
import { buildWritePlan, review } from "../../src/core";
import { OfficeWorkbook } from "../../src/excel";
import { ANSWER, SyncCount, opBytes } from "../../src/excel/budget";
import { Op, Sheets, runOps } from "../../src/excel/ops";
import { ExcelHost } from "../../tools/excel-host";
import { connect } from "../../tools/excel-host/runtime";
import { seen, setup } from "./helpers";
import { nationalWorkbook, provinceWorkbook } from "./workbook";

const NOW = new Date(2020, 9, 15, 9, 30);

/** Runs `make(i)` for n operations in one Excel.run and gives the bodies the runtime sent. */
async function sent(host: ExcelHost, url: string, ops: (sheets: Sheets) => Op[]): Promise<{ bodies: string[]; estimate: number }> {
  host.trace = [];
  let estimate = 0;
  await Excel.run({ session: url } as Excel.RunOptions, async (context) => {
    const list = ops(new Sheets(context));
    estimate = list.reduce((n, o) => n + o.bytes, 0);
    await runOps(context, list, new SyncCount());
  });
  const bodies = host.trace.filter((b) => !b.includes('"_RemoveReference"'));
  host.trace = null;
  return { bodies, estimate };
}

describe("request sizes", () => {
  const SHEET = "自评表00001";
  const N = 400;
  const kinds: Record<string, (s: Sheets, i: number) => Op> = {
    paint: (s, i) => {
      const a = `E${i + 10}:E${i + 14}`;
      return { bytes: opBytes("paint", a), run: () => void (s.range(SHEET, a).format.fill.color = "#FFC7CE") };
    },
    "fill read": (s, i) => {
      const a = `E${i + 10}`;
      return { bytes: opBytes("fillRead", a), answer: ANSWER, read: true, run: () => void s.range(SHEET, a).format.fill.load("color,tintAndShade") };
    },
    "value write": (s, i) => {
      const a = `F${i + 1}:H${i + 1}`;
      const v = [["自评表\"甲\"有 2 处错误，首个 E8：自评分是公式错误 #REF!", 432.5, "'=1+1"]];
      return { bytes: opBytes("write", a, v), run: () => void (s.range(SHEET, a).values = v) };
    },
    "value read": (s, i) => {
      const a = `A${i + 1}:F${i + 1}`;
      return { bytes: opBytes("read", a), read: true, run: () => void s.range(SHEET, a).load("values,formulas,valueTypes") };
    },
    link: (s, i) => {
      const a = `D${i + 12}`;
      const l = { documentReference: `'${SHEET}'!E${i + 5}`, textToDisplay: `E${i + 5}` };
      return { bytes: opBytes("link", a, l), run: () => void (s.range(SHEET, a).hyperlink = l) };
    },
  };

  test.each(Object.keys(kinds))("%s: the estimate covers what the runtime sends, without wasting a third of it", async (kind) => {
    const host = ExcelHost.fromGrids(nationalWorkbook(1).slice(2));
    const { url } = connect(host, { sets: { ExcelApi: "1.20" } });
    const { bodies, estimate } = await sent(host, url, (s) => Array.from({ length: N }, (_, i) => kinds[kind](s, i)));
    expect(bodies).toHaveLength(1);
    const actual = Buffer.byteLength(bodies[0], "utf8");
    // The request's own envelope (the workbook and sheet paths) is what the budget leaves room for.
    expect(estimate).toBeGreaterThanOrEqual(actual - 2000);
    expect(estimate).toBeLessThan(actual * 1.5);
  });
});

describe("a refusal for size is met by halving", () => {
  test("a fill and a read go through against a host refusing anything above 150 kB, and give the same workbook", async () => {
    const grids = [...provinceWorkbook(), ...nationalWorkbook(120).slice(2)];
    const normal = setup(grids);
    const small = setup(grids, "1.20", { payloadLimit: 150_000 });
    const plan = buildWritePlan(review(grids), { now: NOW, fillStatedTotals: true });
    await normal.gw.fill(plan);
    small.host.resetStats();
    await small.gw.fill(plan);
    expect(seen(small.host)).toEqual(seen(normal.host));
    const refused = small.host.stats.requestBytes.max;
    expect(refused).toBeGreaterThan(150_000);
    // Read back through the same small limit, answers refused and asked again in halves.
    small.host.resetStats();
    const read = await new OfficeWorkbook({ session: small.url }).read();
    expect(read.map((g) => g.name)).toEqual(small.host.sheetNames());
    expect(small.host.stats.responseBytes.max).toBeGreaterThan(150_000);
    expect(review(read).counts).toEqual(review(await normal.gw.read()).counts);
  }, 60000);
});
