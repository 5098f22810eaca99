/**
 * The manifest for an address: `ADDIN_URL=… npm run build` and the release's set-addin-url.js
 * both go through scripts/manifest.js. Expectations are written out by hand.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { addinUrl, addresses, manifestVersion, rebaseManifest } from "../../scripts/manifest.js";
import { describeWithTool } from "../helpers/tools";

const ROOT = join(__dirname, "..", "..");
const TEMPLATE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const SCHEMA = join(ROOT, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const ID = "<Id>d819b103-bff8-47ae-9136-a9dc2f3ec06e</Id>";

/** The message of a refusal (both languages). */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("no refusal");
}

describe("addinUrl", () => {
  it("gives the canonical https base, always ending in /", () => {
    expect(addinUrl("https://Review.Example.org/review-assistant")).toBe("https://review.example.org/review-assistant/");
    expect(addinUrl(" https://review.example.org ")).toBe("https://review.example.org/");
    expect(addinUrl("https://apps.example.gov.cn:8443/评审助手/")).toBe("https://apps.example.gov.cn:8443/%E8%AF%84%E5%AE%A1%E5%8A%A9%E6%89%8B/");
    expect(addinUrl("https://review.example.org:443/x/")).toBe("https://review.example.org/x/");
  });

  it("refuses what Office would not load, saying why in Chinese and English", () => {
    expect(refusal(() => addinUrl("http://review.example.org/"))).toBe(
      "ADDIN_URL 必须以 https:// 开头（Office 只从 https 地址加载加载项）：“http://review.example.org/”\n" +
        'ADDIN_URL must start with https:// (Office loads add-ins over https only): "http://review.example.org/"',
    );
    expect(refusal(() => addinUrl("review.example.org"))).toContain("ADDIN_URL 不是有效的网址：“review.example.org”");
    for (const bad of ["https://review.example.org/?v=2", "https://review.example.org/#pane", "https://user:secret@review.example.org/"]) {
      expect(refusal(() => addinUrl(bad))).toContain("ADDIN_URL 不能带用户名、密码、“?”查询或“#”片段");
    }
    expect(refusal(() => addinUrl(`https://review.example.org/${"a".repeat(2000)}/`))).toContain("ADDIN_URL 太长");
  });
});

describe("manifestVersion", () => {
  it("adds Office's fourth part", () => {
    expect(manifestVersion("1.0.0")).toBe("1.0.0.0");
    expect(manifestVersion("12.304.5")).toBe("12.304.5.0");
  });

  it("refuses versions the manifest cannot hold", () => {
    for (const v of ["1.1.0-beta.2", "1.0", "100000.0.0", "v1.0.0"]) {
      expect(refusal(() => manifestVersion(v))).toContain(`package.json 的版本号“${v}”无法写入清单`);
    }
  });
});

describe("rebaseManifest", () => {
  const url = "https://apps.example.gov.cn:8443/评审助手/";
  const base = "https://apps.example.gov.cn:8443/%E8%AF%84%E5%AE%A1%E5%8A%A9%E6%89%8B/";
  const xml = rebaseManifest(TEMPLATE, url, "2.3.4");

  it("moves every address under the new base and the AppDomain to its origin", () => {
    // In document order: the icons, the help page, the domain, the pane, then the resources.
    expect(addresses(xml)).toEqual([
      `${base}assets/icon-32.png`,
      `${base}assets/icon-64.png`,
      `${base}help.html`,
      "https://apps.example.gov.cn:8443",
      `${base}taskpane.html`,
      `${base}assets/icon-16.png`,
      `${base}assets/icon-32.png`,
      `${base}assets/icon-80.png`,
      `${base}commands.html`,
      `${base}taskpane.html`,
      `${base}help.html`,
    ]);
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
    expect(xml).toContain('<bt:Url id="Commands.Url" DefaultValue="' + base + 'commands.html"/>');
    expect(xml).toContain("<AppDomain>https://apps.example.gov.cn:8443</AppDomain>");
  });

  it("keeps the one add-in Id and sets the version", () => {
    expect(xml).toContain(ID);
    expect(xml).toContain("<Version>2.3.4.0</Version>");
  });

  it("changes nothing else: moving back to localhost gives the repository's manifest again", () => {
    const version = /<Version>([\d.]+)\.0<\/Version>/.exec(TEMPLATE)![1];
    expect(rebaseManifest(xml, "https://localhost:3000/", version)).toBe(TEMPLATE);
  });

  it("escapes an address for XML", () => {
    const amp = rebaseManifest(TEMPLATE, "https://review.example.org/r&d/");
    expect(amp).toContain('<SourceLocation DefaultValue="https://review.example.org/r&amp;d/taskpane.html"/>');
    expect(rebaseManifest(amp, "https://localhost:3000/")).toBe(TEMPLATE);
  });

  it("refuses a manifest with an address outside its own base", () => {
    const stray = TEMPLATE.replace("</bt:Urls>", '  <bt:Url id="Other.Url" DefaultValue="https://elsewhere.example.net/x.html"/>\n      </bt:Urls>');
    expect(refusal(() => rebaseManifest(stray, url))).toContain("清单中有不在“https://localhost:3000/”之下的地址：https://elsewhere.example.net/x.html");
  });
});

describe("the repository's manifest.xml", () => {
  it("carries package.json's version (npm version keeps them together)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(TEMPLATE).toContain(`<Version>${pkg.version}.0</Version>`);
  });
});

describeWithTool("xmllint", "manifest schema validation")("a manifest built for another address", () => {
  it("validates against the add-in XSDs, offline", () => {
    const dir = mkdtempSync(join(tmpdir(), "ra-manifest-"));
    try {
      for (const url of ["https://apps.example.gov.cn:8443/评审助手/", "https://review.example.org/r&d/"]) {
        const file = join(dir, "manifest.xml");
        writeFileSync(file, rebaseManifest(TEMPLATE, url, "1.0.0"));
        expect(execFileSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).toBe("");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
