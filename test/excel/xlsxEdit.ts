/**
 * What a user does to a workbook file in Excel between two fills, done on the package's XML
 * for the parity test: recolour a cell, rename a sheet. Test support only.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

function sheetPart(files: Record<string, Uint8Array>, sheet: string): string {
  const wb = strFromU8(files["xl/workbook.xml"]);
  const name = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  if (!rid || !target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The cell gets a solid fill of `rgb` (`#RRGGBB`) over its current format, as Excel's fill button does. */
export function recolour(bytes: Uint8Array, sheet: string, cell: string, rgb: string): Uint8Array {
  const files = unzipSync(bytes);
  const part = sheetPart(files, sheet);
  let xml = strFromU8(files[part]);
  let styles = strFromU8(files["xl/styles.xml"]);
  const tag = new RegExp(`<c r="${cell}"([^>]*?)(/?)>`).exec(xml);
  if (!tag) throw new Error(`no cell ${sheet}!${cell}`);
  const s = Number(/\ss="(\d+)"/.exec(tag[1])?.[1] ?? 0);
  const fillCount = Number(/<fills count="(\d+)"/.exec(styles)![1]);
  styles = styles
    .replace(/<fills count="\d+">/, `<fills count="${fillCount + 1}">`)
    .replace("</fills>", `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill></fills>`);
  const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles)!;
  const list = xfs[2].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
  const clone = list[s].replace(/fillId="\d+"/, `fillId="${fillCount}"`).replace(/<xf\b/, list[s].includes("applyFill") ? "<xf" : '<xf applyFill="1"');
  styles = styles.replace(xfs[0], `<cellXfs count="${list.length + 1}">${xfs[2]}${clone}</cellXfs>`);
  const attrs = /\ss="\d+"/.test(tag[1]) ? tag[1].replace(/\ss="\d+"/, ` s="${list.length}"`) : `${tag[1]} s="${list.length}"`;
  xml = xml.replace(tag[0], `<c r="${cell}"${attrs}${tag[2]}>`);
  files[part] = strToU8(xml);
  files["xl/styles.xml"] = strToU8(styles);
  return zipSync(files);
}

/** Renames a sheet the way Excel does: its entry in the workbook; its part and cells stay. */
export function renameSheet(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const files = unzipSync(bytes);
  const wb = strFromU8(files["xl/workbook.xml"]);
  files["xl/workbook.xml"] = strToU8(wb.replace(`name="${from}"`, `name="${to}"`));
  return zipSync(files);
}

function cellXml(ref: string, v: string | number, style = ""): string {
  if (typeof v === "number") return `<c r="${ref}"${style}><v>${v}</v></c>`;
  const t = v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<c r="${ref}"${style} t="inlineStr"><is><t>${t}</t></is></c>`;
}

/**
 * The sheet's cells replaced by `rows` (from A1), its links gone: what the user has when he
 * deletes a sheet and makes one of his own under the same name.
 */
export function replaceSheet(bytes: Uint8Array, sheet: string, rows: (string | number | null)[][]): Uint8Array {
  const files = unzipSync(bytes);
  const part = sheetPart(files, sheet);
  const data = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => (v === null ? "" : cellXml(`${String.fromCharCode(65 + c)}${r + 1}`, v))).join("")}</row>`)
    .join("");
  const xml = strFromU8(files[part])
    .replace(/<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${data}</sheetData>`)
    .replace(/<hyperlinks>[\s\S]*<\/hyperlinks>/, "")
    .replace(/<cols>[\s\S]*?<\/cols>/, "");
  files[part] = strToU8(xml);
  return zipSync(files);
}

/** A value typed into an existing cell (its format kept), as the user types it in Excel. */
export function typeValue(bytes: Uint8Array, sheet: string, cell: string, v: string | number): Uint8Array {
  const files = unzipSync(bytes);
  const part = sheetPart(files, sheet);
  const xml = strFromU8(files[part]);
  const m = new RegExp(`<c r="${cell}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
  if (!m) throw new Error(`no cell ${sheet}!${cell}`);
  const style = /\ss="\d+"/.exec(m[1])?.[0] ?? "";
  files[part] = strToU8(xml.replace(m[0], cellXml(cell, v, style)));
  return zipSync(files);
}
