/**
 * `npm run samples`: writes the sample workbooks under samples/ (or the folder given as the
 * first argument). Deterministic: the same sheets every run.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { SheetSpec } from "../src/core";
import { createXlsx } from "../src/xlsx";
import { chuangxinSheets } from "./samples/chuangxin";
import { BROKEN_BYTES, BROKEN_FILE, SINGLE_CHAMBERS, singleChamberSheets } from "./samples/consolidate";
import { sihaoProvinceSheets } from "./samples/sihao";

/** Every sample file: its path under the samples folder and its sheets (or raw bytes). */
export function sampleFiles(): { path: string; sheets: SheetSpec[] | null; bytes: Uint8Array | null }[] {
  return [
    { path: "sihao-province.xlsx", sheets: sihaoProvinceSheets(), bytes: null },
    { path: "chuangxin-cases.xlsx", sheets: chuangxinSheets(), bytes: null },
    ...SINGLE_CHAMBERS.map((c) => ({ path: join("consolidate", c.file), sheets: singleChamberSheets(c), bytes: null })),
    { path: join("consolidate", BROKEN_FILE), sheets: null, bytes: BROKEN_BYTES },
  ];
}

export function writeSamples(dir: string): string[] {
  const written: string[] = [];
  for (const f of sampleFiles()) {
    const path = join(dir, f.path);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, f.sheets ? createXlsx(f.sheets) : f.bytes!);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? join(__dirname, "..", "samples"));
  for (const p of writeSamples(dir)) console.log(p);
}
