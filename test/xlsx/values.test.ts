import { cellAt } from "../../src/core";
import { openXlsx } from "../../src/xlsx";
import { shiftFormula } from "../../src/xlsx/formula";
import { block, plan, sihaoGrids, sihaoPlan, sihaoWorkbook } from "./plans";
import { attr, cellStyle, cellXml, changedParts, handPackage, partText } from "./pkg";
import { box } from "../helpers/grids";

const S1 = "xl/worksheets/sheet1.xml";

describe("writing result values", () => {
  it("writes the plan's values where it says, and changes only the parts it must", () => {
    const input = sihaoWorkbook();
    const book = openXlsx(input);
    const p = sihaoPlan(book.grids());
    const stats = book.apply(p);
    const out = book.toBytes();
    const after = openXlsx(out).grids();
    const summary = after.find((g) => g.name === "推荐名单汇总表")!;
    let n = 0;
    for (const b of p.blocks) {
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          expect([b.sheet, b.row + i, b.col + j, cellAt(summary, b.row + i, b.col + j)]).toEqual([b.sheet, b.row + i, b.col + j, v]);
          n++;
        }),
      );
    }
    expect(stats.cellsWritten).toBe(n);
    expect(stats.highlights).toBe(p.highlights.length);
    // The report sheet is added at the end, the others keep their order.
    expect(after.map((g) => g.name)).toEqual([...sihaoGrids().map((g) => g.name), "校验报告"]);
    const changed = changedParts(input, out);
    expect(changed).toEqual(stats.partsChanged);
    const sheetsWritten = new Set([...p.blocks.map((b) => b.sheet), ...p.highlights.map((h) => h.sheet)]);
    const parts = book.sheetNames.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
    for (const [i, name] of book.sheetNames.entries()) {
      if (name === "校验报告") expect(changed).toContain(parts[i]);
      else expect(changed.includes(parts[i])).toBe(sheetsWritten.has(name));
    }
    const others = changed.filter((c) => !parts.includes(c));
    expect(others).toEqual(
      [
        "[Content_Types].xml",
        "customXml/_rels/item1.xml.rels",
        "customXml/item1.xml",
        "customXml/itemProps1.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
      ].sort(),
    );
  });

  it("writes text as text, never as a formula, number or escape", () => {
    const texts = ["=SUM(A1)", "=1+1", "+86", "-", "@x", "-5", "12", " 前后空格 ", "两行\n文字", "_x0041_", "<b>&amp;</b>", "\u0001控制"];
    const book = openXlsx(handPackage({ sheets: [{ name: "S" }] }));
    book.apply(plan([block("S", 0, 0, [texts])]));
    const out = book.toBytes();
    const xml = partText(out, S1);
    expect(xml).not.toMatch(/<f[ >]/);
    for (let c = 0; c < texts.length; c++) expect(cellXml(xml, String.fromCharCode(65 + c) + "1")).toContain('t="inlineStr"');
    expect(box(openXlsx(out).grids()[0]).values[0]).toEqual(texts);
  });

  it("writes numbers as numbers", () => {
    const book = openXlsx(handPackage({ sheets: [{ name: "S" }] }));
    book.apply(plan([block("S", 0, 0, [[432.5, 0, -0, 1e-7, 123456789012]])]));
    const xml = partText(book.toBytes(), S1);
    expect(cellXml(xml, "A1")).toBe('<c r="A1"><v>432.5</v></c>');
    expect(cellXml(xml, "C1")).toBe('<c r="C1"><v>0</v></c>');
    expect(box(openXlsx(book.toBytes()).grids()[0]).values[0]).toEqual([432.5, 0, 0, 1e-7, 123456789012]);
  });

  it("clears a cell for null, keeping its format", () => {
    const body = '<sheetData><row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>5</v></c><c r="C1" s="1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>';
    const book = openXlsx(handPackage({ sheets: [{ name: "S", body }], sst: ["旧"] }));
    book.apply(plan([block("S", 0, 0, [[null, null, "新"]])]));
    const xml = partText(book.toBytes(), S1);
    expect(cellXml(xml, "A1")).toBe('<c r="A1" s="2"/>');
    expect(cellXml(xml, "B1")).toBeNull();
    expect(cellXml(xml, "C1")).toBe('<c r="C1" s="1" t="inlineStr"><is><t>新</t></is></c>');
  });

  it("puts new rows and cells in order, keeps row attributes, and grows the dimension and spans", () => {
    const body =
      '<dimension ref="B2:D5"/><sheetData>' +
      '<row r="2" spans="2:4" ht="24" customHeight="1"><c r="B2"><v>1</v></c><c r="D2"><v>2</v></c></row>' +
      '<row r="5" spans="2:4"><c r="B5" s="1"><v>3</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    const book = openXlsx(handPackage({ sheets: [{ name: "S", body }] }));
    book.apply(plan([block("S", 0, 0, [["A1"]]), block("S", 1, 2, [["C2"]]), block("S", 2, 1, [["B3"]]), block("S", 6, 7, [["H7"]]), block("S", 4, 0, [[0]])]));
    const xml = partText(book.toBytes(), S1);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([1, 2, 3, 5, 7]);
    expect(xml).toContain('<row r="2" spans="2:4" ht="24" customHeight="1"><c r="B2"><v>1</v></c><c r="C2" t="inlineStr"><is><t>C2</t></is></c><c r="D2"><v>2</v></c></row>');
    expect(xml).toContain('<row r="5" spans="1:4"><c r="A5"><v>0</v></c><c r="B5" s="1"><v>3</v></c></row>');
    expect(xml).toContain('<dimension ref="A1:H7"/>');
    expect(xml).toContain('<pageMargins left="0.7"');
    const g = openXlsx(book.toBytes()).grids()[0];
    expect(cellAt(g, 6, 7)).toBe("H7");
    expect(cellAt(g, 1, 1)).toBe(1);
  });

  it("gives a new cell its row's or column's format", () => {
    const body =
      '<cols><col min="3" max="4" width="12" style="2" customWidth="1"/></cols><sheetData>' +
      '<row r="1" s="1" customFormat="1"><c r="A1" s="1"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData>';
    const book = openXlsx(handPackage({ sheets: [{ name: "S", body }] }));
    book.apply(plan([block("S", 0, 1, [["x"]]), block("S", 1, 2, [["y"]]), block("S", 1, 1, [["z"]])]));
    const xml = partText(book.toBytes(), S1);
    expect(cellStyle(xml, "B1")).toBe(1);
    expect(cellStyle(xml, "C2")).toBe(2);
    expect(attr(cellXml(xml, "B2")!, "s")).toBeNull();
  });

  it("writes into rows and cells that leave out their r attribute", () => {
    const body = "<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>";
    const book = openXlsx(handPackage({ sheets: [{ name: "S", body }] }));
    book.apply(plan([block("S", 1, 1, [["x"]])]));
    const g = openXlsx(book.toBytes()).grids()[0];
    expect(box(g).values).toEqual([
      [1, 2],
      [3, "x"],
    ]);
  });

  it("keeps the x: prefix of a prefixed sheet for what it adds", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const book = openXlsx(handPackage({ sheets: [{ name: "S", xml }] }));
    book.apply(plan([block("S", 0, 1, [["文"]]), block("S", 2, 0, [[2]])]));
    const out = partText(book.toBytes(), S1);
    expect(out).toContain('<x:c r="B1" t="inlineStr"><x:is><x:t>文</x:t></x:is></x:c>');
    expect(out).toContain('<x:row r="3"><x:c r="A3"><x:v>2</x:v></x:c></x:row>');
    expect(box(openXlsx(book.toBytes()).grids()[0]).values).toEqual([[1, "文"], [null, null], [2, null]]);
  });

  it("refuses a plan that names a sheet the workbook does not have, changing nothing", () => {
    const input = handPackage({ sheets: [{ name: "S" }] });
    const book = openXlsx(input);
    expect(() => book.apply(plan([block("没有", 0, 0, [[1]])]))).toThrow(/没有/);
    expect(changedParts(input, book.toBytes())).toEqual([]);
  });
});

