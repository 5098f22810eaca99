/**
 * The Office.js adapter through Microsoft's runtime against a local Excel host with 100 ms
 * per sync (a round trip to Excel on the web), on the national-scale workbook, beside the
 * naive adapter (bench/naiveExcel.ts) run in the same process.
 */
import { buildWritePlan, review } from "../src/core";
import { OfficeWorkbook } from "../src/excel";
import { ExcelHost } from "../tools/excel-host";
import { connect } from "../tools/excel-host/runtime";
import { nationalSheets, specsToGrids } from "./national";
import { naiveFill, naiveRead, naiveRunner } from "./naiveExcel";

const LATENCY_MS = 100;
const FULL = 1500;
/** The naive adapter makes a round trip per sheet: it runs on a tenth and is extrapolated. */
const SUBSET = 150;

interface Figures {
  hostMs: number;
  syncs: number;
  maxBytes: number;
  totalBytes: number;
  maxResponse: number;
  ms: number;
}

function fmtBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} kB`;
}

function line(label: string, f: Figures): string {
  return `  ${label.padEnd(34)} ${String(f.syncs).padStart(5)} syncs  request max ${fmtBytes(f.maxBytes).padStart(9)}  total ${fmtBytes(f.totalBytes).padStart(9)}  response max ${fmtBytes(f.maxResponse).padStart(9)}  ${(f.ms / 1000).toFixed(2).padStart(7)} s`;
}

async function measure(host: ExcelHost, work: () => Promise<unknown>): Promise<Figures> {
  host.resetStats();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  const s = host.stats;
  return { syncs: s.syncs, maxBytes: s.requestBytes.max, totalBytes: s.requestBytes.total, maxResponse: s.responseBytes.max, ms, hostMs: s.hostMs };
}

async function adapter(n: number): Promise<{ read: Figures; fill: Figures }> {
  const grids = specsToGrids(nationalSheets(n));
  const host = ExcelHost.fromGrids(grids, { latencyMs: LATENCY_MS });
  const { url } = connect(host, { sets: { ExcelApi: "1.20" } });
  const gw = new OfficeWorkbook({ session: url });
  let read: Awaited<ReturnType<typeof gw.read>> = [];
  const r = await measure(host, async () => (read = await gw.read()));
  const plan = buildWritePlan(review(read), { now: new Date(), fillStatedTotals: true });
  const f = await measure(host, () => gw.fill(plan));
  return { read: r, fill: f };
}

async function naive(n: number): Promise<{ read: Figures; fill: Figures }> {
  const grids = specsToGrids(nationalSheets(n));
  const host = ExcelHost.fromGrids(grids, { latencyMs: LATENCY_MS });
  const { url } = connect(host, { sets: { ExcelApi: "1.20" } });
  const run = naiveRunner(url);
  let read: Awaited<ReturnType<typeof naiveRead>> = [];
  const r = await measure(host, async () => (read = await naiveRead(run)));
  const plan = buildWritePlan(review(read), { now: new Date(), fillStatedTotals: true });
  const f = await measure(host, () => naiveFill(run, plan));
  return { read: r, fill: f };
}

function scale(f: Figures, k: number): Figures {
  return { ...f, syncs: Math.round(f.syncs * k), totalBytes: f.totalBytes * k, ms: f.ms * k };
}

/**
 * The national workbook with about 13,000 and 66,000 issues at 100 ms a sync and the 5 MB
 * limit on: the first fill, the second fill (reading the first one's report back), undo.
 */
async function trust(rate: number): Promise<void> {
  const grids = specsToGrids(nationalSheets(FULL, { defectRate: rate }));
  const host = ExcelHost.fromGrids(grids, { latencyMs: LATENCY_MS });
  const { url } = connect(host, { sets: { ExcelApi: "1.20" } });
  const gw = new OfficeWorkbook({ session: url });
  const fill = async () => {
    const plan = buildWritePlan(review(await gw.read()), { now: new Date(), fillStatedTotals: true });
    return { plan, f: await measure(host, () => gw.fill(plan)) };
  };
  const first = await fill();
  const issues = first.plan.report.values.length - 11;
  const undoFirst = await measure(host, () => gw.undo());
  await fill();
  const second = await fill();
  const undoSecond = await measure(host, () => gw.undo());
  const all = [first.f, undoFirst, second.f, undoSecond];
  const over = all.some((f) => f.maxBytes >= host.payloadLimit || f.maxResponse >= host.payloadLimit);
  console.log(`  national, ${issues} issues (${first.plan.highlights.length} marks), 5 MB limit ${over ? "EXCEEDED" : "kept"}:`);
  console.log(line(`fill, first`, first.f));
  console.log(line(`undo of the first fill`, undoFirst));
  console.log(line(`fill, second (report read back)`, second.f));
  console.log(line(`undo of the second fill`, undoSecond));
  // Round trips, the host's own work (Excel's, in real life) and the rest: the add-in and Microsoft's runtime in the page.
  const split = (f: Figures) => `${((f.syncs * LATENCY_MS) / 1000).toFixed(1)} s waiting + ${(f.hostMs / 1000).toFixed(1)} s host + ${((f.ms - f.syncs * LATENCY_MS - f.hostMs) / 1000).toFixed(1)} s add-in and runtime`;
  console.log(`  where the time goes: fill ${split(first.f)}; second fill ${split(second.f)}; undo ${split(undoFirst)}`);
}

export async function run(): Promise<void> {
  for (const rate of [0.2, 1]) await trust(rate);
  console.log(`  latency ${LATENCY_MS} ms per sync; national workbook, ${FULL} chambers (${FULL + 2} sheets), 44 items each`);
  const full = await adapter(FULL);
  console.log(line(`adapter read, ${FULL}`, full.read));
  console.log(line(`adapter fill, ${FULL}`, full.fill));
  const small = await adapter(SUBSET);
  const base = await naive(SUBSET);
  console.log(line(`adapter read, ${SUBSET}`, small.read));
  console.log(line(`adapter fill, ${SUBSET}`, small.fill));
  console.log(line(`naive read, ${SUBSET} (measured)`, base.read));
  console.log(line(`naive fill, ${SUBSET} (measured)`, base.fill));
  const k = (FULL + 2) / (SUBSET + 2);
  const xRead = scale(base.read, k);
  const xFill = scale(base.fill, k);
  console.log(`  naive at ${FULL}: EXTRAPOLATED linearly from ${SUBSET} chambers (×${k.toFixed(2)}; it syncs once per sheet), not measured:`);
  console.log(line(`naive read, ${FULL} (extrapolated)`, xRead));
  console.log(line(`naive fill, ${FULL} (extrapolated)`, xFill));
  const ratio = (a: Figures, b: Figures) => (b.ms / a.ms).toFixed(1);
  console.log(`  ratio naive/adapter, measured at ${SUBSET}: read ${ratio(small.read, base.read)}×, fill ${ratio(small.fill, base.fill)}×`);
  console.log(`  ratio naive/adapter at ${FULL} (naive extrapolated): read ${ratio(full.read, xRead)}×, fill ${ratio(full.fill, xFill)}×`);
  console.log(`  adapter syncs at ${SUBSET} vs ${FULL}: read ${small.read.syncs} vs ${full.read.syncs}, fill ${small.fill.syncs} vs ${full.fill.syncs} (extra ones only for the 5 MB payload limit)`);
}
