/**
 * The add-in's production build (dist/addin), for the tests that read it: made here when it
 * is missing or older than its sources, as buildCli makes the command line's, so that
 * `npm ci && npm run demo && npm test` is all a newcomer runs. CI's release step has just
 * made it (`npm run release` builds dist/addin before the tests): there a missing or stale
 * build is a failure, not a second build.
 */
import { execFileSync } from "child_process";
import { join } from "path";
import { fresh } from "../../bench/bundle.bench";

const ROOT = join(__dirname, "..", "..");

/** dist/addin, built unless it is newer than every source it comes from; returns its folder. */
export function buildAddin(): string {
  const dist = join(ROOT, "dist", "addin");
  if (fresh()) return dist;
  if (process.env.CI === "true") throw new Error("CI=true and dist/addin is missing or older than src/: .ci/run builds it (npm run release) before the tests");
  process.stderr.write("\ndist/addin is missing or older than src/: building it (webpack --mode production) …\n");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
  return dist;
}
