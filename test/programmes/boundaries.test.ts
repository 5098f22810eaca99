/**
 * The lint rule that keeps programmes apart (eslint.config.mjs): outside src/core/programmes,
 * no code branches on a programme's kind, names a built-in scheme or reaches into a
 * programme's folder. `npm run lint` applies it to src/; here it is shown to bite.
 */
import { spawnSync } from "child_process";
import { join } from "path";

const BRANCH = "no-restricted-syntax: No programme branch outside src/core/programmes: ask programmeOf(scheme) instead.";

const REFUSED: [string, string, unknown[]][] = [
  ["src/cli/x.ts", 'export const f = (s: { kind: string }) => (s.kind === "chamber" ? 1 : 2);\n', [BRANCH]],
  ["src/taskpane/x.tsx", 'export const f = (s: { kind: string }) => "case" !== s.kind;\n', [BRANCH]],
  ["src/core/x.ts", 'export function f(k: string) {\n  switch (k) {\n    case "case":\n      return 1;\n  }\n  return 0;\n}\n', [BRANCH]],
  ["src/excel/x.ts", 'export const id = "sihao-2020";\n', ["no-restricted-syntax: A built-in scheme id belongs to its programme module (src/core/programmes)."]],
  [
    "src/cli/x.ts",
    'import { reviewCase } from "../core/programmes/case/review";\nexport const f = reviewCase;\n',
    ["no-restricted-imports: '../core/programmes/case/review' import is restricted from being used by a pattern. A programme's folder is its own: outside src/core/programmes, go through the registry (src/core)."],
  ],
  ["src/core/report.ts", 'import { chamberSighting } from "./programmes/chamber/review";\nexport const f = chamberSighting;\n', [expect.stringMatching(/^no-restricted-imports: /)]],
];

const ALLOWED: [string, string][] = [
  ["src/core/programmes/chamber/x.ts", 'export const f = (s: { kind: string }) => s.kind === "chamber";\n'],
  ["src/core/programmes/case/x.ts", 'import { chamberSighting } from "../chamber/review";\nexport const f = chamberSighting;\n'],
  ["src/cli/x.ts", 'import { programmeOf } from "../core";\nexport const f = (s: { kind: string }) => programmeOf(s.kind).pane.groups === "quota";\n'],
];

/** Every snippet linted in one child process (ESLint takes seconds to load its config). */
function lint(snippets: { file: string; code: string }[]): string[][] {
  const r = spawnSync(process.execPath, [join(__dirname, "lintSnippets.mjs")], { input: JSON.stringify(snippets), encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

describe("programme branches outside the registry are refused", () => {
  const results = lint([...REFUSED, ...ALLOWED].map(([file, code]) => ({ file, code })));

  test.each(REFUSED.map((r, i) => [r[0], r[1], r[2], i] as const))("%s: %j", (_file, _code, expected, i) => {
    expect(results[i]).toEqual(expected);
  });

  test.each(ALLOWED.map((r, i) => [r[0], r[1], REFUSED.length + i] as const))("allowed: %s: %j", (_file, _code, i) => {
    expect(results[i]).toEqual([]);
  });
});
