/**
 * The one fast reader of sheet rows (sheetRows.ts) against the general scanner, on generated
 * worksheet XML of mixed shapes: inline strings, rich text, shared formulas, missing and odd
 * references, namespace prefixes, CDATA, entities, comments, odd attribute spacing, text cut
 * short. On every document the grid (values, or the error) and the patch index (every offset,
 * format and formula, or the error) must be exactly the general scanner's.
 */
import fc from "fast-check";
import { GridBuilder } from "../../src/core";
import { XlsxError } from "../../src/xlsx";
import { readSheet, readSheetGeneral } from "../../src/xlsx/read";
import { fastRows } from "../../src/xlsx/sheetFast";
import { fastIndexRows, indexSheet } from "../../src/xlsx/sheetIndex";

const PART = "xl/worksheets/sheet1.xml";
/** Shared strings, an empty one among them; indexes past 29 are out of range. */
const SST = ["序号", "分值", "", "四川省科技装备业商会", ...Array.from({ length: 26 }, (_, i) => `第${i + 4}项`)];
const ctx = () => ({ part: PART, sheet: "自评表", sst: SST, pool: new Map<string, string>() });

const pick = <T,>(...xs: T[]) => fc.constantFrom(...xs);
const col = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : "A" + String.fromCharCode(65 + (c - 26)));

/**
 * Worksheets of the plain shape only, or (`odd`) mostly plain with, now and then, something
 * else at any place: the fast path must be both taken and left.
 */
function sheets(odd: boolean): fc.Arbitrary<string> {
  const mostly = <T,>(plain: fc.Arbitrary<T>, other: fc.Arbitrary<T>) => (odd ? fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: other, weight: 1 }) : plain);

  /** One attribute as text: `name="value"` after a space, or spaced, quoted, separated otherwise. */
  const attr = (name: string, value: string) =>
    mostly(pick(` ${name}="${value}"`), pick(` ${name} = "${value}"`, ` ${name}='${value}'`, `\t${name}="${value}"`, `\n  ${name}="${value}"`, `${name}="${value}"`));

  const attrs = (list: fc.Arbitrary<string>[]) => fc.tuple(...list).map((xs) => xs.join(""));
  const maybe = (a: fc.Arbitrary<string>) => mostly(fc.oneof(a, pick("")), pick(""));

  const gap = mostly(pick("", "", "\n  ", " "), pick("<!-- a -->", "\r\n", "<?pi x?>"));

  const valueText = mostly(
    pick("12", "0", "1", "3", "25", "14.75", "-2.5", "1E-3", " 7 ", "", "007", "TRUE", "#REF!", "2020-10-15", "合格", "满分"),
    pick("&lt;x&gt;", "a&amp;b", "<![CDATA[5]]>", "0x10", "9", "A&#49;", "1\r\n2", "x_x000D_"),
  );

  const formula = mostly(
    pick("<f>B1+C1</f>", '<f t="shared" si="0" ref="B1:B3">C1</f>', '<f t="shared" si="0"/>', "<f></f>", '<f t="normal">1</f>'),
    pick("<f>A&amp;B</f>", "<f>A&bogus;</f>", '<f t="array" ref="A1"><![CDATA[x<y]]></f>', '<f x:t="shared" si="1"/>', "<f >1</f>", "<f t='shared' si='2'/>"),
  );

  const inline = mostly(
    pick("<is><t>前后</t></is>", '<is><t xml:space="preserve"> 前后 </t></is>', "<is><t>a&amp;b_x000D_</t></is>", "<is><t></t></is>"),
    pick("<is><r><t>自</t></r><r><t>评</t></r><rPh><t>ひ</t></rPh></is>", "<is><t/></is>", "<is/>", "<is><t><![CDATA[<b>]]></t></is>", "<is> <t>x</t></is>", "<x:is><x:t>p</x:t></x:is>"),
  );

  const child = mostly(
    fc.oneof({ arbitrary: valueText.map((t) => `<v>${t}</v>`), weight: 6 }, { arbitrary: formula, weight: 2 }, { arbitrary: inline, weight: 3 }),
    pick('<extLst><ext uri="x"/></extLst>', "<v/>", "<x:v>4</x:v>", "<v >5</v>"),
  );

  const ref = (row: number) =>
    mostly(
      fc.integer({ min: 0, max: 30 }).map((c) => `${col(c)}${row}`),
      pick(`a${row}`, `$B$${row}`, "XFD1048576", "ZZZZ1", "", "A0", `B${row + 1}`, `A&#49;`, "A 1"),
    );

  const cellType = mostly(pick("s", "n", "str", "inlineStr", "b", "e", "d"), pick("x", "", "S", "inlinestr"));
  const style = mostly(pick("0", "3", "12"), pick("", "007", "1.5", "-1", "99999999999", "a"));

  const cell = (row: number) =>
    fc
      .tuple(
        attrs([
          maybe(ref(row).chain((r) => attr("r", r))),
          maybe(style.chain((s) => attr("s", s))),
          maybe(cellType.chain((t) => attr("t", t))),
          maybe(mostly(pick(' cm="1"', ' vm="2"'), pick(' x:r="C9"', ' x:s="2"', ' r="A1"', ' foo="a r="', ' xmlns:r="urn:r"', " /"))),
        ]),
        fc.array(fc.tuple(gap, child), { maxLength: 3 }),
        fc.boolean(),
        mostly(pick("c"), pick("x:c", "c ")),
      )
      .map(([a, kids, self, name]) => (kids.length === 0 && self ? `<${name}${a}/>` : `<${name}${a}>${kids.map(([g, k]) => g + k).join("")}</${name.trim()}>`));

  const rowNumber = mostly(fc.integer({ min: 1, max: 9 }).map(String), pick("0", "00000001", "1048576", "1048577", "x", "", " 3"));

  const row = fc.integer({ min: 1, max: 9 }).chain((n) =>
    fc
      .tuple(
        attrs([
          maybe(mostly(pick(String(n)), rowNumber).chain((r) => attr("r", r))),
          maybe(pick("1", "true", "0").chain((v) => attr("customFormat", v))),
          maybe(style.chain((s) => attr("s", s))),
          maybe(mostly(pick(' spans="1:6"', ' x14ac:dyDescent="0.25"', ' ht="20" customHeight="1"', ' t="x"'), pick(' x:r="4"', ' x:customFormat="1"', ' s="1" s="2"'))),
        ]),
        fc.array(fc.tuple(gap, cell(n)), { maxLength: 5 }),
        fc.boolean(),
        mostly(pick("row"), pick("x:row")),
      )
      .map(([a, cells, self, name]) => (cells.length === 0 && self ? `<${name}${a}/>` : `<${name}${a}>${cells.map(([g, c]) => g + c).join("")}</${name}>`)),
  );

  return fc
    .tuple(
      fc.array(fc.tuple(gap, row), { maxLength: 6 }),
      mostly(pick("sheetData"), pick("x:sheetData")),
      mostly(pick(""), pick('<row r="5"/>', '<row><c r="C1"><v>1</v></c></row>', '<c r="B2"><v>2</v></c>')),
      mostly(pick(""), pick('<row r="7"/>', '<row><c><v>3</v></c></row>', "<c><v>4</v></c>")),
      pick("", '<sheetProtection sheet="1"/>', '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>'),
      mostly(pick(-1), fc.integer({ min: 40, max: 2000 })),
    )
    .map(([rows, sd, before, after, tail, cut]) => {
      const xml =
        `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="urn:x14ac">` +
        `<dimension ref="A1"/><cols><col min="2" max="3" width="9" style="4"/></cols>${before}<${sd}>${rows.map(([g, r]) => g + r).join("")}</${sd}>${after}${tail}</worksheet>`;
      return cut > 0 && cut < xml.length ? xml.slice(0, cut) : xml;
    });
}

