/**
 * Writes the hostile-file suite (scripts/hostile/cases.ts) to a folder, with a manifest of
 * what each file is and the answer expected:  npx tsx scripts/hostile.ts [DIR]
 * The files are rebuilt only when the generator changes (a hash of its sources names the
 * folder's stamp), so tests pay for the large ones once.
 */
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { CASES } from "./hostile/cases";

const SOURCES = [join(__dirname, "hostile.ts"), ...readdirSync(join(__dirname, "hostile")).map((f) => join(__dirname, "hostile", f))];

function stamp(): string {
  const h = createHash("sha256");
  for (const f of SOURCES.sort()) h.update(readFileSync(f));
  return h.digest("hex").slice(0, 16);
}

/** The suite in `dir` (built unless the stamp there says it is current); returns the manifest. */
export function writeHostile(dir: string): { file: string; about: string }[] {
  const manifest = CASES.map((c) => ({
    file: c.file,
    about: c.about,
    expect: c.expect,
    unreadable: c.unreadable,
  }));
  const mark = join(dir, ".stamp");
  const want = stamp();
  if (existsSync(mark) && readFileSync(mark, "utf8") === want) return manifest;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const c of CASES) writeFileSync(join(dir, c.file), c.build());
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  writeFileSync(mark, want);
  return manifest;
}

if (require.main === module) {
  const dir = process.argv[2] ?? join(__dirname, "..", ".tmp", "hostile");
  const t0 = Date.now();
  const list = writeHostile(dir);
  console.log(`${list.length} hostile files in ${dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
