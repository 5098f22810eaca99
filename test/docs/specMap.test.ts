/**
 * docs/spec-map.md leads from each SPEC section to the file and function that implements it.
 * Every file it names must exist and export the function it names, so the map cannot quietly
 * go stale when code moves.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");

interface Row {
  section: string;
  file: string;
  fn: string;
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const line of readFileSync(join(ROOT, "docs", "spec-map.md"), "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 6 || !/^§\d/.test(cells[1])) continue;
    out.push({ section: cells[1], file: cells[3].replace(/`/g, ""), fn: cells[4].replace(/`/g, "") });
  }
  return out;
}

/** The names a module exports: declarations marked `export`, and `export { … }` lists. */
function exportsOf(file: string): Set<string> {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const names = new Set<string>();
  const exported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const st of sf.statements) {
    if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name && exported(st)) names.add(st.name.text);
    if (ts.isVariableStatement(st) && exported(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) for (const e of st.exportClause.elements) names.add(e.name.text);
  }
  return names;
}

const ROWS = rows();

test("the map covers every section of the SPEC, §1 to §9", () => {
  const sections = new Set(ROWS.map((r) => r.section.replace(/\..*$/, "")));
  expect([...sections].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(["§1", "§2", "§3", "§4", "§5", "§6", "§7", "§8", "§9"]);
  expect(ROWS.length).toBeGreaterThan(60);
});

test.each(ROWS.filter((r) => r.file !== "not yet").map((r) => [r.section, r.file, r.fn] as const))("%s: %s exports %s", (_section, file, fn) => {
  const path = join(ROOT, file);
  expect(existsSync(path)).toBe(true);
  if (fn !== "—") expect(exportsOf(path).has(fn)).toBe(true);
});
