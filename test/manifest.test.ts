import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { describeWithTool } from "./helpers/tools";

const ROOT = join(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const SCHEMA = join(ROOT, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");

describeWithTool("xmllint", "manifest schema validation")("manifest.xml", () => {
  it("validates against the add-in manifest schema, offline", () => {
    const out = execFileSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, MANIFEST], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(out).toBe("");
  });
});

describe("manifest.xml content", () => {
  const xml = readFileSync(MANIFEST, "utf8");

  it("is an Excel workbook task pane that may write the document, from ExcelApi 1.7", () => {
    expect(xml).toContain('xsi:type="TaskPaneApp"');
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it("is Chinese by default with English overrides for every string resource", () => {
    expect(xml).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    const strings = xml.match(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g) ?? [];
    const all = xml.match(/<bt:String id=/g) ?? [];
    expect(all.length).toBeGreaterThan(0);
    expect(strings.length).toBe(all.length);
  });

  it("puts its group on the Home tab and names icons that exist in assets/", () => {
    expect(xml).toContain('<OfficeTab id="TabHome">');
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+\.png)/g)].map((m) => m[1]);
    expect(new Set(icons)).toEqual(new Set(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]));
    for (const icon of icons) expect(existsSync(join(ROOT, icon))).toBe(true);
  });
});
