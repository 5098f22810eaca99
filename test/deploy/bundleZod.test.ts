/**
 * zod checks custom schemes only, so the production pane and ribbon load it on demand: no
 * page's own script carries it, and the entries know the chunks that do (issue 14: start-up;
 * issue 16: the pane's bundle). Reads the production build, made first when it is missing or
 * stale (CI makes it for the release just before the tests; scripts/release-check.js checks
 * the shipped site the same way).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { zodPlacement } from "../../scripts/zodChunks.js";
import { buildAddin } from "../helpers/addin";

let dist: string;
let z: ReturnType<typeof zodPlacement>;
beforeAll(() => {
  dist = buildAddin();
  z = zodPlacement(dist);
}, 600_000);

describe("zod in the production build", () => {
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
      const text = readFileSync(join(dist, script), "utf8");
      for (const chunk of z.zodChunks) expect([entry, chunk, text.includes(/\.([0-9a-f]{8})\.js$/.exec(chunk)![1])]).toEqual([entry, chunk, true]);
    }
  });
});
