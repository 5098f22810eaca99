/**
 * An .ods file made ready for the workbook reader: its zip read with the .xlsx reader's own
 * guards (declared sizes and compression ratio checked before a byte is inflated, output cut at
 * the declared size, CRC checked), only the part that holds the cells inflated, and that part
 * walked the way the reader will walk it, to count the cells it would make. The reader copies
 * a cell once per repeat (`table:number-columns-repeated` × `number-rows-repeated`), so a small
 * file can ask for billions of cells: those are refused here, before it starts.
 */
import { corrupt, tooLarge, xlsxError } from "../errors";
import { SHEET_COLS, SHEET_ROWS, a1 } from "../../core";
import { LIMITS } from "../limits";
import { ZipEntry, inflateEntry } from "../zip";

export const ODS_TYPES = ["application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet-template"];
export const CONTENT = "content.xml";
const MANIFEST = "META-INF/manifest.xml";

/**
 * What the reader needs to see an OpenDocument spreadsheet besides the cells; the real ones
 * are not inflated (styles only give number formats, which values do not need) except the
 * manifest, checked for encryption.
 */
const EMPTY_STYLES = '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>';
const SPREADSHEET_MANIFEST =
  '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
  '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>';

export interface OdsSheet {
  name: string;
  cells: number;
  /** `table:protected="true"`; hidden by its table style (`table:display="false"`): the reader gives neither. */
  protected: boolean;
  hidden: boolean;
}

export interface OdsInput {
  /** The parts handed to the reader, by name. */
  parts: Record<string, Uint8Array>;
  sheets: OdsSheet[];
  cells: number;
}

/** The mimetype part's text, when the package has one (it is stored, a few bytes). */
export function mimetypeOf(b: Uint8Array, entries: ZipEntry[]): string | null {
  const e = entries.find((x) => x.name === "mimetype");
  return e && e.usize < 256 ? new TextDecoder().decode(inflateEntry(b, e)).trim() : null;
}

export function prepareOds(b: Uint8Array, entries: ZipEntry[]): OdsInput {
  const find = (name: string) => entries.find((e) => e.name === name) ?? null;
  const manifest = find(MANIFEST);
  if (manifest && /encryption-data/.test(new TextDecoder().decode(inflateEntry(b, manifest)))) throw xlsxError("encrypted");
  const content = find(CONTENT);
  if (!content) throw corrupt({ kind: "missing-part", part: CONTENT });
  const bytes = inflateEntry(b, content);
  const scan = scanContent(new TextDecoder().decode(bytes));
  const enc = new TextEncoder();
  return { parts: { [CONTENT]: bytes, [MANIFEST]: enc.encode(SPREADSHEET_MANIFEST), "styles.xml": enc.encode(EMPTY_STYLES) }, ...scan };
}