describe("overwriting formulas", () => {
  const calcChain = (entries: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${entries}</calcChain>`;
  const withChain = (entries: string, s1: string, s2 = "<sheetData/>") =>
    handPackage({
      sheets: [
        { name: "A", body: s1 },
        { name: "B", body: s2 },
      ],
      workbookTail: '<calcPr calcId="191029"/>',
      parts: { "xl/calcChain.xml": calcChain(entries) },
      workbookRels: '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>',
      types: '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
    });

  const sheetA =
    "<sheetData>" +
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c><c r="C1"><f>B1+1</f><v>3</v></c></row>' +
    "</sheetData>";
  const sheetB = '<sheetData><row r="1"><c r="A1"><f>A!C1</f><v>3</v></c></row></sheetData>';

  it("removes the overwritten cell from the calc chain and asks Excel to recalculate", () => {
    const book = openXlsx(withChain('<c r="B1" i="1"/><c r="C1"/><c r="A1" i="2"/>', sheetA, sheetB));
    book.apply(plan([block("A", 0, 1, [[10]])]));
    const out = book.toBytes();
    expect(partText(out, "xl/calcChain.xml")).toContain('<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C1" i="1"/><c r="A1" i="2"/></calcChain>');
    expect(partText(out, "xl/workbook.xml")).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    const xml = partText(out, S1);
    expect(cellXml(xml, "B1")).toBe('<c r="B1"><v>10</v></c>');
    expect(cellXml(xml, "C1")).toContain("<f>B1+1</f>");
  });

  it("drops an emptied calc chain with its relationship and content type", () => {
    const book = openXlsx(withChain('<c r="B1" i="1"/><c r="C1" i="1"/>', sheetA));
    book.apply(plan([block("A", 0, 1, [["x", "y"]])]));
    const out = book.toBytes();
    expect(() => partText(out, "xl/calcChain.xml")).toThrow(/no part/);
    expect(partText(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(partText(out, "[Content_Types].xml")).not.toContain("calcChain");
  });

  it("writes a shared formula out in full in the cells that relied on an overwritten first cell", () => {
    const body =
      "<sheetData>" +
      '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">SUM(A2:B2)*$A$2</f><v>3</v></c></row>' +
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>4</v></c><c r="C3"><f t="shared" si="0"/><v>7</v></c></row>' +
      '<row r="4"><c r="A4"><v>5</v></c><c r="B4"><v>6</v></c><c r="C4"><f t="shared" si="0"/><v>11</v></c></row>' +
      "</sheetData>";
    const book = openXlsx(handPackage({ sheets: [{ name: "A", body }] }));
    book.apply(plan([block("A", 1, 2, [["核验"]])]));
    const xml = partText(book.toBytes(), S1);
    expect(cellXml(xml, "C2")).toBe('<c r="C2" t="inlineStr"><is><t>核验</t></is></c>');
    expect(cellXml(xml, "C3")).toBe('<c r="C3"><f>SUM(A3:B3)*$A$2</f><v>7</v></c>');
    expect(cellXml(xml, "C4")).toBe('<c r="C4"><f>SUM(A4:B4)*$A$2</f><v>11</v></c>');
    expect(partText(book.toBytes(), "xl/workbook.xml")).toContain('<calcPr fullCalcOnLoad="1"/>');
  });

  it("ends an array formula that a write cuts into; its cells keep their values", () => {
    const body =
      '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:A2">ROW(1:2)</f><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>';
    const book = openXlsx(handPackage({ sheets: [{ name: "A", body }] }));
    book.apply(plan([block("A", 1, 0, [[9]])]));
    const xml = partText(book.toBytes(), S1);
    expect(cellXml(xml, "A1")).toBe('<c r="A1"><v>1</v></c>');
    expect(cellXml(xml, "A2")).toBe('<c r="A2"><v>9</v></c>');
  });

  it("leaves workbook.xml alone when nothing in the workbook is a formula", () => {
    const input = handPackage({
      sheets: [{ name: "A", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }, { name: "校验报告" }],
      workbookTail: '<calcPr calcId="191029"/>',
    });
    const book = openXlsx(input);
    book.apply(plan([block("A", 0, 1, [[2]])]));
    expect(partText(book.toBytes(), "xl/workbook.xml")).toBe(partText(input, "xl/workbook.xml"));
  });
});

describe("moving a shared formula", () => {
  it.each([
    ["SUM(A2:B2)", 1, 0, "SUM(A3:B3)"],
    ["$A$2+A$2+$A2", 2, 3, "$A$2+D$2+$A4"],
    ['IF(A1="A1",LOG10(B1),\'A 1\'!C1)', 1, 1, 'IF(B2="A1",LOG10(C2),\'A 1\'!D2)'],
    ["Sheet2!A1:B2+SUM(C:C)+SUM(3:4)", 1, 1, "Sheet2!B2:C3+SUM(D:D)+SUM(4:5)"],
    ["A1-1", -1, 0, "#REF!-1"],
    ["Table1[[#This Row],[A1]]+TRUE", 1, 0, "Table1[[#This Row],[A1]]+TRUE"],
    ["1.5E3+A1", 0, 1, "1.5E3+B1"],
  ])("%s moved by (%i, %i)", (f, dr, dc, want) => {
    expect(shiftFormula(f as string, dr as number, dc as number)).toBe(want);
  });
});
