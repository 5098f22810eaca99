/** A new workbook from sheet specs: the smallest package Excel and LibreOffice open without a word. */
import { GridBuilder, INPUT_FILL, type Grid, type PlanValue, type SheetSpec } from "../core";
import { uniqueSheetName } from "./names";
import { REL_TYPE } from "./package";
import { worksheetXml } from "./sheetXml";
import { DEFAULT_STYLES, STYLES_TYPE } from "./styles";
import { MAIN_NS, WORKSHEET_TYPE } from "./workbook";
import { numberText } from "./patch";
import { decodeText, decodeXstring, escapeAttr, xmlString } from "./xml";
import { verifyWritten } from "./verify";
import { writeZip } from "./zip";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * DEFAULT_STYLES plus cell format 1: unlocked and shaded (INPUT_FILL): where an expert types
 * on a protected scoring sheet.
 */
const SCORING_STYLES = DEFAULT_STYLES.replace(
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    `<fill><patternFill patternType="solid"><fgColor rgb="FF${INPUT_FILL.slice(1)}"/><bgColor indexed="64"/></patternFill></fill></fills>`,
).replace(
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyProtection="1"><protection locked="0"/></xf></cellXfs>',
);
const UNLOCKED_STYLE = 1;
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A sheet spec whose values may hold booleans: a legacy workbook's TRUE and FALSE stay what they were. */
export type NewSpec = Omit<SheetSpec, "values"> & { values: (PlanValue | boolean)[][] };

function sheetsOf(specs: NewSpec[]): { spec: NewSpec; name: string; part: string }[] {
  const list = specs.length ? specs : [{ name: "Sheet1", values: [], merges: [], widths: [] }];
  const taken = new Set<string>();
  return list.map((s, i) => ({ spec: s, name: uniqueSheetName(s.name, taken), part: `xl/worksheets/sheet${i + 1}.xml` }));
}

/**
 * The grids reading `createXlsx(specs)` back gives, made from the specs without writing or
 * parsing anything: each value goes through what the writer writes and the reader decodes
 * (so `""` is empty, `\r\n` a line feed, as in the file). A formula cell reads as empty.
 */
export function writtenGrids(specs: NewSpec[]): Grid[] {
  return sheetsOf(specs).map(({ spec, name }) => {
    const cells = new GridBuilder();
    const formulas = new Set((spec.formulas ?? []).map((f) => `${f.row},${f.col}`));
    spec.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || formulas.has(`${r},${c}`)) return;
        if (typeof v === "number") cells.add(r, c, Number(numberText(v, () => `${name}!${r},${c}`)));
        else if (typeof v === "boolean") cells.add(r, c, v);
        else {
          const x = xmlString(String(v));
          cells.add(r, c, decodeXstring(decodeText(x, 0, x.length)));
        }
      }),
    );
    const g = cells.build(name, { merges: (spec.merges ?? []).map((m) => ({ ...m })), hidden: spec.hidden, protected: spec.protect });
    return { ...g, merges: g.merges ?? [] };
  });
}

/** A new workbook file, read back and checked (VerifyError when it is not sound). */
export function createXlsx(specs: SheetSpec[]): Uint8Array {
  const out = buildXlsx(specs);
  verifyWritten(out, null);
  return out;
}

/** createXlsx unchecked: for a caller that checks the file it finally writes in full (openNew). */
export function buildXlsx(specs: NewSpec[]): Uint8Array {
  const sheets = sheetsOf(specs);
  const list = sheets.map((s) => s.spec);
  const scoring = list.some((s) => s.unlocked?.length);
  const formulas = list.some((s) => s.formulas?.length);
  const enc = new TextEncoder();
  const files: { name: string; data: Uint8Array }[] = [];
  const add = (name: string, text: string) => files.push({ name, data: enc.encode(text) });

  add(
    "[Content_Types].xml",
    DECL +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/>` +
      sheets.map((s) => `<Override PartName="/${s.part}" ContentType="${WORKSHEET_TYPE}"/>`).join("") +
      "</Types>",
  );
  add(
    "_rels/.rels",
    DECL + `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL_TYPE("officeDocument")}" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    "xl/workbook.xml",
    DECL +
      `<workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      // The sheet in front must be one that shows.
      `<bookViews><workbookView activeTab="${Math.max(0, list.findIndex((s) => !s.hidden))}"/></bookViews><sheets>` +
      sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.spec.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("") +
      // Formulas are written without cached values: Excel computes them on opening.
      `</sheets><calcPr calcId="191029"${formulas ? ' fullCalcOnLoad="1"' : ""}/></workbook>`,
  );
  add(
    "xl/_rels/workbook.xml.rels",
    DECL +
      `<Relationships xmlns="${PKG_RELS}">` +
      sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE("worksheet")}" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL_TYPE("styles")}" Target="styles.xml"/>` +
      "</Relationships>",
  );
  add("xl/styles.xml", scoring ? SCORING_STYLES : DEFAULT_STYLES);
  for (const s of sheets) add(s.part, worksheetXml({ ...s.spec, name: s.name, unlockedStyle: scoring ? UNLOCKED_STYLE : undefined }));
  return writeZip(files);
}