// The reader's own tokenising (SheetJS 0.20.3, parse_content_xml): the same tags, the same
// attributes, so that the count below is never less than what it will make.
const TAG = /<([/]?)([^\s?><!/:"]*:|)([^\s?<>:/"]+)(?:\s+[^<>=?"'\s]+="[^"]*?")*\s*[/]?>/gm;
const ATTR = /\s([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g;

/**
 * A tag's attributes as the reader sees them: lower case, prefixes and `_…` suffixes dropped,
 * and an `…ext:` attribute (LibreOffice's calcext) not replacing one already there.
 */
function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) {
    let name = m[1];
    const colon = name.indexOf(":");
    if (colon >= 0) {
      if (out.has(name.slice(colon + 1).toLowerCase()) && name.slice(colon - 3, colon) === "ext") continue;
      name = name.slice(colon + 1);
    } else if (name.indexOf("_") > 0) name = name.slice(0, name.indexOf("_"));
    out.set(name.toLowerCase(), m[3] ?? m[4] ?? m[5] ?? "");
  }
  return out;
}

/** The text the reader parses: comments taken out first, as it does (that can join a tag). */
function withoutComments(s: string): string {
  const out: string[] = [];
  let last = 0;
  for (let i = s.indexOf("<!--"); i >= 0; ) {
    out.push(s.slice(last, i));
    const end = s.indexOf("-->", i + 4);
    if (end < 0) return out.join("");
    last = end + 3;
    i = s.indexOf("<!--", last);
  }
  out.push(s.slice(last));
  return out.join("");
}

/**
 * Cells per sheet as the reader would make them, or more: a cell with a value or text, once
 * per row repeat and per column repeat; a self-closing text cell once. Rows and columns are
 * followed as the reader counts them, so a value placed outside Excel's grid is refused here
 * (the reader would put it where no sheet can show it). Refuses a sheet or a workbook above the
 * caps, and more sheets than a written .xlsx could hold.
 */
export function scanContent(text: string): { sheets: OdsSheet[]; cells: number } {
  const sheets: OdsSheet[] = [];
  let sheet: OdsSheet = { name: "", cells: 0, protected: false, hidden: false };
  /** Table styles that hide their sheet, and the style being read. */
  const hiding = new Set<string>();
  let style = "";
  let total = 0;
  let row = -1;
  let col = -1;
  let rowRepeat = 1;
  let colRepeat = 1;
  let filled = false;
  let open = false;
  /** `rows` × `cols` cells from the current row and column. */
  const add = (rows: number, cols: number) => {
    if (row < 0 || col < 0 || row + rows > SHEET_ROWS || col + cols > SHEET_COLS) {
      throw corrupt({ kind: "ref", part: CONTENT, sheet: sheet.name, detail: a1(Math.max(0, row + rows - 1), Math.max(0, col + cols - 1)) });
    }
    sheet.cells += rows * cols;
    total += rows * cols;
    if (sheet.cells > LIMITS.sheetCells) throw tooLarge({ what: "cells", part: CONTENT, sheet: sheet.name, size: sheet.cells, limit: LIMITS.sheetCells });
    if (total > LIMITS.legacyCells) throw tooLarge({ what: "workbook-cells", part: CONTENT, size: total, limit: LIMITS.legacyCells });
  };
  // The reader takes a bad repeat for 1 in one place and NaN in another (which loses the row's later cells): refused.
  const repeat = (v: string | undefined, what: string) => {
    if (v === undefined) return 1;
    if (!/^\s*\d+\s*$/.test(v) || Number(v) < 1) throw corrupt({ kind: "xml", part: CONTENT, sheet: sheet.name, detail: `${what}="${v.slice(0, 20)}"` });
    return Number(v);
  };
  for (const m of withoutComments(text).matchAll(TAG)) {
    const closing = m[1] === "/";
    const selfClosing = m[0].charAt(m[0].length - 2) === "/";
    switch (m[3].replace(/_[\s\S]*$/, "")) {
      case "table":
      case "工作表":
        if (!closing && !selfClosing) {
          if (sheets.length >= LIMITS.legacySheets) throw tooLarge({ what: "sheets", part: CONTENT, size: sheets.length + 1, limit: LIMITS.legacySheets });
          const a = attrs(m[0]);
          const hidden = hiding.has(a.get("style-name") ?? "");
          sheet = { name: a.get("名称") || a.get("name") || "", cells: 0, protected: a.get("protected") === "true", hidden };
          sheets.push(sheet);
          row = col = -1;
        }
        break;
      case "table-row":
      case "行":
        if (closing) {
          row += rowRepeat;
          rowRepeat = 1;
        } else {
          const a = attrs(m[0]);
          const at = a.get("行号");
          if (at) row = repeat(at, "行号") - 1;
          else if (row === -1) row = 0;
          rowRepeat = repeat(a.get("number-rows-repeated"), "number-rows-repeated");
          col = -1;
        }
        break;
      case "covered-table-cell":
        // Its attributes become "the last cell's" for a stray closing tag, as in the reader.
        if (!closing) col += colRepeat = repeat(attrs(m[0]).get("number-columns-repeated"), "number-columns-repeated");
        break;
      case "table-cell":
      case "数据": {
        if (closing) {
          // The reader stores at every closing tag (a stray one repeats the last cell), except the first after an empty text cell.
          if (!(open && !filled)) add(rowRepeat, colRepeat);
          col += colRepeat - 1;
          open = false;
          break;
        }
        const a = attrs(m[0]);
        const type = a.get("数据类型") || a.get("value-type");
        col++;
        colRepeat = repeat(a.get("number-columns-repeated"), "number-columns-repeated");
        if (selfClosing) {
          if (type === "string") add(1, 1);
          col += colRepeat - 1;
          break;
        }
        filled = type !== undefined && type !== "" && type !== "string" && type !== "text";
        open = true;
        break;
      }
      case "p":
      case "文本串":
        filled = true;
        break;
      case "style":
        if (!closing) style = attrs(m[0]).get("family") === "table" ? attrs(m[0]).get("name") ?? "" : "";
        break;
      case "table-properties":
        if (style && attrs(m[0]).get("display") === "false") hiding.add(style);
        break;
    }
  }
  return { sheets, cells: total };
}
