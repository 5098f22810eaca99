import { Cell, builtinScheme, cellAt, review, templateSheets } from "../../src/core";
import { isErrorValue, setCell } from "../../src/core/testing";
import { XlsxError, createXlsx, openXlsx } from "../../src/xlsx";
import { MAIN, REL, handPackage, partText, wrapSheet } from "./pkg";
import { box } from "../helpers/grids";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

describe("reading cell values", () => {
  const sst =
    `${DECL}<sst xmlns="${MAIN}" count="5" uniqueCount="5">` +
    "<si><t>商会名称</t></si>" +
    '<si><r><rPr><b/></rPr><t>一、政治</t></r><r><t xml:space="preserve">引领好 </t></r><rPh sb="0" eb="1"><t>せいじ</t></rPh></si>' +
    "<si><t>line1_x000D_\nline2 &amp; &lt;x&gt; &#x4E2D;&#22269;</t></si>" +
    "<si><t/></si>" +
    "<si><t><![CDATA[<raw & text>]]></t></si>" +
    "</sst>";
  const body =
    "<sheetData>" +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>4</v></c></row>' +
    '<row r="2"><c r="A2"><v>12.5</v></c><c r="B2" t="n"><v>-3</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#REF!</v></c></row>' +
    '<row r="3"><c r="A3"><f>SUM(A2:B2)</f><v>9.5</v></c><c r="B3" t="str"><f>A1&amp;"x"</f><v>商会x</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3"><f>NOW()</f></c></row>' +
    '<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve">  自评分 </t></is></c><c r="B4" t="inlineStr"><is><r><t>12</t></r><r><t>.5分</t></r></is></c><c r="C4" s="3"/><c r="D4" t="s"><v>3</v></c><c r="E4" s="1"><v>43831</v></c></row>' +
    '<row r="5"><c r="A5" t="d"><v>2020-01-01T12:00:00</v></c></row>' +
    "</sheetData>";
  const book = openXlsx(handPackage({ sheets: [{ name: "值", body }], sst }));
  const g = book.grids()[0];
  const at = (ref: string): Cell => {
    const m = /^([A-Z])(\d+)$/.exec(ref)!;
    return cellAt(g, Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
  };

  it("reads shared strings, rich-text runs joined and phonetic runs left out", () => {
    expect(at("A1")).toBe("商会名称");
    expect(at("B1")).toBe("一、政治引领好 ");
  });

  it("decodes entities, character references, _xHHHH_ escapes and CDATA", () => {
    expect(at("C1")).toBe("line1\r\nline2 & <x> 中国");
    expect(at("D1")).toBe("<raw & text>");
  });

  it("reads numbers, booleans and error values as the core expects them", () => {
    expect(at("A2")).toBe(12.5);
    expect(at("B2")).toBe(-3);
    expect(at("C2")).toBe(true);
    expect(at("D2")).toBe(false);
    expect(at("E2")).toBe("#REF!");
    expect(isErrorValue(at("E2"))).toBe(true);
  });

  it("reads the cached results of formulas, t=\"str\" as text, and no result as empty", () => {
    expect(at("A3")).toBe(9.5);
    expect(at("B3")).toBe("商会x");
    expect(at("C3")).toBe("#DIV/0!");
    expect(at("D3")).toBeNull();
  });

  it("reads inline strings (with xml:space and runs), styled-only and empty cells as null, dates as numbers", () => {
    expect(at("A4")).toBe("  自评分 ");
    expect(at("B4")).toBe("12.5分");
    expect(at("C4")).toBeNull();
    expect(at("D4")).toBeNull();
    expect(at("E4")).toBe(43831);
    expect(at("A5")).toBeCloseTo(43831.5, 6);
  });

  it("gives a rectangular grid from A1", () => {
    expect(box(g).origin).toEqual({ row: 0, col: 0 });
    expect(box(g).values).toHaveLength(5);
    for (const r of box(g).values) expect(r).toHaveLength(5);
  });
});

describe("reading sheet structure", () => {
  it("starts the grid at the used area, not at A1", () => {
    const body =
      "<dimension ref=\"C5:E7\"/><sheetData>" +
      '<row r="5"><c r="D5" t="inlineStr"><is><t>序号</t></is></c></row>' +
      '<row r="7" spans="3:5"><c r="C7"><v>1</v></c><c r="E7"><v>2</v></c></row></sheetData>';
    const g = openXlsx(handPackage({ sheets: [{ name: "S", body }] })).grids()[0];
    expect(box(g).origin).toEqual({ row: 4, col: 2 });
    expect(box(g).values).toEqual([
      [null, "序号", null],
      [null, null, null],
      [1, null, 2],
    ]);
    expect(cellAt(g, 6, 4)).toBe(2);
  });

  it("reads rows and cells that leave out their r attribute", () => {
    const body = '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row></sheetData>';
    const g = openXlsx(handPackage({ sheets: [{ name: "S", body }] })).grids()[0];
    expect(box(g).values).toEqual([
      [1, 2, null],
      [null, null, null],
      [null, 3, 4],
      [5, null, null],
    ]);
  });

  it("reads merged areas 0-based and inclusive", () => {
    const body =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="4"><c r="B4" t="inlineStr"><is><t>一、政治引领好</t></is></c></row></sheetData>' +
      '<mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="B4:B9"/></mergeCells>';
    const g = openXlsx(handPackage({ sheets: [{ name: "S", body }] })).grids()[0];
    expect(g.merges).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 5 },
      { r0: 3, c0: 1, r1: 8, c1: 1 },
    ]);
    expect(box(g).values).toHaveLength(9);
    expect(box(g).values[0]).toHaveLength(6);
  });

  it("marks hidden and protected sheets", () => {
    const book = openXlsx(
      handPackage({
        sheets: [
          { name: "可见", body: "<sheetData/>" },
          { name: "隐藏", body: "<sheetData/>", state: "hidden" },
          { name: "深隐藏", body: "<sheetData/>", state: "veryHidden" },
          { name: "保护", body: '<sheetData/><sheetProtection sheet="1" objects="1" scenarios="1"/>' },
          { name: "未保护", body: '<sheetData/><sheetProtection sheet="0"/>' },
        ],
      }),
    );
    const gs = book.grids();
    expect(gs.map((g) => [g.name, !!g.hidden, !!g.protected])).toEqual([
      ["可见", false, false],
      ["隐藏", true, false],
      ["深隐藏", true, false],
      ["保护", false, true],
      ["未保护", false, false],
    ]);
  });

  it("reads parts written with an x: prefix and no default namespace", () => {
    const pfx = (body: string) => `${DECL}<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}">${body}</x:worksheet>`;
    const sheet = pfx(
      '<x:dimension ref="A1:B2"/><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c></x:row>' +
        '<x:row r="2"><x:c r="A2"><x:v>7</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A2:B2"/></x:mergeCells>',
    );
    const sst = `${DECL}<x:sst xmlns:x="${MAIN}" count="1" uniqueCount="1"><x:si><x:r><x:t>共</x:t></x:r><x:r><x:t>享</x:t></x:r></x:si></x:sst>`;
    const bytes = handPackage({ sheets: [{ name: "前缀", xml: sheet }], sst });
    const g = openXlsx(bytes).grids()[0];
    expect(box(g).values).toEqual([
      ["共享", "内联"],
      [7, null],
    ]);
    expect(g.merges).toEqual([{ r0: 1, c0: 0, r1: 1, c1: 1 }]);
  });

  it("follows relationship targets: absolute, relative with .., and any folder", () => {
    const body = (v: number) => `<sheetData><row r="1"><c r="A1"><v>${v}</v></c></row></sheetData>`;
    const book = openXlsx(
      handPackage({
        sheets: [
          { name: "绝对", body: body(1), part: "xl/worksheets/abs.xml", target: "/xl/worksheets/abs.xml" },
          { name: "相对", body: body(2), part: "xl/other/rel.xml", target: "./other/../other/rel.xml" },
          { name: "上级", body: body(3), part: "sheets/up.xml", target: "../sheets/up.xml" },
        ],
      }),
    );
    expect(book.sheetNames).toEqual(["绝对", "相对", "上级"]);
    expect(book.grids().map((g) => box(g).values[0][0])).toEqual([1, 2, 3]);
  });

  it("hands out copies: changing a grid does not change the book", () => {
    const book = openXlsx(createXlsx([{ name: "S", values: [[1, "a"]], merges: [], widths: [] }]));
    const g = book.grids()[0];
    g.rows[0].values[0] = 99;
    setCell(g, 0, 5, "x");
    expect(book.grids()[0].rows).toEqual([{ row: 0, cols: [0, 1], values: [1, "a"] }]);
  });

  it("reads a template workbook the core recognises", () => {
    const book = openXlsx(createXlsx(templateSheets(builtinScheme("sihao-2020")!)));
    const r = review(book.grids());
    expect(r.scheme.id).toBe("sihao-2020");
    expect(book.sheetNames).toEqual(["推荐名单汇总表", "推荐名额分配表", "自评表（模板）"]);
  });
});

