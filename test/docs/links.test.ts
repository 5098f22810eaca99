/**
 * The documentation's links lead somewhere: every relative link and image in README.md,
 * CHANGELOG.md, docs/*.md and the folders' README.md names a file or folder of the
 * repository, and every `#anchor` names a heading of its target as GitHub makes the anchor
 * (Chinese headings included). A link that leaves the repository is refused: a reader of a
 * clone could not follow it. The README stays short and keeps its two commands on top.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = join(__dirname, "..", "..");

/** The documents checked, relative to the root. */
function documents(): string[] {
  const md = (dir: string) =>
    existsSync(join(ROOT, dir))
      ? readdirSync(join(ROOT, dir))
          .filter((f) => f.endsWith(".md"))
          .map((f) => `${dir}/${f}`)
      : [];
  const folderReadmes = ["src", "tools"].flatMap((top) =>
    readdirSync(join(ROOT, top))
      .map((d) => `${top}/${d}/README.md`)
      .filter((f) => existsSync(join(ROOT, f))),
  );
  return ["README.md", "CHANGELOG.md", ...md("docs"), ...folderReadmes];
}

/** The text without fenced code blocks (their lines kept blank, so line numbers hold). */
function withoutFences(text: string): string {
  let fence: string | null = null;
  return text
    .split("\n")
    .map((line) => {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence === null && open) {
        fence = open[1][0].repeat(open[1].length);
        return "";
      }
      if (fence !== null) {
        if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, "") === "") fence = null;
        return "";
      }
      return line;
    })
    .join("\n");
}

/** GitHub's anchor for a heading: the rendered text, lower case, without punctuation, spaces as "-". */
function slug(heading: string): string {
  const rendered = heading
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/`/g, "");
  return rendered
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor a document offers: its headings' slugs (a repeated one gets -1, -2 …) and `<a id|name>`. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of withoutFences(text).split("\n")) {
    const h = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (h) {
      const base = slug(h[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      out.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const a of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(a[1]);
  }
  return out;
}

interface Link {
  line: number;
  target: string;
}

/** Inline links and images, and reference definitions; not those inside code. */
function links(text: string): Link[] {
  // Brackets inside code spans are not links; their length is kept so that offsets hold.
  const plain = withoutFences(text).replace(/`[^`]*`/g, (code) => code.replace(/[[\]()]/g, " "));
  const lineAt = (offset: number) => plain.slice(0, offset).split("\n").length;
  const out: Link[] = [];
  const inline = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g;
  for (const m of plain.matchAll(inline)) out.push({ line: lineAt(m.index ?? 0), target: m[1].replace(/^<|>$/g, "") });
  for (const m of plain.matchAll(/^ {0,3}\[[^\]]+\]:\s*(\S+)/gm)) out.push({ line: lineAt(m.index ?? 0), target: m[1] });
  return out;
}

/** What is wrong with one link, or null. */
function problem(doc: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto: …: not ours to check
  const [pathPart, anchor] = target.split("#", 2) as [string, string | undefined];
  const file = pathPart === "" ? join(ROOT, doc) : resolve(dirname(join(ROOT, doc)), decodeURIComponent(pathPart));
  if (relative(ROOT, file).startsWith("..")) return `leaves the repository (${relative(ROOT, file)})`;
  if (!existsSync(file)) return `no such file: ${relative(ROOT, file)}`;
  if (anchor === undefined) return null;
  if (statSync(file).isDirectory() || !file.endsWith(".md")) return `an anchor into ${relative(ROOT, file)}, which has no headings`;
  const wanted = decodeURIComponent(anchor);
  return anchors(readFileSync(file, "utf8")).has(wanted) ? null : `no heading "#${wanted}" in ${relative(ROOT, file)}`;
}

describe("links in the documentation", () => {
  it("makes anchors as GitHub does", () => {
    expect(slug("Command line: `review-assistant`")).toBe("command-line-review-assistant");
    expect(slug("发送前检查 and the check stamp (校验记录)")).toBe("发送前检查-and-the-check-stamp-校验记录");
    expect(slug("专家评审组（创新中国）")).toBe("专家评审组创新中国");
    expect(slug("商会：检查自己的自评表")).toBe("商会检查自己的自评表");
    expect(slug(".xls, WPS and .ods files")).toBe("xls-wps-and-ods-files");
    expect(slug("The pane's bundle")).toBe("the-panes-bundle");
    expect(slug("1. 发布包里有什么")).toBe("1-发布包里有什么");
    expect(slug("Deployment guide (English)")).toBe("deployment-guide-english");
    expect([...anchors("# A\n## Tests\n```\n## Not a heading\n```\n### Tests\n")]).toEqual(["a", "tests", "tests-1"]);
  });

  it("finds links across lines and leaves code alone", () => {
    const text = "See **[部署说明 — the\ndeployment guide](docs/部署说明.md)**.\n`[x](nowhere.md)`\n```\n[y](nowhere.md)\n```\n![pic](docs/a.png \"title\")\n";
    expect(links(text)).toEqual([
      { line: 1, target: "docs/部署说明.md" },
      { line: 7, target: "docs/a.png" },
    ]);
  });

  it("refuses a missing file, a missing heading and a path out of the repository", () => {
    expect(problem("README.md", "docs/nowhere.md")).toBe("no such file: docs/nowhere.md");
    expect(problem("README.md", "docs/cli.md#no-such-heading")).toBe('no heading "#no-such-heading" in docs/cli.md');
    expect(problem("docs/cli.md", "../../shared/spec/SPEC.md")).toBe("leaves the repository (../shared/spec/SPEC.md)");
    expect(problem("docs/cli.md", "#limits")).toBeNull();
    expect(problem("docs/cli.md", "https://example.org/x.md#y")).toBeNull();
  });

  it.each(documents())("%s: every relative link and anchor resolves", (doc) => {
    const bad = links(readFileSync(join(ROOT, doc), "utf8"))
      .map((l) => ({ ...l, why: problem(doc, l.target) }))
      .filter((l) => l.why !== null)
      .map((l) => `${doc}:${l.line}: (${l.target}) ${l.why}`);
    expect(bad).toEqual([]);
  });
});

describe("README.md", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");

  it("stays short: under 220 lines", () => {
    expect(readme.split("\n").length).toBeLessThan(220);
  });

  it("keeps the two commands in its first code block", () => {
    const first = /```[a-z]*\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const commands = first.split("\n").map((l) => l.replace(/\s+#.*$/, "").trim());
    expect(commands).toContain("npm ci && npm run demo");
    expect(commands).toContain("npm test");
    expect(readme.indexOf("```")).toBeLessThan(readme.indexOf("\n## "));
  });
});
