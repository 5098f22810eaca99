/**
 * Fidelity on workbooks LibreOffice wrote: filling keeps every part the plan does not touch
 * byte for byte, keeps what the touched parts hold besides our cells, and LibreOffice reads
 * back the values the core computed.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { PlanValue, WritePlan, a1, builtinScheme, buildWritePlan, review, templateSheets } from "../../src/core";
import { ApplyStats, createXlsx, openXlsx } from "../../src/xlsx";
import { describeWithTool } from "../helpers/tools";
import { attr, cellStyle, cellXfs, changedParts, fills } from "./pkg";
import { RICH_NAMES, libreCsv, libreXlsx, richSource } from "./rich";

const NOW = new Date(2024, 4, 1, 9, 30);

/** Text written where nothing else is: it must come back as text, not as the sum it looks like. */
const FORMULA_LIKE = "=SUM(A1)";

describeWithTool("soffice", "xlsx fidelity on LibreOffice-written workbooks")("filling a workbook LibreOffice wrote", () => {
  let dir = "";
  let input: Uint8Array;
  let filled: Uint8Array;
  let plan: WritePlan;
  let stats: ApplyStats;
  let summaryPart = "";
  let csv: Map<string, string[][]>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xlsx-lo-"));
    const profile = join(dir, "profile");
    const lo = libreXlsx(dir, profile, { rich: richSource().bytes });
    input = lo.rich;
    const book = openXlsx(input);
    const grids = book.grids();
    plan = buildWritePlan(review(grids), { now: NOW });
    const self = grids[2];
    plan.blocks.push({ sheet: self.name, row: 3, col: 5, values: [[FORMULA_LIKE]] });
    stats = book.apply(plan);
    filled = book.toBytes();
    summaryPart = "xl/worksheets/sheet1.xml";
    csv = libreCsv(dir, profile, { filled, template: createXlsx(templateSheets(builtinScheme("sihao-2020")!)) });
  }, 400_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const parts = (b: Uint8Array) => unzipSync(b);
  const text = (b: Uint8Array, n: string) => strFromU8(parts(b)[n]);

  it("starts from a LibreOffice file that has the chart, picture, validation, conditional format, names and comment", () => {
    const p = parts(input);
    const names = Object.keys(p);
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/media\/image\d+\.png$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/comments\d*\.xml$/.test(n))).toBe(true);
    const sheet = text(input, summaryPart);
    expect(sheet).toContain("<dataValidation ");
    expect(sheet).toContain("<conditionalFormatting ");
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(sheet).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
    const wb = text(input, "xl/workbook.xml");
    expect(wb).toContain(`name="${RICH_NAMES.workbook}"`);
    expect(wb).toMatch(new RegExp(`localSheetId="2" name="${RICH_NAMES.sheet}"`));
  });

  it("copies every part the plan does not touch byte for byte", () => {
    const changed = changedParts(input, filled);
    expect(changed).toEqual(stats.partsChanged);
    const before = parts(input);
    const after = parts(filled);
    for (const name of Object.keys(before)) {
      if (!changed.includes(name)) expect([name, after[name]]).toEqual([name, before[name]]);
    }
    // Only sheets, styles, the workbook's sheet list and our own parts change.
    for (const name of changed) {
      expect(name).toMatch(/^(xl\/worksheets\/sheet\d+\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|customXml\/.*)$/);
    }
    for (const kept of ["xl/sharedStrings.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "docProps/app.xml", "docProps/core.xml"]) {
      expect(changed).not.toContain(kept);
    }
  });

  it("keeps what the touched parts hold besides our cells", () => {
    const before = text(input, summaryPart);
    const after = text(filled, summaryPart);
    expect(after).not.toBe(before);
    const tail = (s: string) => s.slice(s.indexOf("</sheetData>"));
    expect(tail(after)).toBe(tail(before));
    const wbBefore = text(input, "xl/workbook.xml");
    const wbAfter = text(filled, "xl/workbook.xml");
    const names = (s: string) => /<definedNames>[\s\S]*<\/definedNames>/.exec(s)![0];
    expect(names(wbAfter)).toBe(names(wbBefore));
    expect(wbAfter.replace(/<sheet name="校验报告"[^>]*\/>/, "")).toBe(wbBefore);
    // Styles: the old ones stay as they were, ours are appended.
    const xfsBefore = cellXfs(text(input, "xl/styles.xml"));
    expect(cellXfs(text(filled, "xl/styles.xml")).slice(0, xfsBefore.length)).toEqual(xfsBefore);
  });

  it("highlights cells keeping their border, font and number format", () => {
    const stylesBefore = text(input, "xl/styles.xml");
    const stylesAfter = text(filled, "xl/styles.xml");
    const partOf = new Map(openXlsx(input).sheetNames.map((n, i) => [n, `xl/worksheets/sheet${i + 1}.xml`]));
    expect(plan.highlights.length).toBeGreaterThan(0);
    let bordered = 0;
    for (const h of plan.highlights) {
      const part = partOf.get(h.sheet)!;
      const ref = a1(h.row, h.col);
      const was = cellXfs(stylesBefore)[cellStyle(text(input, part), ref)];
      const now = cellXfs(stylesAfter)[cellStyle(text(filled, part), ref)];
      for (const a of ["numFmtId", "fontId", "borderId", "xfId"]) expect([ref, a, attr(now, a)]).toEqual([ref, a, attr(was, a)]);
      expect(now.replace(/<xf[^>]*>/, "")).toBe(was.replace(/<xf[^>]*>/, ""));
      const fill = fills(stylesAfter)[Number(attr(now, "fillId"))];
      expect(fill).toContain(`rgb="FF${h.color.slice(1)}"`);
      if (attr(was, "borderId") !== "0") bordered++;
    }
    expect(bordered).toBeGreaterThan(0);
  });

  it("filling the filled workbook again changes only the report's time (and the memo's record of the report)", () => {
    const again = openXlsx(filled);
    const p2 = buildWritePlan(review(again.grids()), { now: new Date(2024, 4, 2, 10, 45) });
    p2.blocks.push(plan.blocks[plan.blocks.length - 1]);
    const s2 = again.apply(p2);
    const twice = again.toBytes();
    const reportPart = `xl/worksheets/sheet${again.sheetNames.length}.xml`;
    expect(s2.partsChanged.filter((p) => !p.startsWith("customXml/"))).toEqual([reportPart]);
    expect(s2.partsChanged.length).toBe(2);
    expect(text(twice, reportPart).replace("2024-05-02 10:45", "T")).toBe(text(filled, reportPart).replace("2024-05-01 09:30", "T"));
  });

  it("LibreOffice reads back the values the core computed", () => {
    const book = openXlsx(input);
    const sheets = book.sheetNames;
    const shown = (v: PlanValue) => (v === null ? "" : String(v));
    let checked = 0;
    for (const b of plan.blocks) {
      const rows = csv.get(`filled-${b.sheet}`);
      expect(rows).toBeDefined();
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const got = rows![b.row + i]?.[b.col + j] ?? "";
          expect([b.sheet, a1(b.row + i, b.col + j), got]).toEqual([b.sheet, a1(b.row + i, b.col + j), shown(v)]);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(20);
    expect(sheets).toContain(plan.touched[0]);
    const reportRows = csv.get("filled-校验报告")!;
    expect(reportRows[0][0]).toBe(plan.report.values[0][0]);
    expect(reportRows.length).toBeGreaterThanOrEqual(plan.report.values.length);
    expect(reportRows[plan.report.values.length - 1].slice(0, 4)).toEqual(plan.report.values[plan.report.values.length - 1].slice(0, 4).map(shown));
  });

  it("LibreOffice opens a workbook made by createXlsx", () => {
    const specs = templateSheets(builtinScheme("sihao-2020")!);
    for (const s of specs) {
      const rows = csv.get(`template-${s.name}`);
      expect(rows).toBeDefined();
      s.values.forEach((row, r) => row.forEach((v, c) => expect(rows![r]?.[c] ?? "").toBe(v === null ? "" : String(v))));
    }
  });
});
