/**
 * What the production bundle may contain: the pane and the ribbon commands import the core
 * and the Office.js adapter, never the playground, the local Excel host or Microsoft's
 * runtime files (office.js comes from the CDN in taskpane.html).
 */
import { existsSync, readFileSync, statSync } from "fs";
import { dirname, join, resolve } from "path";

const ROOT = join(__dirname, "..", "..");
const ENTRIES = ["src/taskpane/index.tsx", "src/commands/commands.ts", "src/commands/notice.ts"];

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every file and package the entries reach through static imports. */
function reach(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = ENTRIES.map((e) => join(ROOT, e));
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:import|export)\s[^"';]*?from\s+["']([^"']+)["']|import\s+["']([^"']+)["']/g)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith(".")) {
        const target = resolveLocal(file, spec);
        if (!target) throw new Error(`${file}: cannot resolve ${spec}`);
        todo.push(target);
      } else packages.add(spec);
    }
  }
  return { files, packages };
}

describe("production bundle boundaries", () => {
  const { files, packages } = reach();

  it("reaches only src/, never tools/ (playground, local Excel host)", () => {
    // package.json gives the version (src/core/kernel/version.ts); webpack keeps only that field.
    const outside = [...files].filter((f) => !f.startsWith(join(ROOT, "src") + "/") && f !== join(ROOT, "package.json"));
    expect(outside).toEqual([]);
    expect([...files].some((f) => f.includes(join("src", "excel")))).toBe(true);
  });

  it("bundles no Office.js runtime, Node module or test tool", () => {
    const banned = [...packages].filter((p) => /^(@microsoft\/office-js|office-addin|playwright|jsdom|fs|path|http|node:)/.test(p));
    expect(banned).toEqual([]);
  });

  it("loads office.js from Microsoft's CDN in the pane and the function file", () => {
    const config = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
    expect(config).toContain('"https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    for (const html of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      expect(readFileSync(join(ROOT, html), "utf8")).toContain('<script type="text/javascript" src="<%= officeJs %>"></script>');
    }
  });
});
