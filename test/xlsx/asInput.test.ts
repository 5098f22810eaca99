/**
 * A write is checked against its input, not against an ideal: what the input already had (a
 * sheet entry without a part, two sheets whose names differ only in case) stays as it was and
 * is not a failure; what the write itself would break is. And what one workbook's sheets may
 * add up to is capped, whatever each sheet holds.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { ReadBudget, VerifyError, XlsxError, createXlsx, openXlsx } from "../../src/xlsx";
import { Package } from "../../src/xlsx/package";
import { verifyWritten } from "../../src/xlsx/verify";
import { mark, plan, report } from "./plans";
import { SIMPLE_STYLES, handPackage, partText } from "./pkg";

const body = '<sheetData><row r="2"><c r="B2" s="1"><v>1</v></c></row></sheetData>';

function refusal(run: () => unknown): Error {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error("no refusal");
}

describe("what the input already had", () => {
  it('a dialog sheet entry <sheet r:id=""> (no part, as Excel and LibreOffice write it) is kept, and the write goes through', () => {
    const parts = unzipSync(handPackage({ sheets: [{ name: "S", body }], styles: SIMPLE_STYLES }));
    parts["xl/workbook.xml"] = strToU8(strFromU8(parts["xl/workbook.xml"]).replace("</sheets>", '<sheet name="Dialog1" sheetId="7" r:id=""/></sheets>'));
    const book = openXlsx(zipSync(parts));
    expect(book.sheetNames).toEqual(["S", "Dialog1"]);
    book.apply(plan([], [mark("S", "B2")], report()));
    book.verify();
    const out = book.toBytes();
    expect(openXlsx(out).sheetNames).toEqual(["S", "Dialog1", "校验报告"]);
    expect(partText(out, "xl/workbook.xml")).toContain('<sheet name="Dialog1" sheetId="7" r:id=""/>');
  });

  it("a sheet entry without a part that the write made would still be refused as ours", () => {
    const input = createXlsx([{ name: "S", values: [[1]], merges: [], widths: [] }]);
    const parts = unzipSync(input);
    parts["xl/workbook.xml"] = strToU8(strFromU8(parts["xl/workbook.xml"]).replace("</sheets>", '<sheet name="X" sheetId="9" r:id="rIdNone"/></sheets>'));
    const e = refusal(() => verifyWritten(zipSync(parts), ["xl/workbook.xml"], { pkg: new Package(input) }));
    expect(e).toBeInstanceOf(VerifyError);
    expect((e as VerifyError).text("zh")).toBe('xl/workbook.xml：工作表"X"没有对应的部件');
  });

  it("two sheets whose names differ only in case stay as they were", () => {
    const input = handPackage({ sheets: [{ name: "Data", body }, { name: "DATA", body }], styles: SIMPLE_STYLES });
    const book = openXlsx(input);
    book.apply(plan([], [mark("Data", "B2")], report()));
    expect(openXlsx(book.toBytes()).sheetNames).toEqual(["Data", "DATA", "校验报告"]);
  });
});

describe("package faults", () => {
  it("a zip holding one part name twice (ignoring case, as OPC compares) is damaged", () => {
    const bytes = createXlsx([{ name: "S", values: [[1]], merges: [], widths: [] }]);
    const parts = unzipSync(bytes);
    const twice = zipSync({ ...parts, "XL/Worksheets/Sheet1.xml": parts["xl/worksheets/sheet1.xml"] });
    const e = refusal(() => openXlsx(twice));
    expect(e).toBeInstanceOf(XlsxError);
    expect((e as XlsxError).text("en")).toBe(
      "The workbook file is damaged: broken zip structure (part XL/Worksheets/Sheet1.xml occurs more than once, and a workbook may have only one of each part)",
    );
  });

  it("more parts than a write could add to and still zip (65,000) is refused before anything is read", () => {
    const files: Record<string, Uint8Array> = unzipSync(createXlsx([{ name: "S", values: [[1]], merges: [], widths: [] }]));
    for (let i = 0; i < 65_000; i++) files[`x/${i}.bin`] = new Uint8Array(0);
    const e = refusal(() => openXlsx(zipSync(files, { level: 0 })));
    expect((e as XlsxError).text("zh")).toBe("工作簿文件过大：zip 包中有 65,006 个部件，超过上限 65,000");
  });
});

describe("what one workbook's sheets may add up to", () => {
  const sheets = [1, 2, 3].map((n) => ({ name: `表${n}`, values: Array.from({ length: 10 }, () => Array.from({ length: 10 }, () => n)), merges: [], widths: [] }));

  it("cells: past the budget the read stops, naming the sheet it reached", () => {
    expect(openXlsx(createXlsx(sheets), false, new ReadBudget("book", null, 300)).grids()).toHaveLength(3);
    const e = refusal(() => openXlsx(createXlsx(sheets), false, new ReadBudget("book", null, 250)).grids());
    expect((e as XlsxError).text("zh")).toBe('工作簿中要读取的工作表合计超过 250 个单元格（读到工作表"表3"时），不像评审表：请删除多余的数据，或拆成几个工作簿后重试');
  });

  it("a sheet read twice (its first rows, then whole; for the review, then for a write) counts once", () => {
    const book = openXlsx(createXlsx(sheets), false, new ReadBudget("book", null, 300));
    book.grids(() => true);
    book.grids();
    book.apply(plan([], [mark("表1", "A1"), mark("表2", "A1"), mark("表3", "A1")], report()));
  });

  it("consolidate's sources share one budget: the source that reaches it says so", () => {
    const all = new ReadBudget("sources", null, 500);
    expect(openXlsx(createXlsx(sheets), false, all.child()).grids()).toHaveLength(3);
    const e = refusal(() => openXlsx(createXlsx(sheets), false, all.child()).grids());
    expect((e as XlsxError).text("en")).toBe('The files to consolidate hold more than 500 cells in all (reached at sheet "表3"): consolidate fewer files at a time');
  });

  it("bytes: the parts read are counted from the zip's directory, before inflating", () => {
    const e = refusal(() => openXlsx(createXlsx(sheets), false, new ReadBudget("book", null, 1e6, 2000)).grids());
    expect((e as XlsxError).text("en")).toMatch(/^The sheets to read in this workbook inflate to more than 0 MB in all \(reached at sheet "表\d"\)/);
  });
});
