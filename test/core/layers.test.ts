/**
 * The engine never names a programme's code: each programme's issue codes and reasons are
 * its own (programmes/<kind>/codes.ts) and reach the engine, the contract and the edges only
 * through the registry. Here no file of src/ outside src/core/programmes holds one of them as
 * a string or a key (comments aside). (The import rules between layers are checked by dependency-cruiser in `npm run lint`.)
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";
import { CASE_CODES, CASE_REASONS } from "../../src/core/programmes/case/codes";
import { CHAMBER_CODES, CHAMBER_REASONS } from "../../src/core/programmes/chamber/codes";
import { ISSUE_SEVERITY } from "../../src/core/testing";

const ROOT = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** The identifiers and string literals of a file's code, comments left out. */
function tokens(file: string): Set<string> {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, readFileSync(file, "utf8"));
  const out = new Set<string>();
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (t === ts.SyntaxKind.Identifier || t === ts.SyntaxKind.StringLiteral || t === ts.SyntaxKind.NoSubstitutionTemplateLiteral) out.add(scanner.getTokenValue());
  }
  return out;
}

const OWN = [CHAMBER_CODES, CASE_CODES, CHAMBER_REASONS, CASE_REASONS].flatMap((t) => Object.keys(t));

test("each programme brings its own codes and reasons, and no two share one", () => {
  expect(OWN).toContain("TOO_FEW_EXPERTS");
  expect(OWN).toContain("VETO_ZERO");
  expect(new Set(OWN).size).toBe(OWN.length);
  // The shared table and the programmes' tables do not overlap either.
  expect(Object.keys(ISSUE_SEVERITY).length).toBe(OWN.length - Object.keys({ ...CHAMBER_REASONS, ...CASE_REASONS }).length + 12);
});

test("outside src/core/programmes no source names a programme's code", () => {
  const named: string[] = [];
  for (const file of sources(join(ROOT, "src"))) {
    if (file.startsWith(join(ROOT, "src", "core", "programmes"))) continue;
    const seen = tokens(file);
    for (const code of OWN) if (seen.has(code)) named.push(`${relative(ROOT, file)}: ${code}`);
  }
  expect(named).toEqual([]);
});
