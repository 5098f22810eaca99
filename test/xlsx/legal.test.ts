/**
 * Legal output, whatever the input held: sheet names Excel and XML accept, cell text that
 * round-trips through `_xHHHH_` escapes, styles.xml that no memo value can break, and a
 * written package checked before anyone uses it. Plus reading only what the review needs.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { HEAD_ROWS, MEMO_NAMESPACE, buildWritePlan, memoParts, review, sheetFilter } from "../../src/core";
import { VerifyError, XlsxError, createXlsx, legalSheetName, openXlsx, uniqueSheetName } from "../../src/xlsx";
import { isLegalSheetName } from "../../src/xlsx/names";
import { Package } from "../../src/xlsx/package";
import { verifyWritten } from "../../src/xlsx/verify";
import { escapeAttr, xmlSafe } from "../../src/xlsx/xml";
import { box } from "../helpers/grids";
import { gridSpec, mark, plan, sihaoGrids } from "./plans";
import { SIMPLE_STYLES, handPackage, partText } from "./pkg";

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

describe("sheet names", () => {
  it.each([
    ["甲\ufffe商\u0001会", "甲_商_会"],
    ["a\ud800b", "a_b"],
    ["\udc00x", "_x"],
    ["汇总[1]:2?", "汇总_1__2_"],
    ["好\ud83d\ude00", "好\ud83d\ude00"],
  ])("%j becomes %j", (wanted, legal) => {
    expect(legalSheetName(wanted)).toBe(legal);
    expect(isLegalSheetName(legal)).toBe(true);
    expect(isLegalSheetName(wanted)).toBe(wanted === legal);
  });

  it("stay unique ignoring case, and within 31 characters without splitting a pair", () => {
    const taken = new Set(["sheet"]);
    expect(uniqueSheetName("Sheet", taken)).toBe("Sheet (2)");
    expect(uniqueSheetName("\ud83d\ude00".repeat(20), taken)).toBe("\ud83d\ude00".repeat(15));
  });
});

describe("text XML cannot carry", () => {
  it("cells keep U+FFFE, controls and lone surrogates as _xHHHH_ escapes, and read back the same", () => {
    const texts = ["甲\ufffe商", "控\u0001制", "半\ud800个", "_x0041_ stays literal"];
    const bytes = createXlsx([{ name: "S", values: [texts], merges: [], widths: [] }]);
    const xml = partText(bytes, "xl/worksheets/sheet1.xml");
    expect(xml).not.toMatch(XML_BAD);
    expect(xml).toContain("甲_xFFFE_商");
    expect(xml).toContain("_x005F_x0041_ stays literal");
    expect(box(openXlsx(bytes).grids()[0]).values[0]).toEqual(texts);
  });

  it("attributes cannot hold them at all: they become U+FFFD", () => {
    expect(escapeAttr('a\ufffe"b\u0001')).toBe("a\ufffd&quot;b\ufffd");
    expect(xmlSafe("ok 文字")).toBe("ok 文字");
  });

  it("a sheet name holding U+FFFE (by character reference, as another tool wrote it) is the file's damage, said in words, on check's rehearsal and on write", () => {
    const body = '<sheetData><row r="2"><c r="B2" s="1"><v>1</v></c></row></sheetData>';
    const parts0 = unzipSync(handPackage({ sheets: [{ name: "表X一", body }], styles: SIMPLE_STYLES }));
    parts0["xl/workbook.xml"] = strToU8(strFromU8(parts0["xl/workbook.xml"]).replace("表X一", "表&#xFFFE;一"));
    const book = openXlsx(zipSync(parts0));
    expect(book.sheetNames).toEqual(["表\ufffe一"]);
    book.apply(plan([], [mark("表\ufffe一", "B2")], { sheet: "校验报告", values: [["报告"]], links: [], widths: [] }));
    for (const run of [() => book.verify(), () => book.toBytes()]) {
      let err: unknown;
      try {
        run();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(XlsxError);
      expect((err as XlsxError).text("zh")).toBe(
        '工作簿文件已损坏：工作表名称"表\ufffd一"含有 XML 不允许的字符 U+FFFE：请在 Excel 或 WPS 中打开（按提示修复），给该工作表改名后另存，再重试',
      );
    }
  });

  it("the memo's JSON keeps a sheet name with U+FFFE as a \\u escape, so the part stays XML", () => {
    const [memo] = memoParts({ version: 2, highlights: [{ sheet: "表\ufffe一", cell: "B2", fill: null, style: 1 }], reports: [], columns: [] });
    expect(memo).not.toMatch(XML_BAD);
    expect(memo).toContain("表\\ufffe一");
  });
});

describe("memo values cannot break styles.xml", () => {
  it('a remembered fill holding a quote or a number leaves the cell as it is; styles.xml stays well-formed', () => {
    const body = '<sheetData><row r="2"><c r="B2" s="1"><v>1</v></c><c r="C2" s="1"><v>2</v></c><c r="D2" s="1"><v>3</v></c></row></sheetData>';
    const book = openXlsx(handPackage({ sheets: [{ name: "S", body }], styles: SIMPLE_STYLES }));
    book.apply(plan([], [mark("S", "B2"), mark("S", "C2"), mark("S", "D2")]));
    const parts = unzipSync(book.toBytes());
    const item = Object.keys(parts).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    const bad = [
      { sheet: "S", cell: "B2", fill: '"/><x y="', style: 1 },
      { sheet: "S", cell: "C2", fill: 7, style: 1 },
      { sheet: "S", cell: "D2", fill: "#00B0F0", style: 1 },
    ];
    parts[item] = strToU8(`<reviewAssistant xmlns="${MEMO_NAMESPACE}">${JSON.stringify({ version: 1, highlights: bad }).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</reviewAssistant>`);
    const tampered = openXlsx(zipSync(parts));
    tampered.clearHighlights();
    const out = tampered.toBytes();
    const styles = partText(out, "xl/styles.xml");
    expect(styles).not.toContain("<x ");
    expect(styles).toContain('rgb="FF00B0F0"');
    const sheet = partText(out, "xl/worksheets/sheet1.xml");
    const style = (ref: string) => /s="(\d+)"/.exec(new RegExp(`<c r="${ref}"[^>]*>`).exec(sheet)![0])![1];
    // B2 and C2 keep our highlight (nothing trustworthy to put back); D2 gets its blue back.
    expect(style("B2")).toBe(style("C2"));
    expect(style("D2")).not.toBe(style("B2"));
  });
});

describe("a written package is checked before it is used", () => {
  const good = () => unzipSync(createXlsx([{ name: "S", values: [[1]], merges: [], widths: [] }]));

  it("passes what the writer makes", () => {
    expect(() => verifyWritten(zipSync(good()), null)).not.toThrow();
  });

  it.each([
    ["a part that is not well-formed", (p: Record<string, Uint8Array>) => (p["xl/worksheets/sheet1.xml"] = strToU8("<worksheet><sheetData></worksheet>")), "xl/worksheets/sheet1.xml"],
    ["an XML-illegal character", (p: Record<string, Uint8Array>) => (p["xl/worksheets/sheet1.xml"] = strToU8('<worksheet xmlns="x"><sheetData/>\ufffe</worksheet>')), "U+FFFE"],
    [
      "a relationship to a missing part",
      (p: Record<string, Uint8Array>) => delete p["xl/styles.xml"],
      "points at missing xl/styles.xml",
    ],
    [
      "an illegal new sheet name",
      (p: Record<string, Uint8Array>) => (p["xl/workbook.xml"] = strToU8(strFromU8(p["xl/workbook.xml"]).replace('name="S"', 'name="a:b"'))),
      'sheet name "a:b" is not legal',
    ],
  ])("refuses %s", (_what, spoil, says) => {
    const p = good();
    spoil(p);
    let err: unknown;
    try {
      verifyWritten(zipSync(p), null);
    } catch (e) {
      err = e;
    }
    expect(String((err as Error).message)).toContain(says);
    if (says !== "xl/worksheets/sheet1.xml") expect(err).toBeInstanceOf(VerifyError);
  });

  it("accepts a name the input already had, even one Excel would not let a user type", () => {
    const p = good();
    p["xl/workbook.xml"] = strToU8(strFromU8(p["xl/workbook.xml"]).replace('name="S"', 'name="a:b"'));
    expect(() => verifyWritten(zipSync(p), null, { pkg: new Package(zipSync(p)) })).not.toThrow();
  });

  it("does not hold the input's own dangling relationship against a write", () => {
    const input = handPackage({
      sheets: [{ name: "S", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }],
      workbookRels: '<Relationship Id="rIdGone" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>',
    });
    const book = openXlsx(input);
    book.apply(plan([], [], { sheet: "校验报告", values: [["报告"]], links: [], widths: [] }));
    const out = book.toBytes();
    expect(openXlsx(out).sheetNames).toEqual(["S", "校验报告"]);
    expect(partText(out, "xl/_rels/workbook.xml.rels")).toContain('Id="rIdGone"');
  });
});

describe("reading only what the review needs", () => {
  it("a sheet the scheme cannot use is read up to its first rows; the review and the plan are the same", () => {
    const notes = { name: "说明", values: Array.from({ length: 5000 }, (_, i) => [i, `第 ${i} 行`]), merges: [], widths: [] };
    const bytes = createXlsx([...sihaoGrids().map(gridSpec), notes]);
    const full = openXlsx(bytes).grids();
    const needed = openXlsx(bytes).grids(sheetFilter(null));
    expect(needed.map((g) => g.name)).toEqual(full.map((g) => g.name));
    expect(needed.slice(0, -1)).toEqual(full.slice(0, -1));
    expect(full[full.length - 1].rows).toHaveLength(5000);
    expect(needed[needed.length - 1].rows.map((r) => r.row)).toEqual(Array.from({ length: HEAD_ROWS }, (_, i) => i));
    const now = new Date(2024, 4, 1);
    expect(buildWritePlan(review(needed), { now })).toEqual(buildWritePlan(review(full), { now }));
    expect(review(needed).issues).toEqual(review(full).issues);
  });
});
