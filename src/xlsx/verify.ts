/**
 * A written workbook, checked before it replaces anything: every new part inflates (CRC
 * checked) and is well-formed XML 1.0, the sheet list is legal and each sheet has its part,
 * every relationship of a new rels part resolves, and every new part has a content type.
 *
 * The output is compared with the input, not with an ideal: what the input already had (a
 * sheet entry without a part, as Excel and LibreOffice write macro and dialog sheets; a
 * relationship to a part it lacked; a name Excel would not let a user type) is the user's
 * own and is not held against a write that leaves it as it was. A changed part that is not
 * sound because the input's part was not (a character XML cannot carry, say) is the user's
 * damaged file, told in words (XlsxError); only a fault the write itself made is a
 * VerifyError, a fault of ours.
 */
import type { VerifyReason, XmlReason } from "../core";
import { xlsxStrings, Lang } from "../core";
import { XlsxError, corrupt } from "./errors";
import { isLegalSheetName } from "./names";
import { CONTENT_TYPES, Package } from "./package";
import { SheetRef, readWorkbook } from "./workbook";
import { Tok, XmlScanner, illegalCharAt, tagAttr, xmlSafe } from "./xml";

/** Why a written package is not sound; names the part. */
export class VerifyError extends Error {
  constructor(
    readonly part: string,
    readonly reason: VerifyReason,
    cause?: unknown,
  ) {
    super(xlsxStrings("en").errors.notVerified(part, reason), { cause });
    this.name = "VerifyError";
  }

  text(lang: Lang): string {
    return xlsxStrings(lang).errors.notVerified(this.part, this.reason);
  }
}

/** What the input of a write was: its package. */
export interface Before {
  pkg: Package;
}

/** The last cell start tag before `at` (within a few thousand characters), as its reference. */
function cellBefore(text: string, at: number): string | undefined {
  const re = /<(?:[\w.-]+:)?c\s[^>]*?\br="([A-Za-z]+\d+)"/g;
  re.lastIndex = Math.max(0, at - 4000);
  let ref: string | undefined;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) ref = m[1];
  return ref;
}

/** Where an illegal character sits: the sheet or defined name whose tag (or text) holds it, else the sheet, cell and line. */
function charError(text: string, at: number, code: number, part: string, sheet: string | undefined): XlsxError {
  const detail = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  const open = text.lastIndexOf("<", at);
  const end = text.indexOf(">", open);
  const tag = /^<(?:[\w.-]+:)?(sheet|definedName)[\s/>]/.exec(text.slice(open, open + 16))?.[1];
  const name = (what: "sheet" | "definedName") => ({ what, value: xmlSafe(tagAttr(text, open, end + 1, "name") ?? "") });
  if (tag === "sheet" && end > at) return corrupt({ kind: "char", part, line, detail, name: name("sheet") });
  if (tag === "definedName") return corrupt({ kind: "char", part, line, detail, name: name("definedName") });
  return corrupt({ kind: "char", part, sheet, cell: sheet ? cellBefore(text, at) : undefined, line, detail });
}

/**
 * Why a part is not well-formed XML 1.0, or null. A part written as text in this process is
 * checked as that text; any other is decoded here rather than through the package's cache:
 * a check of every part must not hold them all.
 */
