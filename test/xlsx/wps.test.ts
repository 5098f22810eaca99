/**
 * An .xlsx that WPS 表格 saved is an .xlsx like any other: its own parts (docProps/custom.xml
 * with KSOProductBuildVer, cell pictures under a WPS relationship, WPS namespaces and extension
 * elements in the sheets) are read past and kept, byte for byte where the fill does not write,
 * and inside the parts it does. Modelled on what WPS writes; no WPS is at hand here.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildWritePlan, review } from "../../src/core";
import { createXlsx, legacyInput, openXlsx } from "../../src/xlsx";
import { baseSheets } from "../../scripts/hostile/base";
import { changedParts } from "./pkg";

const CUSTOM =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16929</vt:lpwstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>5B2C4F1E8A7D4E1BA0C9D3E2F1A6B7C8_12</vt:lpwstr></property></Properties>';
const CELL_IMAGES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>';
const WPS_EXT =
  '<extLst><ext uri="{A9D1A6A1-8C6B-4E5F-9A3B-2C1D0E9F8A7B}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:sheetPr etc:filterType="userDefined"/></ext></extLst>';

/** The base workbook with what WPS adds to the files it saves. */
function wpsXlsx(): Uint8Array {
  const files = unzipSync(createXlsx(baseSheets()));
  const text = (n: string) => strFromU8(files[n]);
  files["docProps/custom.xml"] = strToU8(CUSTOM);
  files["xl/cellimages.xml"] = strToU8(CELL_IMAGES);
  files["[Content_Types].xml"] = strToU8(
    text("[Content_Types].xml").replace(
      "</Types>",
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
        '<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/></Types>',
    ),
  );
  files["_rels/.rels"] = strToU8(
    text("_rels/.rels").replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ),
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    text("xl/_rels/workbook.xml.rels").replace("</Relationships>", '<Relationship Id="rId99" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/></Relationships>'),
  );
  for (const n of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) files[n] = strToU8(text(n).replace("</worksheet>", `${WPS_EXT}</worksheet>`));
  return zipSync(files);
}

describe("an .xlsx saved by WPS", () => {
  const bytes = wpsXlsx();

  it("is an .xlsx: not sent to the .xls/.ods reader, and read into the same grids", () => {
    expect(legacyInput(bytes)).toBeNull();
    expect(openXlsx(bytes).grids()).toEqual(openXlsx(createXlsx(baseSheets())).grids());
  });

  it("is filled keeping every part: WPS's own byte for byte, its extension elements inside the sheets written", () => {
    const book = openXlsx(bytes);
    const grids = book.grids();
    const stats = book.apply(buildWritePlan(review(grids), { now: new Date(2024, 4, 1, 9, 30) }));
    const out = book.toBytes();
    const changed = changedParts(bytes, out);
    expect(changed).toEqual(stats.partsChanged);
    const before = unzipSync(bytes);
    const after = unzipSync(out);
    for (const name of Object.keys(before)) if (!changed.includes(name)) expect([name, after[name]]).toEqual([name, before[name]]);
    expect(changed).not.toContain("docProps/custom.xml");
    expect(changed).not.toContain("xl/cellimages.xml");
    // The summary got its result columns and kept WPS's extension.
    expect(changed).toContain("xl/worksheets/sheet1.xml");
    expect(strFromU8(after["xl/worksheets/sheet1.xml"])).toContain(WPS_EXT);
    expect(strFromU8(after["xl/_rels/workbook.xml.rels"])).toContain('Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"');
    expect(openXlsx(out).sheetNames).toContain("校验报告");
  });
});
