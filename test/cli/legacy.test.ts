/**
 * .xls and .ods as LibreOffice saves them (converted here, at test time, from the samples):
 * the same review as the .xlsx LibreOffice saves of the same workbook; fill writes a new
 * `<name>.reviewed.xlsx` and never touches the original; consolidate takes a folder mixing the
 * formats, WPS's included.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { editStream } from "../../scripts/hostile/legacy";
import { describeWithTool } from "../helpers/tools";
import { libreConvert } from "../helpers/libre";
import { cli, grids, json, listing, sampleDir } from "./helpers";

const SAMPLES = ["sihao-province", "chuangxin-cases"];
const SINGLES = ["01-四川省科技装备业商会", "02-重庆市江苏商会", "03-云南省茶叶商会", "04-贵州省酒业商会", "05-重庆市汽车摩托车商会"];

describeWithTool("soffice", "the .xls/.ods command-line tests")(".xls and .ods on the command line", () => {
  let dir = "";

  beforeAll(() => {
    dir = sampleDir();
    const files: Record<string, Uint8Array> = {};
    for (const s of SAMPLES) files[s] = new Uint8Array(readFileSync(join(dir, `${s}.xlsx`)));
    for (const s of SINGLES) files[s] = new Uint8Array(readFileSync(join(dir, "consolidate", `${s}.xlsx`)));
    const lo = libreConvert(join(dir, "tmp"), files, ["xlsx", "xls", "ods"]);
    mkdirSync(join(dir, "lo"));
    for (const [format, byName] of Object.entries(lo)) for (const [name, bytes] of Object.entries(byName)) writeFileSync(join(dir, "lo", `${name}.${format}`), bytes);
    rmSync(join(dir, "tmp"), { recursive: true, force: true });
  }, 400_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** check --json of a file, without the file's own name. */
  async function checked(file: string): Promise<Record<string, unknown>> {
    const run = await cli(["check", file, "--json"], dir);
    expect(run.stderr).toBe("");
    const { file: _file, ...rest } = json(run);
    return rest;
  }

  it.each(SAMPLES)("%s: the same JSON from .xlsx, .xls and .ods (entries, issues with their cells, checklist, stamp)", async (name) => {
    const xlsx = await checked(`lo/${name}.xlsx`);
    expect(await checked(`lo/${name}.xls`)).toEqual(xlsx);
    expect(await checked(`lo/${name}.ods`)).toEqual(xlsx);
  });

  it("the 四好 sample reads as it does from the original .xlsx: 12 chambers, the same issues", async () => {
    const r = (await checked("lo/sihao-province.xls")) as { summary: unknown; issues: { code: string; sheet: string; cell: string | null }[] };
    expect(r.summary).toEqual({ entries: 12, qualified: 7, disqualified: 3, pending: 2, errors: 2, warnings: 5 });
    const original = (await checked("sihao-province.xlsx")) as typeof r;
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual(original.issues.map((i) => [i.code, i.sheet, i.cell]));
  });

  it("fill on an .xls writes <name>.reviewed.xlsx beside it, says the result is a new .xlsx, and leaves the .xls as it was", async () => {
    const before = readFileSync(join(dir, "lo", "sihao-province.xls"));
    const run = await cli(["fill", "lo/sihao-province.xls"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "已写入：lo/sihao-province.reviewed.xlsx\n原文件是 Excel 97-2003 工作簿（.xls）：结果是新建的 .xlsx 文件，格式（颜色、列宽、公式等）可能与原文件不同；原文件未改动。\n",
    );
    expect(readFileSync(join(dir, "lo", "sihao-province.xls")).equals(before)).toBe(true);
    // The same results as filling LibreOffice's .xlsx of the same workbook.
    await cli(["fill", "lo/sihao-province.xlsx", "-o", "from-xlsx.xlsx"], dir);
    expect(grids(join(dir, "lo", "sihao-province.reviewed.xlsx"))).toEqual(grids(join(dir, "from-xlsx.xlsx")));
    const en = await cli(["fill", "lo/chuangxin-cases.ods", "-o", "cases.xlsx", "--lang", "en"], dir);
    expect(en.stdout).toContain(
      "The original is an OpenDocument spreadsheet (.ods): the result is a new .xlsx file whose formatting (colours, column widths, formulas…) may differ from it; the original is left as it was.",
    );
  });

  it("--in-place is refused on an .xls or .ods with the reason, and an output not ending in .xlsx too; nothing is written", async () => {
    const before = listing(dir);
    const run = await cli(["fill", "lo/sihao-province.ods", "--in-place"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      '错误："lo/sihao-province.ods"是 OpenDocument 电子表格（.ods），不能原地改写：结果只能写成新的 .xlsx 文件。请去掉 --in-place（结果会写到"lo/sihao-province.reviewed.xlsx"），或用 -o 指定输出文件。\n运行 review-assistant --help 查看用法。\n',
    );
    const xls = await cli(["fill", "lo/sihao-province.xls", "-o", "out.xls"], dir);
    expect([xls.code, xls.stderr.split("\n")[0]]).toEqual([2, '错误：输出文件必须以 .xlsx 或 .xlsm 结尾："out.xls"。']);
    expect(listing(dir)).toEqual(before);
  });

  it("consolidate takes a folder mixing .xlsx, .xls, .ods and a WPS .et: every chamber as from the .xlsx files", async () => {
    const mixed = join(dir, "mixed");
    mkdirSync(mixed);
    copyFileSync(join(dir, "lo", `${SINGLES[0]}.xls`), join(mixed, `${SINGLES[0]}.xls`));
    copyFileSync(join(dir, "lo", `${SINGLES[1]}.ods`), join(mixed, `${SINGLES[1]}.ods`));
    writeFileSync(join(mixed, `${SINGLES[2]}.et`), editStream(new Uint8Array(readFileSync(join(dir, "lo", `${SINGLES[2]}.xls`))), (s) => s, { wps: true }));
    copyFileSync(join(dir, "consolidate", `${SINGLES[3]}.xlsx`), join(mixed, `${SINGLES[3]}.xlsx`));
    copyFileSync(join(dir, "lo", `${SINGLES[4]}.xls`), join(mixed, `${SINGLES[4]}.xls`));
    copyFileSync(join(dir, "consolidate", "06-损坏的文件.xlsx"), join(mixed, "06-损坏的文件.xlsx"));
    const run = await cli(["consolidate", "mixed", "-o", "mixed-all.xlsx", "--quota", "2", "--json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('已跳过："mixed/06-损坏的文件.xlsx"：这不是 Excel 工作簿（.xlsx）文件：无法作为 zip 包读取，文件可能不完整或已损坏。\n');
    const r = json(run);
    // As consolidating the .xlsx originals gives (test/cli/consolidate.test.ts).
    expect(r.summary).toEqual({ entries: 5, qualified: 3, disqualified: 1, pending: 1, errors: 1, warnings: 0 });
    expect(r.entries.map((e) => [e.name, e.group, e.status, e.total, e.rank, e.withinQuota])).toEqual([
      ["云南省茶叶商会", null, "qualified", 448, 1, "yes"],
      ["四川省科技装备业商会", "四川省", "qualified", 476, 1, "yes"],
      ["重庆市江苏商会", "重庆市", "qualified", 462, 1, "yes"],
      ["重庆市汽车摩托车商会", "重庆市", "pending", null, null, null],
      ["贵州省酒业商会", "贵州省", "disqualified", 450, null, "no"],
    ]);
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([["SCORE_MISSING", "重庆市汽车摩托车商会", "E17"]]);
    const sources = r.sources as { file: string; status: string; sheets: { from: string; to: string }[] }[];
    expect(sources.map((s) => [s.file, s.status, s.sheets.map((x) => `${x.from}→${x.to}`)])).toEqual([
      ["mixed/01-四川省科技装备业商会.xls", "read", ["自评表→四川省科技装备业商会"]],
      ["mixed/02-重庆市江苏商会.ods", "read", ["自评表→重庆市江苏商会"]],
      ["mixed/03-云南省茶叶商会.et", "read", ["云南省茶叶商会→云南省茶叶商会"]],
      ["mixed/04-贵州省酒业商会.xlsx", "read", ["自评表→贵州省酒业商会"]],
      ["mixed/05-重庆市汽车摩托车商会.xls", "read", ["自评表→重庆市汽车摩托车商会"]],
      ["mixed/06-损坏的文件.xlsx", "skipped", []],
    ]);
  });
});
