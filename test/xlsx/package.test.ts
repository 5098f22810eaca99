import { strToU8 } from "fflate";
import { SCHEME_SETTING, builtinScheme, templateSheets } from "../../src/core";
import { XlsxError, createXlsx, openXlsx } from "../../src/xlsx";
import { box } from "../helpers/grids";
import { block, mark, plan, report } from "./plans";
import { SIMPLE_STYLES, changedParts, handPackage, partText, unzip, wrapSheet } from "./pkg";

const DEFINED =
  "<definedNames><definedName name=\"合计区\">'推荐名单汇总表'!$E$3:$E$20</definedName>" +
  "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'推荐名单汇总表'!$A$1:$F$20</definedName></definedNames>";

describe("the report sheet", () => {
  it("is added with internal links and column widths, after the other sheets", () => {
    const book = openXlsx(handPackage({ sheets: [{ name: "推荐名单汇总表" }, { name: "自评表A" }], workbookTail: DEFINED }));
    const rep = report();
    rep.values.push(["错误", "SCORE_MISSING", "自评表A", "F12", "自评分为空"], ["警告", "OVER_QUOTA", "Bob's 表", "B3", "x"]);
    rep.links.push({ row: 4, col: 3, sheet: "自评表A", cell: "F12" }, { row: 5, col: 3, sheet: "Bob's 表", cell: "B3" });
    book.apply(plan([], [], rep));
    const out = book.toBytes();
    expect(book.sheetNames).toEqual(["推荐名单汇总表", "自评表A", "校验报告"]);
    const wb = partText(out, "xl/workbook.xml");
    expect(wb).toContain('<sheet name="校验报告" sheetId="3" r:id="rId3"/></sheets>');
    expect(wb).toContain(DEFINED);
    const xml = partText(out, "xl/worksheets/sheet3.xml");
    expect(xml).toContain('<hyperlink ref="D5" location="\'自评表A\'!F12" display="F12"/>');
    expect(xml).toContain('<hyperlink ref="D6" location="\'Bob\'\'s 表\'!B3" display="B3"/>');
    expect(xml).toContain('<col min="1" max="1" width="12.7109375" customWidth="1"/>');
    expect(partText(out, "[Content_Types].xml")).toContain('<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
    expect(box(openXlsx(out).grids()[2]).values[4]).toEqual(["错误", "SCORE_MISSING", "自评表A", "F12", "自评分为空"]);
  });

  it("replaces an existing report sheet in place: same part, same position, same id", () => {
    const old = wrapSheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>旧报告</t></is></c></row><row r="40"><c r="A40"><v>1</v></c></row></sheetData>');
    const input = handPackage({ sheets: [{ name: "A" }, { name: "校验报告", xml: old }, { name: "B" }], workbookTail: DEFINED });
    const book = openXlsx(input);
    const stats = book.apply(plan([], [], report()));
    const out = book.toBytes();
    expect(book.sheetNames).toEqual(["A", "校验报告", "B"]);
    expect(stats.partsChanged).toEqual(["xl/worksheets/sheet2.xml"]);
    expect(changedParts(input, out)).toEqual(["xl/worksheets/sheet2.xml"]);
    const g = openXlsx(out).grids()[1];
    expect(box(g).values[0][0]).toBe("校验报告");
    expect(box(g).values).toHaveLength(4);
  });

  it("finds the existing report sheet whatever the case of its name", () => {
    const input = handPackage({ sheets: [{ name: "A" }, { name: "Report" }] });
    const book = openXlsx(input);
    book.apply(plan([], [], report("REPORT")));
    expect(book.sheetNames).toEqual(["A", "Report"]);
  });
});

describe("adding sheets", () => {
  it("makes names legal and unique and appends the sheets", () => {
    const input = createXlsx([{ name: "自评表", values: [["a"]], merges: [], widths: [] }]);
    const book = openXlsx(input);
    const long = "四川省成都市某某区某某街道某某行业商会第一届自评表（修订）";
    const names = book.addSheets([
      { name: "自评表", values: [[1]], merges: [], widths: [] },
      { name: "a/b:c*d?[e]\\f", values: [], merges: [], widths: [] },
      { name: long, values: [["x"]], merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }], widths: [10] },
      { name: long, values: [], merges: [], widths: [] },
      { name: "'history'", values: [], merges: [], widths: [] },
      { name: "", values: [], merges: [], widths: [] },
    ]);
    expect(names).toEqual(["自评表 (2)", "a_b_c_d__e__f", long.slice(0, 31), long.slice(0, 27) + " (2)", "history_", "Sheet"]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(book.sheetNames).toEqual(["自评表", ...names]);
    const out = book.toBytes();
    expect(changedParts(input, out).filter((p) => !/sheet\d+\.xml$/.test(p))).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml"]);
    const gs = openXlsx(out).grids();
    expect(box(gs[1]).values).toEqual([[1]]);
    expect(gs[3].merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 2 }]);
  });

  it("refuses when the workbook structure is protected", () => {
    const book = openXlsx(handPackage({ sheets: [{ name: "S" }], workbookHead: '<workbookProtection lockStructure="1"/>' }));
    expect(() => book.addSheets([{ name: "新", values: [], merges: [], widths: [] }])).toThrow(XlsxError);
    expect(book.sheetNames).toEqual(["S"]);
  });
});

