/**
 * The file adapter and the add-in's undo record: a fill or a clear by the CLI changes the
 * workbook the record describes, so the record goes (its item, properties, relationships and
 * content types), and the add-in then has nothing to undo rather than something wrong.
 */
import { zipSync } from "fflate";
import { UNDO_NAMESPACE, undoParts } from "../../src/core";
import { memoFromXml } from "../../src/core/testing";
import { openXlsx } from "../../src/xlsx";
import { mark, plan } from "./plans";
import { SIMPLE_STYLES, handPackage, partText, unzip } from "./pkg";

function withRecord(): Uint8Array {
  const [xml] = undoParts({ version: 1, id: "r1", time: "2020-10-15T01:30:00.000Z", sheets: ["自评表"], table: null, blocks: [], fills: [], report: null, memoBefore: null });
  const body = '<sheetData><row r="2"><c r="B2"><v>12.5</v></c></row></sheetData>';
  return handPackage({
    sheets: [{ name: "自评表", body }],
    styles: SIMPLE_STYLES,
    parts: {
      "customXml/item1.xml": xml,
      "customXml/itemProps1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${UNDO_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
      "customXml/_rels/item1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    },
    workbookRels: '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>',
    types: '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
  });
}

describe("the add-in's undo record in a file the CLI writes", () => {
  it("goes when the CLI fills: no item, properties, relationship or content type of it is left", () => {
    const book = openXlsx(withRecord());
    book.apply(plan([], [mark("自评表", "B2")]));
    const files = unzip(book.toBytes());
    const texts = Object.entries(files).filter(([n]) => n.startsWith("customXml/") && n.endsWith(".xml"));
    expect(texts.some(([, v]) => new TextDecoder().decode(v).includes(UNDO_NAMESPACE))).toBe(false);
    // One custom XML relationship is left: the memo's, in a new item; the record's item and its properties are gone.
    const rels = partText(book.toBytes(), "xl/_rels/workbook.xml.rels");
    expect(rels.match(/relationships\/customXml"/g)).toHaveLength(1);
    expect(rels).not.toContain("../customXml/item1.xml");
    expect(files["customXml/item1.xml"]).toBeUndefined();
    expect(files["customXml/itemProps1.xml"]).toBeUndefined();
    // The memo the fill wrote is there, in a part of its own.
    const memo = texts.map(([, v]) => new TextDecoder().decode(v)).find((t) => t.includes("urn:review-assistant:state:1"))!;
    expect(memoFromXml(memo).highlights).toEqual([{ sheet: "自评表", cell: "B2", fill: null, style: 0 }]);
  });

  it("goes when the CLI clears the marks", () => {
    const book = openXlsx(withRecord());
    book.apply(plan([], [mark("自评表", "B2")]));
    // The add-in fills again afterwards and leaves a record beside the memo.
    const filled = unzip(book.toBytes());
    const recorded = unzip(withRecord());
    for (const name of ["customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"]) filled[name] = recorded[name];
    const rels = new TextDecoder().decode(filled["xl/_rels/workbook.xml.rels"]);
    filled["xl/_rels/workbook.xml.rels"] = new TextEncoder().encode(rels.replace("</Relationships>", '<Relationship Id="rIdU" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'));
    const again = openXlsx(zipSync(filled));
    expect(again.clearHighlights()).toBe(1);
    const files = unzip(again.toBytes());
    expect(Object.values(files).some((v) => new TextDecoder().decode(v).includes(UNDO_NAMESPACE))).toBe(false);
  });
});
