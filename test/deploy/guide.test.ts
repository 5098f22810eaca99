/**
 * The deployment guide IT receives in every release: Chinese first, then English; the server
 * examples it shows are the very files the release ships in config/; the README links it.
 */
import { readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const guide = readFileSync(join(ROOT, "docs", "部署说明.md"), "utf8");

function block(lang: string): string[] {
  return [...guide.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);
}

describe("docs/部署说明.md", () => {
  it("is Chinese first, then English", () => {
    expect(guide.startsWith("# 评审助手 部署说明\n")).toBe(true);
    const english = guide.indexOf("\n# Deployment guide (English)\n");
    expect(english).toBeGreaterThan(guide.length / 3);
    const headings = (text: string) => text.match(/^##+ \d.*$/gm) ?? [];
    const cjk = /[\u4e00-\u9fff]/;
    expect(headings(guide.slice(0, english)).filter((h) => !cjk.test(h))).toEqual([]);
    expect(headings(guide.slice(english)).filter((h) => cjk.test(h))).toEqual([]);
    expect(headings(guide.slice(0, english))).toHaveLength(headings(guide.slice(english)).length);
  });

  it("shows config/nginx.conf and config/web.config exactly as shipped", () => {
    expect(block("nginx")).toEqual([readFileSync(join(ROOT, "docs", "deploy", "nginx.conf"), "utf8")]);
    expect(block("xml")).toEqual([readFileSync(join(ROOT, "docs", "deploy", "web.config"), "utf8")]);
  });

  it("covers every way an office gets the add-in, in both languages", () => {
    const [zh, en] = guide.split("\n# Deployment guide (English)\n");
    for (const heading of ["在内网 HTTPS 服务器上发布网站", "共享文件夹受信任目录", "Microsoft 365 集中部署", "网页版 Excel", "哪些 Excel 可以使用", "office.js 来自微软的 CDN", "离线安装"]) {
      expect(zh).toMatch(new RegExp(`^## \\d+\\. .*${heading}`, "m"));
    }
    for (const heading of ["intranet HTTPS server", "shared-folder trusted catalog", "Microsoft 365 centralised deployment", "Excel on the web", "Which Excel works", "office.js comes from Microsoft's CDN", "offline install"]) {
      expect(en).toMatch(new RegExp(`^## \\d+\\. .*${heading}`, "m"));
    }
    for (const fact of ["ExcelApi 1.7", "ExcelApi 1.1", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "max-age=31536000", "no-cache", "application/javascript"]) {
      expect(zh).toContain(fact);
      expect(en).toContain(fact);
    }
  });

  it("is linked from the README", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain("](docs/部署说明.md)");
  });
});
