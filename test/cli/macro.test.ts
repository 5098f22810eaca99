/**
 * Macro workbooks: .xlsm in, .xlsm out, the VBA project and the macro-enabled content type
 * kept byte for byte; an output of the other kind is refused; LibreOffice opens what fill
 * wrote, and the consolidated workbook of a source full of XML-illegal characters.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { tmpdir } from "os";
import { join } from "path";
import { Files, PART, baseFiles, edit } from "../../scripts/hostile/base";
import { describeWithTool } from "../helpers/tools";
import { parseCsv } from "../xlsx/rich";
import { cli, grids, json, listing } from "./helpers";

const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
/** Not a real VBA project: what matters is that it comes out exactly as it went in. */
const VBA = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 1016 }, (_, i) => (i * 37) & 0xff)]);

/** The clean test workbook as Excel saves a macro-enabled one. */
function macroWorkbook(files: Files = baseFiles()): Uint8Array {
  let f = edit(files, "[Content_Types].xml", (x) => x.replace(PLAIN_MAIN, MACRO_MAIN).replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
  f = edit(f, "xl/_rels/workbook.xml.rels", (x) =>
    x.replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
  );
  return zipSync({ ...f, "xl/vbaProject.bin": VBA });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ra-xlsm-"));
  writeFileSync(join(dir, "budget.xlsm"), macroWorkbook());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(".xlsm in, .xlsm out", () => {
  it("fill writes budget.reviewed.xlsm with the macros and the macro-enabled type kept", async () => {
    const run = await cli(["fill", "budget.xlsm"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("已写入：budget.reviewed.xlsm");
    const out = unzipSync(readFileSync(join(dir, "budget.reviewed.xlsm")));
    expect(out["xl/vbaProject.bin"]).toEqual(VBA);
    expect(strFromU8(out["[Content_Types].xml"])).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${MACRO_MAIN}"/>`);
    expect(strFromU8(out["xl/_rels/workbook.xml.rels"])).toContain('Target="vbaProject.bin"');
    expect(grids(join(dir, "budget.reviewed.xlsm")).map((g) => g.name)).toContain("校验报告");
  });

  it("refuses -o of the other kind, with the reason, writing nothing", async () => {
    const before = listing(dir);
    const run = await cli(["fill", "budget.xlsm", "-o", "out.xlsx", "--json"], dir);
    expect(run.code).toBe(2);
    const message = '"budget.xlsm"是 .xlsm 工作簿，输出文件也必须以 .xlsm 结尾（Excel 拒绝打开扩展名与内容不符的文件）："out.xlsx"。';
    expect(run.stderr).toBe(`错误：${message}\n运行 review-assistant --help 查看用法。\n`);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: "output-kind", message, file: "budget.xlsm" } });
    expect(listing(dir)).toEqual(before);
    expect((await cli(["fill", "budget.xlsm", "-o", "out/копия.xlsm"], dir)).code).toBe(0);
  });

  it("a plain workbook may not become .xlsm either; a macro workbook misnamed .xlsx comes out as .xlsm", async () => {
    writeFileSync(join(dir, "plain.xlsx"), zipSync(baseFiles()));
    const plain = await cli(["fill", "plain.xlsx", "-o", "plain.xlsm"], dir);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('"plain.xlsx"是 .xlsx 工作簿，输出文件也必须以 .xlsx 结尾');
    writeFileSync(join(dir, "misnamed.xlsx"), macroWorkbook());
    expect((await cli(["fill", "misnamed.xlsx"], dir)).stdout).toContain("已写入：misnamed.reviewed.xlsm");
  });

  it("--in-place keeps budget.bak.xlsm; consolidate reads .xlsm sources from a folder", async () => {
    const folder = join(dir, "inplace");
    mkdirSync(folder);
    writeFileSync(join(folder, "budget.xlsm"), macroWorkbook());
    const run = json(await cli(["fill", "budget.xlsm", "--in-place", "--json"], folder));
    expect(run.backup).toBe("budget.bak.xlsm");
    expect(readdirSync(folder).sort()).toEqual(["budget.bak.xlsm", "budget.xlsm"]);
    expect(unzipSync(readFileSync(join(folder, "budget.xlsm")))["xl/vbaProject.bin"]).toEqual(VBA);
    const all = json(await cli(["consolidate", "inplace", "-o", "all.xlsx", "--json"], dir));
    expect((all.sources as { file: string; status: string }[]).map((s) => [s.file, s.status])).toEqual([["inplace/budget.xlsm", "read"]]);
  });
});

describeWithTool("soffice", "LibreOffice reopening .xlsm and sanitised output")("LibreOffice opens what was written", () => {
  it("the filled .xlsm, and a consolidation of a chamber named with _xFFFE_ and _x0001_", async () => {
    const folder = join(dir, "lo");
    mkdirSync(join(folder, "src"), { recursive: true });
    const raw = (x: string) => x.split("甲商会").join("甲_xFFFE_商_x0001_会");
    writeFileSync(join(folder, "src", "illegal.xlsx"), zipSync(edit(edit(baseFiles(), PART.summary, raw), PART.self, raw)));
    expect((await cli(["consolidate", "src", "-o", "all.xlsx"], folder)).code).toBe(0);
    writeFileSync(join(folder, "budget.reviewed.xlsm"), readFileSync(join(dir, "budget.reviewed.xlsm")));
    const profile = join(folder, "profile");
    const out = join(folder, "csv");
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, join(folder, "budget.reviewed.xlsm"), join(folder, "all.xlsx")],
      { timeout: 180_000, stdio: "pipe" },
    );
    const files = readdirSync(out);
    const summary = parseCsv(readFileSync(join(out, "budget.reviewed-推荐名单汇总表.csv"), "utf8"));
    expect(summary[2]).toEqual(["序号", "省份", "商会名称", "商会类型", "自评分", "核验总分", "否决项", "基础项未满分", "资格审查", "组内排名", "名额内", "校验说明"]);
    expect(summary[3].slice(0, 9)).toEqual(["1", "四川省", "甲商会", "行业商会", "500", "500", "无", "0", "合格"]);
    // The consolidated workbook: every sheet loaded, the chamber's sheet under a legal name.
    expect(files.filter((f) => f.startsWith("all-")).sort()).toContain("all-甲_商_会.csv");
    const merged = parseCsv(readFileSync(join(out, "all-推荐名单汇总表.csv"), "utf8"));
    const chambers = merged.map((r) => r[2]);
    expect(chambers).toContain("乙商会");
    expect(chambers.some((n) => n.startsWith("甲") && n.endsWith("会") && n.length > 3)).toBe(true);
  }, 300_000);
});
