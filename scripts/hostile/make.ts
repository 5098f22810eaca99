/** Content for the larger hostile files, made in pieces so that no generator holds them whole. */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { ChamberScheme, PlanValue, builtinScheme } from "../../src/core";
import { SIHAO_SAMPLE_ITEMS, selfAssessmentSheet } from "../../src/core/testing";
import { createXlsx } from "../../src/xlsx";
import { PART, baseSheets, partsOf } from "./base";
import { Part, streamedPart } from "./zip";

const SIHAO = builtinScheme("sihao-2020") as ChamberScheme;
const FULL = new Map<number, PlanValue>(SIHAO_SAMPLE_ITEMS.map((it) => [it.no, it.max]));

/** Rows of a sheet nobody reviews, with varying numbers: compresses like real data (well under 1:1000). */
export function* dataRows(rows: number): Generator<string> {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  yield head;
  for (let r = 1; r <= rows; r += 1000) {
    let s = "";
    for (let i = r; i < r + 1000 && i <= rows; i++)
      s += `<row r="${i}"><c r="A${i}"><v>${(i * 7919) % 1000003}</v></c><c r="B${i}"><v>${(i * 104729) % 999983}.5</v></c><c r="C${i}"><v>${i}</v></c></row>`;
    yield s;
  }
  yield "</sheetData></worksheet>";
}

/** A shared-string table of `n` short distinct strings. */
export function* strings(n: number): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}" uniqueCount="${n}">`;
  for (let i = 0; i < n; i += 10000) {
    let s = "";
    for (let k = i; k < i + 10000 && k < n; k++) s += `<si><t>${k.toString(36)}</t></si>`;
    yield s;
  }
  yield "</sst>";
}

/** Summary rows below the two chambers until the sheet holds more cells than the reader takes. */
export function* manyCells(cells: number): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  yield '<row r="3"><c r="A3" t="inlineStr"><is><t>序号</t></is></c><c r="B3" t="inlineStr"><is><t>省份</t></is></c><c r="C3" t="inlineStr"><is><t>商会名称</t></is></c><c r="D3" t="inlineStr"><is><t>自评分</t></is></c></row>';
  for (let r = 4; (r - 4) * 4 < cells; r += 1000) {
    let s = "";
    for (let i = r; i < r + 1000; i++)
      s += `<row r="${i}"><c r="A${i}"><v>${i}</v></c><c r="B${i}"><v>1</v></c><c r="C${i}"><v>2</v></c><c r="D${i}"><v>3</v></c></row>`;
    yield s;
  }
  yield "</sheetData></worksheet>";
}

/** A byte of the sheet's compressed data flipped: the CRC (or the inflate) fails. */
export function badCrc(): Uint8Array {
  const bytes = createXlsx(baseSheets());
  const name = strToU8(PART.self);
  const at = Buffer.from(bytes).indexOf(Buffer.from(name));
  bytes[at + name.length + 40] ^= 0x55;
  return bytes;
}

/**
 * `count` 自评表 of one chamber each, every one padded below its table with `rows` rows of
 * 1,000 cells: each sheet well under the sheet's cap, all of them far over the workbook's.
 * Rows repeat, so the file is small and each part well under the bomb ratio; each padded
 * sheet is deflated row by row, never held whole.
 */
export function manySheets(count: number, rows: number): Part[] {
  const specs = Array.from({ length: count }, (_, i) => selfAssessmentSheet(SIHAO, { name: `商会${i + 1}`, chamber: `商会${i + 1}`, scores: FULL }));
  const files = unzipSync(createXlsx(specs));
  const row = `<row>${"<c><v>1</v></c>".repeat(1000)}</row>`;
  function* pieces(xml: string): Generator<string> {
    const [head, tail] = xml.split("</sheetData>");
    yield head;
    for (let r = 0; r < rows; r++) yield row;
    yield "</sheetData>" + tail;
  }
  const sheets = Array.from({ length: count }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  return partsOf(files, sheets.map((name) => streamedPart(name, pieces(strFromU8(files[name])))));
}
