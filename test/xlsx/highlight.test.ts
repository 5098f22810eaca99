import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { MEMO_NAMESPACE } from "../../src/core";
import { memoFromXml, memoToXml } from "../../src/core/testing";
import { XlsxError, openXlsx } from "../../src/xlsx";
import { block, mark, plan, report, sihaoPlan, sihaoWorkbook } from "./plans";
import { SIMPLE_STYLES, attr, cellStyle, cellXfs, changedParts, fills, handPackage, partText, unzip } from "./pkg";

const S1 = "xl/worksheets/sheet1.xml";

/** B2 bold+border+"0.0"+centred (xf 1), C2 blue fill+border (xf 2), D2 absent, E2 gray125 pattern (xf 3). */
function styled(extra: { body?: string; parts?: Record<string, string>; workbookRels?: string; types?: string } = {}): Uint8Array {
  const body =
    extra.body ??
    '<sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>项</t></is></c><c r="B2" s="1"><v>12.5</v></c><c r="C2" s="2"><v>3</v></c><c r="E2" s="3"><v>4</v></c></row></sheetData>';
  return handPackage({ sheets: [{ name: "自评表", body }], styles: SIMPLE_STYLES, ...extra });
}

function memoOf(bytes: Uint8Array) {
  const parts = unzipSync(bytes);
  const name = Object.keys(parts).find((n) => /^customXml\/item\d+\.xml$/.test(n) && strFromU8(parts[n]).includes(MEMO_NAMESPACE));
  return name ? memoFromXml(strFromU8(parts[name])) : null;
}