function unsound(pkg: Package, part: string, sheet: string | undefined): XlsxError | null {
  const text = pkg.newText(part) ?? new TextDecoder().decode(pkg.bytes(part)!);
  const bad = illegalCharAt(text);
  if (bad) return charError(text, bad.at, bad.code, part, sheet);
  try {
    const sc = new XmlScanner(text, part, sheet);
    while (sc.next() !== Tok.End);
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  return null;
}

/** The sheet each part holds, for naming it in a message. */
function sheetOfPart(sheets: readonly SheetRef[]): (part: string) => string | undefined {
  const m = new Map(sheets.filter((s) => s.part).map((s) => [s.part!.toLowerCase(), s.name]));
  return (part) => m.get(part.toLowerCase());
}

/** True when the input had the same relationship (same id, same target) from the same rels part. */
function hadRel(before: Before | undefined, source: string, id: string, target: string): boolean {
  return !!before && before.pkg.rels(source).some((r) => r.id === id && r.target === target);
}

/** What is wrong with a sheet list, as the things found (a name twice, a sheet without a part …). */
function sheetFaults(sheets: readonly SheetRef[]): VerifyReason[] {
  const out: VerifyReason[] = [];
  const seen = new Set<string>();
  for (const s of sheets) {
    if (!isLegalSheetName(s.name)) out.push({ why: "illegal-name", name: s.name });
    if (seen.has(s.name.toLowerCase())) out.push({ why: "twice", name: s.name });
    seen.add(s.name.toLowerCase());
    if (!s.part) out.push({ why: "no-part", name: s.name });
  }
  return out;
}

/** A fault found in our own output, as the reason to give. */
function ours(part: string, fault: XlsxError): VerifyError {
  const d = fault.detail;
  if (d?.kind === "char") return new VerifyError(part, { why: "char", code: d.detail ?? "" });
  if (d?.kind === "xml" && d.reason) return new VerifyError(part, { why: "xml", reason: d.reason as XmlReason, line: d.line ?? 0 });
  return new VerifyError(part, { why: "read-back" }, fault);
}

/**
 * Throws when `pkg` is not a sound workbook: VerifyError for a fault the write made, the
 * reader's XlsxError for one the input already had in a part the write changed. `parts`:
 * the parts that are new (null: all of them); `before`: the input of the write.
 */
export function verifyPackage(pkg: Package, parts: readonly string[] | null, before?: Before): void {
  if (!pkg.has(CONTENT_TYPES)) throw new VerifyError(CONTENT_TYPES, { why: "no-types" });
  const check = parts ?? pkg.names();
  // The input's sheets name the parts in a message about its own faults (it was read whole at open).
  const was = before ? readWorkbook(before.pkg) : null;
  const sheetOf = sheetOfPart(was?.sheets ?? []);
  // Read once, when first needed: asking per part would read [Content_Types].xml once per sheet.
  let types: ((part: string) => string | null) | null = null;
  const contentType = (part: string) => (types ??= pkg.contentTypes())(part);
  for (const part of check) {
    if (!pkg.has(part)) continue;
    if (/\.(xml|rels|vml)$/i.test(part) || part === CONTENT_TYPES) {
      const fault = unsound(pkg, part, sheetOf(part));
      if (fault) {
        const input = before?.pkg.has(part) ? unsound(before.pkg, part, sheetOf(part)) : null;
        throw input ?? ours(part, fault);
      }
    } else readBack(part, () => pkg.bytes(part));
    const isNew = !before?.pkg.has(part);
    if (isNew && part !== CONTENT_TYPES && !part.toLowerCase().endsWith(".rels") && contentType(part) === null) {
      throw new VerifyError(part, { why: "no-type" });
    }
    if (part.toLowerCase().endsWith(".rels")) {
      const source = part.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, "$1$2");
      for (const r of pkg.rels(source)) {
        if (!r.external && !pkg.has(r.target) && !hadRel(before, source, r.id, r.target)) {
          throw new VerifyError(part, { why: "dangling", id: r.id, target: r.target });
        }
      }
    }
  }
  const wb = readBack("xl/workbook.xml", () => readWorkbook(pkg));
  const had = new Set((was ? sheetFaults(was.sheets) : []).map((f) => JSON.stringify(f)));
  const fault = sheetFaults(wb.sheets).find((f) => !had.has(JSON.stringify(f)));
  if (fault) throw new VerifyError(wb.part, fault);
}

/** Reading our own output: whatever the reader refuses there is a fault of the write. */
function readBack<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof XlsxError) throw ours(e.detail?.part ?? part, e);
    throw e;
  }
}

/** `verifyPackage` on the bytes of a written file: the zip itself is read back too. */
export function verifyWritten(bytes: Uint8Array, parts: readonly string[] | null, before?: Before): void {
  verifyPackage(readBack("", () => new Package(bytes)), parts, before);
}
