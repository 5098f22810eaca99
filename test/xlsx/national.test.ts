/** The national-scale workbook: 1,500 self-assessment sheets read and filled in seconds, not minutes. */
import { buildWritePlan, review } from "../../src/core";
import { createXlsx, openXlsx } from "../../src/xlsx";
import { nationalSheets } from "../../bench/national";

/** Generous bounds: they catch a quadratic slip, not a slow machine. */
const READ_MS = 8000;
const APPLY_MS = 8000;

function cpuMs(work: () => void): number {
  const t = process.cpuUsage();
  work();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

it("reads and fills a 1,500-sheet workbook quickly", () => {
  const bytes = createXlsx(nationalSheets(1500));
  let book = openXlsx(bytes);
  const read = cpuMs(() => {
    book = openXlsx(bytes);
    book.grids();
  });
  const grids = book.grids();
  expect(grids).toHaveLength(1502);
  const plan = buildWritePlan(review(grids), { now: new Date(2024, 0, 1) });
  let out: Uint8Array = new Uint8Array();
  const apply = cpuMs(() => {
    book.apply(plan);
    out = book.toBytes();
  });
  process.stdout.write(`national workbook (1,500 sheets, ${(bytes.length / 1e6).toFixed(1)} MB): read ${read.toFixed(0)} ms, apply+write ${apply.toFixed(0)} ms (CPU)\n`);
  expect(read).toBeLessThan(READ_MS);
  expect(apply).toBeLessThan(APPLY_MS);
  expect(openXlsx(out).sheetNames).toHaveLength(1503);
}, 120_000);
