/**
 * Builds the playground's pages with webpack in-process (development mode, the same loaders
 * as the add-in). The output goes to .tmp/, never to dist/.
 */
import { join } from "path";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..");
export const BUNDLE_DIR = join(ROOT, ".tmp", "playground");
/** The same pages built as production code (minified React): what the bench times. */
export const PRODUCTION_DIR = join(ROOT, ".tmp", "playground-production");

export function bundleDir(production: boolean): string {
  return production ? PRODUCTION_DIR : BUNDLE_DIR;
}

interface ConfigModule {
  playgroundConfig(outDir: string): webpack.Configuration;
}

export function buildPlayground(outDir = BUNDLE_DIR, production = false): Promise<void> {
  // webpack.config.js is CommonJS shared with the CLI build; loaded at run time on purpose.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { playgroundConfig } = require(join(ROOT, "webpack.config.js")) as ConfigModule;
  const base = playgroundConfig(outDir);
  // Production React is several times faster than development React: timings must use it.
  const config = production ? { ...base, mode: "production" as const, devtool: false as const, context: ROOT } : { ...base, context: ROOT };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, errorDetails: false })));
      resolve();
    });
  });
}