const sheetXml = fc.oneof(sheets(false), sheets(true));

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof XlsxError) return { code: e.code, message: e.message };
    throw e;
  }
}

const from = (xml: string) => xml.indexOf("<sheetData>") + "<sheetData>".length;
const taken = { read: 0, index: 0, runs: 0 };

test("the fast reader's grid and index are the general scanner's on generated sheets", () => {
  fc.assert(
    fc.property(sheetXml, (xml) => {
      expect(outcome(() => readSheet(xml, ctx()))).toEqual(outcome(() => readSheetGeneral(xml, ctx())));
      for (const head of [{ rows: 3, partial: false }, { rows: 4, partial: true }]) {
        expect(outcome(() => readSheet(xml, ctx(), head))).toEqual(outcome(() => readSheetGeneral(xml, ctx(), head)));
      }
      expect(outcome(() => indexSheet(xml, PART, "自评表"))).toEqual(outcome(() => indexSheet(xml, PART, "自评表", false)));
      taken.runs++;
      if (xml.includes("<sheetData>")) {
        if (outcome(() => fastRows(xml, from(xml), ctx(), new GridBuilder(), Infinity, [-1, -1], () => null)) !== null) taken.read++;
        if (fastIndexRows(xml, from(xml), -1) !== null) taken.index++;
      }
    }),
    { numRuns: Number(process.env.RA_PROPERTY_RUNS ?? 1500) },
  );
  // Not vacuous: the fast reader took a good share of the documents, and left the others.
  expect(taken.read / taken.runs).toBeGreaterThan(0.4);
  expect(taken.index / taken.runs).toBeGreaterThan(0.15);
  expect(taken.read / taken.runs).toBeLessThan(0.9);
});
