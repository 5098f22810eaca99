/**
 * SheetJS reads .xls and .ods files only, so the production pane loads it on demand: no
 * page's own script carries it (the pane's first screen stays within its budget), and the
 * pane fetches it, with the legacy-reader chunk, when such a file is imported. Reads the
 * production build, as bundleZod.test.ts does (scripts/release-check.js checks the shipped site).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { fresh } from "../../bench/bundle.bench";
import { legacyPlacement } from "../../scripts/legacyChunks.js";

const DIST = join(__dirname, "..", "..", "dist", "addin");

function built(): boolean {
  if (fresh()) return true;
  const msg = "SKIPPED: the bundle's SheetJS check reads a production build newer than src/. Fix: npm run build";
  if (process.env.CI === "true") throw new Error(`CI=true and ${msg}`);
  process.stderr.write(`\n*** ${msg} ***\n\n`);
  return false;
}

(built() ? describe : describe.skip)("SheetJS in the production build", () => {
  const p = legacyPlacement(DIST);

  it("is in none of the pages' own scripts, and in one chunk of its own", () => {
    expect(p.pagesCarrying).toEqual([]);
    expect(p.chunksCarrying).toHaveLength(1);
    expect(p.reader).toHaveLength(1);
  });

  it("is fetched by the pane, with the legacy-reader chunk, by name and content hash", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const entry = readFileSync(join(DIST, /\ssrc="?(bundles\/taskpane\.[0-9a-f]{8}\.js)/.exec(html)![1]), "utf8");
    for (const chunk of [...p.chunksCarrying, ...p.reader]) expect([chunk, entry.includes(/\.([0-9a-f]{8})\.js$/.exec(chunk)![1])]).toEqual([chunk, true]);
    // The ribbon's commands never import a workbook: their script does not know the reader.
    const commands = readFileSync(join(DIST, /\ssrc="?(bundles\/commands\.[0-9a-f]{8}\.js)/.exec(readFileSync(join(DIST, "commands.html"), "utf8"))![1]), "utf8");
    expect(commands).not.toContain("legacy-reader");
  });
});
