/**
 * Size of the production task pane: raw and gzip of the pane's JavaScript and CSS against
 * the 300 KB (gzip) aim. Builds dist/addin unless it is newer than every source it comes from.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import webpack from "webpack";
import { gzipSync } from "zlib";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist", "addin");
// Production bundles are content-hashed: bundles/taskpane.1a2b3c4d.js.
const BUNDLES = join(DIST, "bundles");
const BUNDLE = /^(taskpane|commands|notice)\.[0-9a-f]{8}\.(js|css)$/;
/** Chunks loaded later (a dialog, the checklist, the file reader): webpack names them by id, or by their chunk name (scheme-checker, legacy-reader). */
const CHUNK = /^(?!(taskpane|commands|notice)\.)[\w-]+\.[0-9a-f]{8}\.js$/;
const AIM_GZIP = 300 * 1024;
const INPUTS = ["src", "webpack.config.js", "package.json", "package-lock.json", "manifest.xml"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

function bundles(pattern = BUNDLE): string[] {
  return existsSync(BUNDLES) ? readdirSync(BUNDLES).filter((n) => pattern.test(n)) : [];
}

/** What a chunk holds, from its source map: the first of our own modules in it, else its first package. */
function contents(name: string): string {
  const map = join(BUNDLES, `${name}.map`);
  if (!existsSync(map)) return "";
  const sources = (JSON.parse(readFileSync(map, "utf8")) as { sources: string[] }).sources.map((s) => s.replace(/^webpack:\/\/[^/]*\//, ""));
  const own = sources.find((s) => s.startsWith("./src/"));
  return (own ?? sources[0] ?? "").replace(/^\.\//, "").replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, "$1");
}

export function fresh(): boolean {
  const pane = bundles().find((n) => n.startsWith("taskpane."));
  return !!pane && statSync(join(BUNDLES, pane)).mtimeMs > Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
}

function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, "webpack.config.js")) as (env: object, argv: object) => webpack.Configuration;
  const config = { ...factory({}, { mode: "production" }), context: ROOT };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function run(): Promise<void> {
  if (fresh()) console.log("  dist/addin is newer than its sources: measuring it as built");
  else {
    const t0 = Date.now();
    await build();
    console.log(`  production build: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const files = bundles();
  let paneGzip = 0;
  for (const name of files.sort()) {
    const bytes = readFileSync(join(BUNDLES, name));
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (name.startsWith("taskpane")) paneGzip += gz;
    console.log(`  ${name.padEnd(28)} raw ${kb(bytes.length).padStart(9)}   gzip ${kb(gz).padStart(8)}`);
  }
  let later = 0;
  for (const name of bundles(CHUNK).sort()) {
    const bytes = readFileSync(join(BUNDLES, name));
    const gz = gzipSync(bytes, { level: 9 }).length;
    later += gz;
    console.log(`  ${name.padEnd(28)} raw ${kb(bytes.length).padStart(9)}   gzip ${kb(gz).padStart(8)}   loaded when wanted: ${contents(name)}`);
  }
  console.log(`  the pane's first screen loads taskpane.*.js only; the chunks above add ${kb(later)} gzip when each is first wanted`);
  if (!files.some((n) => n.endsWith(".css"))) console.log("  (no CSS file: Fluent UI's Griffel inserts the pane's styles at run time, inside taskpane.js)");
  const verdict = paneGzip <= AIM_GZIP ? "within" : "OVER";
  console.log(`  task pane total gzip ${kb(paneGzip)}: ${verdict} the ${kb(AIM_GZIP)} aim (${((100 * paneGzip) / AIM_GZIP).toFixed(0)}%)`);
}
