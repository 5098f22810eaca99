/**
 * One version everywhere, and a CLI package that installs without the repository: what
 * `npm pack` puts in the tarball, and what the compiled CLI needs at run time. (CI installs
 * the real tarball offline and runs it: scripts/release-check.js.)
 */
import { execFileSync, spawnSync } from "child_process";
import { readFileSync, readdirSync, statSync } from "fs";
import { builtinModules } from "module";
import { join, relative } from "path";
import { VERSION, review, toJsonReport } from "../../src/core";
import { summaryGrid } from "../helpers/grids";
import { buildCli, cli } from "../cli/helpers";

const ROOT = join(__dirname, "..", "..");
interface Pkg {
  version: string;
  private?: boolean;
  files: string[];
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  bundleDependencies: string[];
}
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Pkg;

let bin: string;
beforeAll(() => {
  bin = buildCli();
}, 180000);

describe("one version, from package.json", () => {
  it("is the engine's VERSION and the JSON report's version", () => {
    expect(VERSION).toBe(pkg.version);
    expect(toJsonReport(review([summaryGrid([{ name: "四川省科技装备业商会", stated: 480 }])])).version).toBe(pkg.version);
  });

  it("is what `review-assistant --version` prints, in process and as built", async () => {
    expect((await cli(["--version"], ROOT)).stdout).toBe(`review-assistant ${pkg.version}\n`);
    const built = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(built.stdout).toBe(`review-assistant ${pkg.version}\n`);
    expect(built.status).toBe(0);
  });

  it("has a section in CHANGELOG.md", () => {
    expect(readFileSync(join(ROOT, "CHANGELOG.md"), "utf8")).toMatch(new RegExp(`^## ${pkg.version.replace(/\./g, "\\.")}$`, "m"));
  });
});

describe("the CLI package", () => {
  it("declares only what the CLI runs on, bundled so that installing needs no network", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@e965/xlsx", "fflate", "zod"]);
    expect([...pkg.bundleDependencies].sort()).toEqual(["@e965/xlsx", "fflate", "zod"]);
    // SheetJS CE from the npm mirror of its own releases, pinned: never the registry's outdated `xlsx`.
    expect(pkg.dependencies["@e965/xlsx"]).toBe("0.20.3");
    expect(pkg.dependencies).not.toHaveProperty("xlsx");
    for (const ui of ["react", "react-dom", "@fluentui/react-components"]) expect(pkg.devDependencies[ui]).toBeDefined();
    expect(pkg.files).toEqual(["bin/", "dist/cli/", "docs/cli.md", "CHANGELOG.md"]);
    expect(pkg.bin).toEqual({ "review-assistant": "bin/review-assistant.js" });
    expect(pkg.scripts.prepack).toBe("npm run build:cli");
    // Packed and installed from the tarball, never published by accident.
    expect(pkg.private).toBe(true);
  });

  it("compiled, needs nothing at run time but Node and its dependencies", () => {
    const dist = join(ROOT, "dist", "cli");
    const files = walk(dist).filter((f) => f.endsWith(".js"));
    expect(files).toContain(join(dist, "src", "cli", "index.js"));
    const needed = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(f, "utf8").matchAll(/require\("([^"]+)"\)/g)) {
        // A package's own file (`@e965/xlsx/dist/cpexcel`) needs the package.
        if (!m[1].startsWith(".")) needed.add(m[1].replace(/^node:/, "").replace(/^((@[^/]+\/)?[^/]+).*$/, "$1"));
      }
    }
    const foreign = [...needed].filter((n) => !builtinModules.includes(n) && !(n in pkg.dependencies));
    expect(foreign).toEqual([]);
    expect(needed.has("zod")).toBe(true);
    expect(needed.has("fflate")).toBe(true);
    expect(needed.has("@e965/xlsx")).toBe(true);
    // The version comes from the package.json tsc copies beside the compiled sources.
    expect(JSON.parse(readFileSync(join(dist, "package.json"), "utf8")).version).toBe(pkg.version);
  });

  it("packs the launcher, the compiled CLI, its reference (docs/cli.md) and its three dependencies, and no sources", () => {
    const out = execFileSync(process.execPath, [npmCli(), "pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const [packed] = JSON.parse(out) as { name: string; files: { path: string }[]; bundled: string[] }[];
    const paths = packed.files.map((f) => f.path);
    for (const p of ["package.json", "README.md", "CHANGELOG.md", "bin/review-assistant.js", "docs/cli.md", "dist/cli/package.json", "dist/cli/src/cli/index.js", "node_modules/zod/package.json", "node_modules/fflate/package.json", "node_modules/@e965/xlsx/package.json"]) {
      expect(paths).toContain(p);
    }
    expect([...packed.bundled].sort()).toEqual(["@e965/xlsx", "fflate", "zod"]);
    // The CLI reference travels with the tarball (offline installs have no repository); no other doc does.
    const own = paths.filter((p) => !p.startsWith("node_modules/") && p !== "docs/cli.md");
    expect(own.filter((p) => /^(src|test|tools|bench|scripts|docs|samples|dist\/addin)\//.test(p) || p.endsWith(".ts"))).toEqual([]);
  }, 60000);
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** npm's own entry point beside this Node (the test must not depend on PATH order). */
function npmCli(): string {
  const candidates = [process.env.npm_execpath ?? "", join(process.execPath, "..", "..", "lib", "node_modules", "npm", "bin", "npm-cli.js")];
  const found = candidates.find((c) => /npm-cli\.js$/.test(c) && statSync(c, { throwIfNoEntry: false }));
  if (!found) throw new Error(`npm-cli.js not found (tried ${candidates.map((c) => relative(ROOT, c)).join(", ")})`);
  return found;
}