describe("highlighting cells", () => {
  it("clones each cell's format with a solid fill, keeping font, border, number format and alignment", () => {
    const input = styled();
    const book = openXlsx(input);
    const stats = book.apply(plan([], [mark("自评表", "B2"), mark("自评表", "C2", "warning"), mark("自评表", "D2"), mark("自评表", "E2")]));
    expect(stats.highlights).toBe(4);
    const out = book.toBytes();
    const styles = partText(out, "xl/styles.xml");
    const before = cellXfs(SIMPLE_STYLES);
    const xfs = cellXfs(styles);
    // Existing formats and fills stay where they were, unchanged.
    expect(xfs.slice(0, before.length)).toEqual(before);
    expect(fills(styles).slice(0, 3)).toEqual(fills(SIMPLE_STYLES));
    expect(attr(/<cellXfs[^>]*>/.exec(styles)![0], "count")).toBe(String(xfs.length));
    expect(attr(/<fills[^>]*>/.exec(styles)![0], "count")).toBe(String(fills(styles).length));
    const sheet = partText(out, S1);
    const b2 = xfs[cellStyle(sheet, "B2")];
    expect(b2).toBe('<xf numFmtId="164" fontId="1" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyFill="1"><alignment horizontal="center"/></xf>');
    expect(fills(styles)[3]).toBe('<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>');
    const c2 = xfs[cellStyle(sheet, "C2")];
    expect(attr(c2, "borderId")).toBe("1");
    expect(fills(styles)[Number(attr(c2, "fillId"))]).toContain('rgb="FFFFEB9C"');
    // Two red cells from different formats share the red fill; D2 (default format) is created.
    expect(attr(xfs[cellStyle(sheet, "D2")], "fillId")).toBe("3");
    expect(fills(styles).filter((f) => f.includes("FFFFC7CE"))).toHaveLength(1);
    const memo = memoOf(out)!;
    expect(memo.highlights).toEqual([
      { sheet: "自评表", cell: "B2", fill: null, style: 1 },
      { sheet: "自评表", cell: "C2", fill: "#00B0F0", style: 2 },
      { sheet: "自评表", cell: "D2", fill: null, style: 0 },
      { sheet: "自评表", cell: "E2", fill: null, style: 3 },
    ]);
  });

  it("keeps the memo in a custom XML part the add-in can find by namespace", () => {
    const book = openXlsx(styled());
    book.apply(plan([], [mark("自评表", "B2")]));
    const out = book.toBytes();
    expect(partText(out, "customXml/item1.xml")).toContain(`xmlns="${MEMO_NAMESPACE}"`);
    expect(partText(out, "customXml/itemProps1.xml")).toMatch(/<ds:schemaRef ds:uri="urn:review-assistant:state:1"\/>/);
    expect(partText(out, "customXml/_rels/item1.xml.rels")).toContain('Target="itemProps1.xml"');
    expect(partText(out, "xl/_rels/workbook.xml.rels")).toMatch(/relationships\/customXml" Target="..\/customXml\/item1.xml"/);
    expect(partText(out, "[Content_Types].xml")).toContain('<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>');
  });

  it("filling twice gives the same workbook as filling once (but the report's time, and the memo's record of it)", () => {
    const first = openXlsx(sihaoWorkbook());
    const p1 = sihaoPlan(first.grids(), new Date(2024, 4, 1, 9, 30));
    first.apply(p1);
    const once = first.toBytes();
    const second = openXlsx(once);
    const p2 = sihaoPlan(second.grids(), new Date(2024, 4, 2, 10, 45));
    expect(p2.highlights).toEqual(p1.highlights);
    const stats = second.apply(p2);
    const twice = second.toBytes();
    const reportPart = `xl/worksheets/sheet${first.sheetNames.length}.xml`;
    expect(changedParts(once, twice)).toEqual(["customXml/item1.xml", reportPart]);
    expect(stats.partsChanged).toEqual(["customXml/item1.xml", reportPart]);
    // The memo records what the report holds, its time included; nothing else in it changed.
    const [m1, m2] = [memoOf(once)!, memoOf(twice)!];
    expect(m2.reportChecks![0].hash).not.toBe(m1.reportChecks![0].hash);
    expect({ ...m2, reportChecks: [] }).toEqual({ ...m1, reportChecks: [] });
    const a = partText(once, reportPart).replace("2024-05-01 09:30", "TIME");
    const b = partText(twice, reportPart).replace("2024-05-02 10:45", "TIME");
    expect(b).toBe(a);
    expect(stats.restored).toBe(0);
  });

  it("clearing restores every highlighted cell's original format exactly", () => {
    const input = styled();
    const book = openXlsx(input);
    book.apply(plan([], [mark("自评表", "B2"), mark("自评表", "C2", "warning"), mark("自评表", "D2"), mark("自评表", "E2"), mark("自评表", "F5")]));
    expect(cellStyle(partText(book.toBytes(), S1), "F5")).toBeGreaterThan(3);
    expect(book.clearHighlights()).toBe(5);
    const out = book.toBytes();
    const sheet = partText(out, S1);
    expect([cellStyle(sheet, "B2"), cellStyle(sheet, "C2"), cellStyle(sheet, "D2"), cellStyle(sheet, "E2")]).toEqual([1, 2, 0, 3]);
    expect(memoOf(out)!.highlights).toEqual([]);
    expect(book.clearHighlights()).toBe(0);
    // Apart from the report sheet, the memo and the appended styles, the workbook is as it was.
    expect(sheet).toBe(partText(input, S1));
  });

  it("the next fill restores cells no longer flagged, unless the user re-formatted them", () => {
    const book = openXlsx(styled());
    book.apply(plan([], [mark("自评表", "B2"), mark("自评表", "C2"), mark("自评表", "E2")]));
    // The user gives C2 a format of their own (xf 1) in Excel.
    const parts = unzip(book.toBytes());
    const xml = strFromU8(parts[S1]).replace(/<c r="C2" s="\d+"/, '<c r="C2" s="1"');
    parts[S1] = strToU8(xml);
    const edited = openXlsx(zipSync(parts));
    const stats = edited.apply(plan([], [mark("自评表", "E2", "warning")]));
    expect(stats.restored).toBe(1);
    const out = edited.toBytes();
    const sheet = partText(out, S1);
    expect(cellStyle(sheet, "B2")).toBe(1);
    expect(cellStyle(sheet, "C2")).toBe(1);
    const e2 = cellXfs(partText(out, "xl/styles.xml"))[cellStyle(sheet, "E2")];
    expect(fills(partText(out, "xl/styles.xml"))[Number(attr(e2, "fillId"))]).toContain("FFFFEB9C");
    expect(memoOf(out)!.highlights).toEqual([{ sheet: "自评表", cell: "E2", fill: null, style: 3 }]);
    expect(edited.clearHighlights()).toBe(1);
    expect(cellStyle(partText(edited.toBytes(), S1), "E2")).toBe(3);
  });

  it("restores highlights the Excel add-in made, from the fill colour it remembered", () => {
    // xf 4: xf 1 (bold, border, 0.0) with our red fill, as the add-in leaves a cell it marked.
    const styles = SIMPLE_STYLES.replace('<fills count="3">', '<fills count="4">')
      .replace("</fills>", '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/></patternFill></fill></fills>')
      .replace('<cellXfs count="4">', '<cellXfs count="5">')
      .replace("</cellXfs>", '<xf numFmtId="164" fontId="1" fillId="3" borderId="1" xfId="0" applyFill="1"/></cellXfs>');
    const memo = memoToXml({
      version: 1,
      highlights: [
        { sheet: "自评表", cell: "B2", fill: "#00B0F0" },
        { sheet: "自评表", cell: "C2", fill: null },
        { sheet: "自评表", cell: "A2", fill: null },
      ],
    });
    const body = '<sheetData><row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="4"><v>12.5</v></c><c r="C2" s="4"><v>3</v></c></row></sheetData>';
    const input = handPackage({
      sheets: [{ name: "自评表", body }],
      styles,
      parts: {
        "customXml/item1.xml": memo,
        "customXml/itemProps1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${MEMO_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
      },
      workbookRels: '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>',
    });
    const book = openXlsx(input);
    // A2 no longer shows our colour (the user changed it), so it is left alone.
    expect(book.clearHighlights()).toBe(2);
    const out = book.toBytes();
    const sheet = partText(out, S1);
    const st = partText(out, "xl/styles.xml");
    const b2 = cellXfs(st)[cellStyle(sheet, "B2")];
    expect(attr(b2, "fontId")).toBe("1");
    expect(attr(b2, "borderId")).toBe("1");
    expect(attr(b2, "numFmtId")).toBe("164");
    expect(fills(st)[Number(attr(b2, "fillId"))]).toContain('rgb="FF00B0F0"');
    const c2 = cellXfs(st)[cellStyle(sheet, "C2")];
    expect(attr(c2, "fillId")).toBe("0");
    expect(attr(c2, "fontId")).toBe("1");
    expect(cellStyle(sheet, "A2")).toBe(1);
    expect(changedParts(input, out)).toEqual(["customXml/item1.xml", "xl/styles.xml", S1]);
  });

  it("does not trust a remembered format index that no longer matches the cell's format", () => {
    const book = openXlsx(styled());
    book.apply(plan([], [mark("自评表", "B2")]));
    // Another program renumbered the formats: the memo now points at xf 2 (blue fill), not at B2's original.
    const parts = unzip(book.toBytes());
    const name = Object.keys(parts).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    parts[name] = strToU8(memoToXml({ version: 1, highlights: [{ sheet: "自评表", cell: "B2", fill: null, style: 2 }] }));
    const moved = openXlsx(zipSync(parts));
    expect(moved.clearHighlights()).toBe(1);
    const out = moved.toBytes();
    const xf = cellXfs(partText(out, "xl/styles.xml"))[cellStyle(partText(out, S1), "B2")];
    expect([attr(xf, "numFmtId"), attr(xf, "fontId"), attr(xf, "borderId"), attr(xf, "fillId")]).toEqual(["164", "1", "1", "0"]);
  });

  it("refuses to write values to a protected sheet before changing anything; a protected sheet only marked is skipped", () => {
    const body = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><sheetProtection sheet="1" objects="1"/>';
    const input = handPackage({ sheets: [{ name: "开放" }, { name: "锁定", body }], styles: SIMPLE_STYLES });
    const book = openXlsx(input);
    let err: unknown;
    try {
      book.apply(plan([block("锁定", 0, 0, [[1]])]));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XlsxError);
    expect((err as XlsxError).code).toBe("protected");
    expect((err as XlsxError).sheet).toBe("锁定");
    expect((err as XlsxError).message).toContain("锁定");
    expect(changedParts(input, book.toBytes())).toEqual([]);
    // Highlights on a protected sheet are left out, with one note naming it; the rest is written.
    const stats = book.apply(plan([block("开放", 0, 0, [[1]])], [mark("锁定", "A1")]));
    expect(stats.highlights).toBe(0);
    expect(stats.notes).toEqual([{ kind: "lockedSkipped", sheets: ["锁定"] }]);
    expect(changedParts(input, book.toBytes())).not.toContain("xl/worksheets/sheet2.xml");
  });

  it("refuses to add the report sheet to a workbook whose structure is protected", () => {
    const input = handPackage({ sheets: [{ name: "S" }], workbookHead: '<workbookProtection lockStructure="1"/>' });
    const book = openXlsx(input);
    expect(() => book.apply(plan([block("S", 0, 0, [[1]])]))).toThrow(XlsxError);
    expect(changedParts(input, book.toBytes())).toEqual([]);
    const withReport = openXlsx(handPackage({ sheets: [{ name: "S" }, { name: "校验报告" }], workbookHead: '<workbookProtection lockStructure="1"/>' }));
    expect(() => withReport.apply(plan([block("S", 0, 0, [[1]])], [], report()))).not.toThrow();
  });
});

describe("remembering the original fill colour for the add-in", () => {
  const THEME =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office">' +
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    '<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1>' +
    '<a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4>' +
    '<a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink>' +
    '<a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme></a:themeElements></a:theme>';

  it("resolves theme colours with tint, and the indexed palette", () => {
    const styles = SIMPLE_STYLES.replace('<fills count="3">', '<fills count="6">')
      .replace(
        "</fills>",
        '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill>' +
          '<fill><patternFill patternType="solid"><fgColor theme="0" tint="-0.249977111117893"/><bgColor indexed="64"/></patternFill></fill>' +
          '<fill><patternFill patternType="solid"><fgColor indexed="13"/><bgColor indexed="64"/></patternFill></fill></fills>',
      )
      .replace('<cellXfs count="4">', '<cellXfs count="7">')
      .replace("</cellXfs>", '<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="5" borderId="0" xfId="0" applyFill="1"/></cellXfs>');
    const body = '<sheetData><row r="1"><c r="A1" s="4"><v>1</v></c><c r="B1" s="5"><v>1</v></c><c r="C1" s="6"><v>1</v></c></row></sheetData>';
    const input = handPackage({
      sheets: [{ name: "S", body }],
      styles,
      parts: { "xl/theme/theme1.xml": THEME },
      workbookRels: '<Relationship Id="rIdTh" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>',
    });
    const book = openXlsx(input);
    book.apply(plan([], [mark("S", "A1"), mark("S", "B1"), mark("S", "C1")]));
    expect(memoOf(book.toBytes())!.highlights.map((h) => h.fill)).toEqual(["#DCE6F1", "#BFBFBF", "#FFFF00"]);
  });
});
