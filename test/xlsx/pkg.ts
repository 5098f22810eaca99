/** Hand-made OOXML packages for reader and writer tests, and ways to look inside results. */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface HandSheet {
  name: string;
  /** Children of `<worksheet>` (sheetData and the rest). */
  body?: string;
  /** The whole part, when the test needs a different root. */
  xml?: string;
  state?: "hidden" | "veryHidden";
  /** The relationship target, relative to xl/workbook.xml unless it starts with "/". */
  target?: string;
  /** The part's name in the zip; defaults to xl/worksheets/sheetN.xml. */
  part?: string;
}

export interface HandOptions {
  sheets: HandSheet[];
  /** Shared strings: plain texts, or the whole sst part. */
  sst?: string[] | string;
  styles?: string;
  /** Extra children of `<workbook>` after `<sheets>` (definedNames, calcPr …). */
  workbookTail?: string;
  workbookHead?: string;
  /** Extra parts by name. */
  parts?: Record<string, string | Uint8Array>;
  /** Extra workbook relationships (whole `<Relationship>` elements). */
  workbookRels?: string;
  /** Extra content-type entries. */
  types?: string;
}

export function wrapSheet(body: string): string {
  return `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${body}</worksheet>`;
}

export const SIMPLE_STYLES =
  DECL +
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FF00B0F0"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"><alignment horizontal="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="1" borderId="0" xfId="0" applyFill="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function escAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

function escText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function handPackage(o: HandOptions): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, v: string | Uint8Array) => (files[name] = typeof v === "string" ? strToU8(v) : v);
  const sheetParts = o.sheets.map((s, i) => s.part ?? `xl/worksheets/sheet${i + 1}.xml`);
  let types =
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheetParts.map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  let rels = "";
  o.sheets.forEach((s, i) => {
    const target = s.target ?? (s.part ? `/${s.part}` : `worksheets/sheet${i + 1}.xml`);
    rels += `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${escAttr(target)}"/>`;
    put(sheetParts[i], s.xml ?? wrapSheet(s.body ?? "<sheetData/>"));
  });
  if (o.sst !== undefined) {
    const sst =
      typeof o.sst === "string"
        ? o.sst
        : `${DECL}<sst xmlns="${MAIN}" count="${o.sst.length}" uniqueCount="${o.sst.length}">${o.sst.map((t) => `<si><t xml:space="preserve">${escText(t)}</t></si>`).join("")}</sst>`;
    put("xl/sharedStrings.xml", sst);
    rels += `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
    types += '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>';
  }
  if (o.styles !== undefined) {
    put("xl/styles.xml", o.styles);
    rels += `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`;
    types += '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>';
  }
  put("[Content_Types].xml", `${DECL}${types}${o.types ?? ""}</Types>`);
  put("_rels/.rels", `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put(
    "xl/workbook.xml",
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${o.workbookHead ?? ""}<sheets>` +
      o.sheets.map((s, i) => `<sheet name="${escAttr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
      `</sheets>${o.workbookTail ?? ""}</workbook>`,
  );
  put("xl/_rels/workbook.xml.rels", `${DECL}<Relationships xmlns="${PKG_REL}">${rels}${o.workbookRels ?? ""}</Relationships>`);
  for (const [k, v] of Object.entries(o.parts ?? {})) put(k, v);
  return zipSync(files);
}

/** Every part of a package, uncompressed. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function partText(bytes: Uint8Array, name: string): string {
  const p = unzipSync(bytes)[name];
  if (!p) throw new Error(`no part ${name}`);
  return strFromU8(p);
}

/** Names of parts whose bytes differ between two packages (added and removed ones included). */
export function changedParts(a: Uint8Array, b: Uint8Array): string[] {
  const x = unzipSync(a);
  const y = unzipSync(b);
  const names = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...names].filter((n) => !x[n] || !y[n] || !sameBytes(x[n], y[n])).sort();
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The `<c>` element of `ref` in a worksheet part's text, or null. */
export function cellXml(sheetXml: string, ref: string): string | null {
  const m = new RegExp(`<(?:\\w+:)?c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</(?:\\w+:)?c>)`).exec(sheetXml);
  return m ? m[0] : null;
}

/** The `s` attribute of a cell (0 when absent). */
export function cellStyle(sheetXml: string, ref: string): number {
  const c = cellXml(sheetXml, ref);
  const m = c ? /\ss="(\d+)"/.exec(c) : null;
  return m ? Number(m[1]) : 0;
}

/** The cellXfs entries of a styles part, as raw XML. */
export function cellXfs(stylesXml: string): string[] {
  const body = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  return body.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
}

export function fills(stylesXml: string): string[] {
  const body = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(stylesXml)?.[1] ?? "";
  return body.match(/<fill>[\s\S]*?<\/fill>/g) ?? [];
}

export function attr(xml: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(xml);
  return m ? m[1] : null;
}