describe("a new workbook", () => {
  it("holds the template's sheets, merges and widths", () => {
    const specs = templateSheets(builtinScheme("sihao-2020")!);
    const bytes = createXlsx(specs);
    const book = openXlsx(bytes);
    expect(book.sheetNames).toEqual(specs.map((s) => s.name));
    const gs = book.grids();
    expect(box(gs[0]).values[1]).toEqual(specs[0].values[1]);
    expect(gs[2].merges).toEqual(specs[2].merges);
    expect(partText(bytes, "xl/worksheets/sheet1.xml")).toContain('<col min="3" max="3" width="36.7109375" customWidth="1"/>');
    expect(partText(bytes, "xl/styles.xml")).toContain("<cellXfs count=\"1\">");
  });
});

describe("the stored scheme", () => {
  const we = (value: string) =>
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{A1B2C3D4-0000-0000-0000-000000000001}">' +
    '<we:reference id="review-assistant" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>' +
    `<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="${SCHEME_SETTING}" value="${value}"/></we:properties>` +
    '<we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>';
  const scheme = JSON.stringify({ base: "sihao-2020", id: "sihao-sichuan", title: { zh: "四川 \"四好\"", en: "Sichuan" } });
  const attrValue = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

  it("is the JSON text of the add-in's setting, unwrapped from its JSON string", () => {
    const book = openXlsx(handPackage({ sheets: [{ name: "S" }], parts: { "xl/webextensions/webextension1.xml": we(attrValue(JSON.stringify(scheme))) } }));
    expect(book.storedScheme()).toBe(scheme);
    expect(JSON.parse(book.storedScheme()!).title.zh).toBe('四川 "四好"');
  });

  it("accepts a setting stored as an object, and is null when there is none", () => {
    const book = openXlsx(handPackage({ sheets: [{ name: "S" }], parts: { "xl/webextensions/webextension1.xml": we(attrValue(scheme)) } }));
    expect(JSON.parse(book.storedScheme()!)).toEqual(JSON.parse(scheme));
    expect(openXlsx(handPackage({ sheets: [{ name: "S" }] })).storedScheme()).toBeNull();
  });
});

describe("what the writer does not know survives byte for byte", () => {
  const X14 =
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">' +
    "<x14:formula1><xm:f>'推荐名额分配表'!$A$2:$A$32</xm:f></x14:formula1><xm:sqref>B3:B200</xm:sqref></x14:dataValidation></x14:dataValidations></ext>" +
    '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/>' +
    "<x14:sparklines><x14:sparkline><xm:f>'自评表'!E4:E10</xm:f><xm:sqref>G3</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>";
  const OTHER_CUSTOM = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APA.XSL"/>';
  const body =
    '<sheetPr><tabColor rgb="FFFF0000"/></sheetPr><dimension ref="A1:C3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"/>' +
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>省份</t></is></c></row><row r="3"><c r="A3" s="1"><v>1</v></c></row></sheetData>' +
    '<conditionalFormatting sqref="A3:A9"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>350</formula></cfRule></conditionalFormatting>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    X14;

  it("keeps a touched sheet's extension list, and other packages' custom XML, exactly", () => {
    const input = handPackage({
      sheets: [{ name: "推荐名单汇总表", body }, { name: "推荐名额分配表" }],
      styles: SIMPLE_STYLES,
      parts: {
        "customXml/item1.xml": OTHER_CUSTOM,
        "customXml/itemProps1.xml":
          '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{9B4A2E3A-1E11-4C6B-8F2E-5A0D9E1B2C3D}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>',
        "customXml/_rels/item1.xml.rels":
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
        "xl/media/image1.png": strToU8("not really a png, but bytes all the same"),
      },
      workbookRels: '<Relationship Id="rIdCx" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>',
    });
    const book = openXlsx(input);
    book.apply(plan([block("推荐名单汇总表", 2, 1, [["写入", 2]])], [mark("推荐名单汇总表", "A3")]));
    const out = book.toBytes();
    const before = unzip(input);
    const after = unzip(out);
    for (const name of ["customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels", "xl/media/image1.png", "xl/worksheets/sheet2.xml"]) {
      expect([name, after[name]]).toEqual([name, before[name]]);
    }
    // Our memo goes into a part of its own.
    expect(partText(out, "customXml/item2.xml")).toContain("urn:review-assistant:state:1");
    const sheet = partText(out, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(X14);
    expect(sheet.slice(sheet.indexOf("</sheetData>"))).toBe(partText(input, "xl/worksheets/sheet1.xml").slice(partText(input, "xl/worksheets/sheet1.xml").indexOf("</sheetData>")));
    expect(sheet.slice(0, sheet.indexOf("<sheetData>"))).toBe(partText(input, "xl/worksheets/sheet1.xml").slice(0, partText(input, "xl/worksheets/sheet1.xml").indexOf("<sheetData>")));
  });
});
