/**
 * Sheet rows are read by a plain-shape path (sheetRows.ts, sheetFast.ts) that gives up on anything else:
 * on every shape, it must give the general scanner's grid, or its error, exactly.
 */
import { readSheet, readSheetGeneral } from "../../src/xlsx/read";
import { XlsxError } from "../../src/xlsx";

const SST = ["序号", "分值", "", "四川省科技装备业商会"];
const ctx = { part: "xl/worksheets/sheet1.xml", sheet: "自评表", sst: SST, pool: new Map<string, string>() };

const sheet = (rows: string, after = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>${rows}</sheetData>${after}</worksheet>`;

const OUTSIDE = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><row r="5"/><sheetData><row><c><v>1</v></c></row></sheetData><c><v>2</v></c></worksheet>`;

const SHAPES: [string, string][] = [
  ["plain", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>25</v></c><c r="C2" t="s"><v>3</v></c></row>')],
  ["decimals and signs", sheet('<row r="1"><c r="A1"><v>-2.5</v></c><c r="B1"><v>1E-3</v></c><c r="C1"><v> 7 </v></c><c r="D1"><v>007</v></c></row>')],
  ["empty shared string and empty value", sheet('<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1"><v></v></c><c r="C1"/><c r="D1"><v>4</v></c></row>')],
  ["inline strings", sheet('<row r="3"><c r="B3" t="inlineStr"><is><t xml:space="preserve"> 前后 </t></is></c><c r="C3" t="inlineStr"><is><t>a&amp;b_x000D_</t></is></c></row>')],
  ["rich inline text", sheet('<row r="1"><c r="A1" t="inlineStr"><is><r><t>自</t></r><r><t>评</t></r><rPh><t>ひ</t></rPh></is></c></row>')],
  ["formulas", sheet('<row r="1"><c r="A1"><f>B1+C1</f><v>3</v></c><c r="B1"><f t="shared" si="0"/><v>1</v></c><c r="C1" t="str"><f>"x"</f><v>x</v></c></row>')],
  ["booleans, errors, dates", sheet('<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#REF!</v></c><c r="C1" t="d"><v>2020-10-15</v></c></row>')],
  ["no references", sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="s"><v>3</v></c></row>')],
  ["prefixes", `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`],
  ["comments and odd spacing", sheet('<row r="1" ><!-- a --><c r="A1"  t="s" ><v>0</v></c>\n<c r=\'B1\'><v>4</v></c></row>')],
  ["lower-case and absolute references", sheet('<row r="1"><c r="a1"><v>1</v></c><c r="$B$1"><v>2</v></c></row>')],
  ["far cell", sheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')],
  ["rows out of order", sheet('<row r="5"><c r="A5"><v>5</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>')],
  ["merges and protection after the rows", sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<sheetProtection sheet="1"/><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>')],
  ["extension inside a cell", sheet('<row r="1"><c r="A1"><v>1</v><extLst><ext uri="x"/></extLst></c></row>')],
  ["prefixed r attribute", sheet('<row r="1"><c x:r="B1" xmlns:x="urn:x"><v>1</v></c></row>')],
  ["no space between attributes", sheet('<row r="1"><c r="A1"t="s"><v>1</v></c></row>')],
  ["a row before and a cell after sheetData", OUTSIDE],
];

const BROKEN: [string, string][] = [
  ["shared string out of range", sheet('<row r="1"><c r="A1" t="s"><v>9</v></c></row>')],
  ["not a number", sheet('<row r="1"><c r="A1"><v>0x10</v></c></row>')],
  ["bad reference", sheet('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>')],
  ["bad row number", sheet('<row r="0"><c><v>1</v></c></row>')],
  ["row not closed", sheet('<row r="1"><c r="A1"><v>1</v></c>')],
  ["cell not closed", sheet('<row r="1"><c r="A1"><v>1</v></row>')],
  ["text cut short", sheet('<row r="1"><c r="A1"><v>1').slice(0, -30)],
  ["a value holding a reference attribute", sheet('<row r="1"><c foo="a r=" r="B1"><v>1</v></c></row>')],
  ["eight-digit row number", sheet('<row r="00000001"><c><v>1</v></c></row>')],
];

function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (e) {
    return e instanceof XlsxError ? { code: e.code, message: e.message } : e;
  }
}

test.each(SHAPES)("%s: the same grid as the general scanner", (_name, xml) => {
  const fast = readSheet(xml, ctx);
  expect(fast).toEqual(readSheetGeneral(xml, ctx));
  expect(fast.grid.rows.length).toBeGreaterThan(0);
});

test.each(SHAPES)("%s: the same first rows", (_name, xml) => {
  expect(readSheet(xml, ctx, { rows: 2, partial: false })).toEqual(readSheetGeneral(xml, ctx, { rows: 2, partial: false }));
});

test.each(BROKEN)("%s: the same error as the general scanner", (_name, xml) => {
  const fast = outcome(() => readSheet(xml, ctx));
  expect(fast).toEqual(outcome(() => readSheetGeneral(xml, ctx)));
  expect(fast).toHaveProperty("code");
});

test("plain numbers stay numbers and texts are decoded", () => {
  const g = readSheet(SHAPES[0][1], ctx).grid;
  expect(g.rows.map((r) => r.values)).toEqual([["序号", "分值"], [1, 25, "四川省科技装备业商会"]]);
  const t = readSheet(SHAPES[3][1], ctx).grid;
  expect(t.rows[0].values).toEqual([" 前后 ", "a&b\r"]);
});

test("malformed tags and rows outside sheetData are read as the general scanner reads them", () => {
  // `t` glued to the value before it is no attribute to the general reader: a number, not string 1.
  expect(readSheet(SHAPES.find(([n]) => n === "no space between attributes")![1], ctx).grid.rows).toEqual([{ row: 0, cols: [0], values: [1] }]);
  // The row before <sheetData> is row 5, so the next is 6; the cell after it goes on in that row.
  expect(readSheet(OUTSIDE, ctx).grid.rows).toEqual([{ row: 5, cols: [0, 1], values: [1, 2] }]);
  for (const [name, code] of [["a value holding a reference attribute", "corrupt"], ["eight-digit row number", "corrupt"]]) {
    expect(outcome(() => readSheet(BROKEN.find(([n]) => n === name)![1], ctx))).toHaveProperty("code", code);
  }
});
