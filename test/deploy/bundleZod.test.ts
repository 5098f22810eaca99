/**
 * zod checks custom schemes only, so the production pane and ribbon load it on demand: no
 * page's own script carries it, and the entries know the chunks that do (issue 14: start-up;
 * issue 16: the pane's bundle). Reads the production build (CI makes it for the release just
 * before the tests; scripts/release-check.js checks the shipped site the same way).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { fresh } from "../../bench/bundle.bench";
import { zodPlacement } from "../../scripts/zodChunks.js";

const DIST = join(__dirname, "..", "..", "dist", "addin");

/** Whether dist/addin is as new as its sources: a stale build is a loud skip, and under CI a failure. */
function built(): boolean {
  if (fresh()) return true;
  const msg = "SKIPPED: the bundle's zod check reads a production build newer than src/. Fix: npm run build";
  if (process.env.CI === "true") throw new Error(`CI=true and ${msg}`);
  process.stderr.write(`\n*** ${msg} ***\n\n`);
  return false;
}

(built() ? describe : describe.skip)("zod in the production build", () => {
  const z = zodPlacement(DIST);

  it("is in none of the pages' own scripts", () => {
    const own = z.pages.map((p) => [p.html, p.scripts.length, p.scripts.filter((s) => s.zod).map((s) => s.script)]);
    expect(own).toEqual([
      ["taskpane.html", 1, []],
      ["commands.html", 1, []],
      ["notice.html", 1, []],
    ]);
  });

  it("sits in chunks the pane and the ribbon fetch by name when a custom scheme is checked", () => {
    expect(z.checker).toHaveLength(1);
    expect(z.zodChunks.length).toBeGreaterThan(0);
    // Each entry's loader maps chunk ids to content hashes: both can fetch every chunk zod is in.
    for (const entry of ["taskpane", "commands"]) {
      const script = z.pages.find((p) => p.html === `${entry}.html`)!.scripts[0].script;
      const text = readFileSync(join(DIST, script), "utf8");
      for (const chunk of z.zodChunks) expect([entry, chunk, text.includes(/\.([0-9a-f]{8})\.js$/.exec(chunk)![1])]).toEqual([entry, chunk, true]);
    }
  });
});