describe("damaged sheet content", () => {
  it("names the sheet and line of malformed XML", () => {
    const book = openXlsx(handPackage({ sheets: [{ name: "坏表", xml: wrapSheet('<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>') }] }));
    let err: unknown;
    try {
      book.grids();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XlsxError);
    const x = err as XlsxError;
    expect(x.code).toBe("corrupt");
    expect(x.sheet).toBe("坏表");
    expect(x.message).toContain("坏表");
    expect(x.message).toContain("xl/worksheets/sheet1.xml");
  });

  it("names the cell that refers to a missing shared string", () => {
    const book = openXlsx(handPackage({ sheets: [{ name: "S", body: '<sheetData><row r="3"><c r="F3" t="s"><v>7</v></c></row></sheetData>' }], sst: ["a"] }));
    expect(() => book.grids()).toThrow(/S.*F3/);
    try {
      book.grids();
    } catch (e) {
      expect((e as XlsxError).code).toBe("corrupt");
      expect((e as XlsxError).text("en")).toContain('sheet "S" F3');
    }
  });

  it("refuses a truncated part", () => {
    const book = openXlsx(handPackage({ sheets: [{ name: "S", xml: wrapSheet("<sheetData><row r=\"1\">").slice(0, -12) }] }));
    expect(() => book.grids()).toThrow(XlsxError);
  });
});

describe("part encodings", () => {
  it("reads a sheet stored as UTF-16 and writes it back as UTF-8 saying so", () => {
    const xml = wrapSheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>十六位</t></is></c></row></sheetData>').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const bytes = handPackage({ sheets: [{ name: "S", part: "xl/worksheets/s.xml", target: "worksheets/s.xml" }], parts: { "xl/worksheets/s.xml": utf16 } });
    const book = openXlsx(bytes);
    expect(box(book.grids()[0]).values).toEqual([["十六位"]]);
    book.apply({ blocks: [{ sheet: "S", row: 0, col: 1, values: [["八位"]] }], highlights: [], report: { sheet: "R", values: [], links: [], widths: [] }, touched: ["S"] });
    const out = partText(book.toBytes(), "xl/worksheets/s.xml");
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(box(openXlsx(book.toBytes()).grids()[0]).values).toEqual([["十六位", "八位"]]);
  });
});
