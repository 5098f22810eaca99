/**
 * A write indexes the sheets it patches; rows in the plain shape are indexed without the
 * general scanner (sheetRows.ts), which gives up on anything else. On every shape the
 * index (every offset, format and formula) or the error must be the general scanner's exactly,
 * so `check`'s rehearsal and `fill` refuse the same files.
 */
import { unzipSync } from "fflate";
import { XlsxError, createXlsx } from "../../src/xlsx";
import { fastIndexRows, indexSheet } from "../../src/xlsx/sheetIndex";
import { nationalSheets } from "../../bench/national";

const PART = "xl/worksheets/sheet1.xml";
const sheet = (rows: string, after = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="urn:x14ac"><dimension ref="A1"/><cols><col min="2" max="3" width="9" style="4"/></cols><sheetData>${rows}</sheetData>${after}</worksheet>`;

/** Shapes the plain path takes. */
const PLAIN: [string, string][] = [
  ["as this tool writes", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>25</v></c></row><row r="2"><c r="C2" t="inlineStr"><is><t xml:space="preserve"> a&amp;b </t></is></c></row>')],
  ["as Excel writes", sheet('<row r="1" spans="1:6" s="5" customFormat="1" x14ac:dyDescent="0.25"><c r="A1" s="7"/><c r="B1" s="0" t="s"><v>12</v></c></row><row r="3" spans="1:6" ht="20" customHeight="1"><c r="F3"><v>-2.5E-3</v></c></row>')],
  ["custom format true, odd format values", sheet('<row r="2" customFormat="true" s="9"><c r="A2" s=""><v>1</v></c><c r="B2" s="007"><v>2</v></c><c r="C2" s="1.5"><v>3</v></c><c r="D2" s="-1"><v>4</v></c><c r="E2" s="99999999999"><v>5</v></c></row>')],
  ["no references, self-closing rows", sheet('<row/><row><c><v>1</v></c><c/><c t="s"><v>3</v></c></row><row r="9"/><row><c><v>2</v></c></row>')],
  ["spaces and line breaks between elements", sheet('\n  <row r="1">\n    <c r="A1">\n      <v>1</v>\n    </c>\n  </row>\n')],
  ["far cell, rows out of order", sheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>')],
  ["empty sheetData, merges and protection after", sheet("", '<sheetProtection sheet="1"/><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>')],
  ["tabs in a tag", sheet('<row\tr="1"><c\tr="A1"\ts="3"><v>1</v></c></row>')],
  ["values with entities or spaces", sheet('<row r="1"><c r="A1"><v> 7 </v></c><c r="B1" t="str"><v>&lt;x&gt;</v></c><c r="C1"><v></v></c></row>')],
];

/** Shapes left to the general scanner (or refused by it). */
const OTHER: [string, string][] = [
  ["formulas", sheet('<row r="1"><c r="A1"><f>B1+C1</f><v>3</v></c><c r="B1"><f t="shared" si="0" ref="B1:B3">C1</f><v>1</v></c><c r="C1"><f t="shared" si="0"/><v>1</v></c></row>')],
  ["prefixes", `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" s="2"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`],
  ["comments and odd spacing", sheet('<row r="1" ><!-- a --><c r="A1"  s="1" ><v>0</v></c>\n<c r=\'B1\' s = "2"><v>4</v></c></row>')],
  ["lower-case and absolute references", sheet('<row r="1"><c r="a1"><v>1</v></c><c r="$B$1"><v>2</v></c></row>')],
  ["prefixed attributes", sheet('<row x:r="4" xmlns:x="urn:x"><c x:r="B4" x:s="3"><v>1</v></c></row><row r="5" x:customFormat="1" s="2"><c r="A5"/></row>')],
  ["a value holding an attribute", sheet('<row r="1"><c foo="a r=" r="B1" s="2"><v>1</v></c></row>')],
  ["an attribute twice", sheet('<row r="1"><c r="A1" r="C1" s="1" s="2"><v>1</v></c></row>')],
  ["rich inline text and extensions", sheet('<row r="1"><c r="A1" t="inlineStr"><is><r><t>自</t></r><rPh><t>ひ</t></rPh></is></c><c r="B1"><v>1</v><extLst><ext uri="x"/></extLst></c></row>')],
  ["entity in a reference", sheet('<row r="1"><c r="A&#49;"><v>1</v></c></row>')],
  ["unknown entity in a formula", sheet('<row r="1"><c r="A1"><f>A&bogus;</f><v>1</v></c></row>')],
  ["no sheetData", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><pageMargins left="0.7"/></worksheet>`],
  ["a cell outside a row", sheet('<c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row>')],
  ["end tags with spaces", sheet('<row r="1"><c r="A1"><v>1</v></c ></row ></sheetData >'.replace("</sheetData >", ""))],
];

const BROKEN: [string, string][] = [
  ["bad reference", sheet('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>')],
  ["empty reference", sheet('<row r="1"><c r=""><v>1</v></c></row>')],
  ["bad row number", sheet('<row r="0"><c><v>1</v></c></row>')],
  ["row past the grid", sheet('<row r="1048577"><c><v>1</v></c></row>')],
  ["column past the grid", sheet('<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>')],
  ["row not closed", sheet('<row r="1"><c r="A1"><v>1</v></c>')],
  ["cell not closed", sheet('<row r="1"><c r="A1"><v>1</v></row>')],
  ["text cut short", sheet('<row r="1"><c r="A1"><v>1').slice(0, -60)],
];

function outcome(index: () => unknown): unknown {
  try {
    return index();
  } catch (e) {
    return e instanceof XlsxError ? { code: e.code, message: e.message } : e;
  }
}

const both = (xml: string) => [outcome(() => indexSheet(xml, PART, "自评表")), outcome(() => indexSheet(xml, PART, "自评表", false))];
const plainTaken = (xml: string) => fastIndexRows(xml, xml.indexOf("<sheetData>") + "<sheetData>".length, -1) !== null;

test.each(PLAIN)("%s: taken by the plain path, the general scanner's index", (_name, xml) => {
  const [fast, general] = both(xml);
  expect(fast).toEqual(general);
  expect(fast).toHaveProperty("rows");
  expect(plainTaken(xml)).toBe(true);
});

test.each(OTHER)("%s: left to the general scanner, the same index", (_name, xml) => {
  const [fast, general] = both(xml);
  expect(fast).toEqual(general);
  if (xml.includes("<sheetData>")) expect(plainTaken(xml)).toBe(false);
});

test.each(BROKEN)("%s: the same error", (_name, xml) => {
  const [fast, general] = both(xml);
  expect(fast).toEqual(general);
  expect(fast).toHaveProperty("code");
});

test("formats and offsets of a plain sheet, as written", () => {
  const xml = PLAIN[1][1];
  const ix = indexSheet(xml, PART, "自评表");
  expect(ix.rows.map((r) => [r.row, r.style, r.cells.map((c) => [c.col, c.style, xml.slice(c.start, c.end)])])).toEqual([
    [0, 5, [[0, 7, '<c r="A1" s="7"/>'], [1, 0, '<c r="B1" s="0" t="s"><v>12</v></c>']]],
    [2, null, [[5, null, '<c r="F3"><v>-2.5E-3</v></c>']]],
  ]);
  expect(ix.cols).toEqual([{ min: 1, max: 2, style: 4 }]);
});

test("every sheet of a workbook this tool writes takes the plain path, with the general index", () => {
  const parts = unzipSync(createXlsx(nationalSheets(3, { defectRate: 0.3 })));
  const sheets = Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  expect(sheets.length).toBeGreaterThan(3);
  for (const n of sheets) {
    const xml = new TextDecoder().decode(parts[n]);
    expect(plainTaken(xml)).toBe(true);
    expect(indexSheet(xml, n, n)).toEqual(indexSheet(xml, n, n, false));
  }
});
