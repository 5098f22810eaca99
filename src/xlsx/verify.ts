/**
 * A written workbook, read back before it replaces anything: the zip opens, every new part
 * inflates (CRC checked) and is well-formed XML 1.0, the sheet list is legal and each sheet
 * has its part, every relationship of a new rels part resolves, and every new part has a
 * content type. Parts copied byte for byte from the input are not re-parsed, and what the
 * input already had (a relationship to a part it lacked, a part without a content type) is
 * not held against the write: they are the user's own, and a write makes them no worse.
 */
import { isLegalSheetName } from "./names";
import { CONTENT_TYPES, Package } from "./package";
import { readWorkbook } from "./workbook";
import { Tok, XML_ILLEGAL, XmlScanner } from "./xml";

/** Why a written package is not sound; names the part. */
export class VerifyError extends Error {
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = "VerifyError";
  }
}

function wellFormed(pkg: Package, part: string): void {
  // Decoded here rather than through the package's cache: a check of every part must not hold them all.
  const text = new TextDecoder().decode(pkg.bytes(part)!);
  XML_ILLEGAL.lastIndex = 0;
  const bad = XML_ILLEGAL.exec(text);
  if (bad) throw new VerifyError(part, `character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML`);
  const sc = new XmlScanner(text, part);
  while (sc.next() !== Tok.End);
}

/** What the input of a write already had, accepted as it was. */
export interface Before {
  /** The input package. */
  pkg: Package;
  /** Its sheet names, kept even when Excel would not let a user type them. */
  names: readonly string[];
}

/** True when the input had the same relationship (same id, same target) from the same rels part. */
function hadRel(before: Before | undefined, source: string, id: string, target: string): boolean {
  return !!before && before.pkg.rels(source).some((r) => r.id === id && r.target === target);
}

/**
 * Throws VerifyError (or the reader's XlsxError) when `bytes` is not a sound workbook.
 * `parts`: the parts that are new (null: all of them); `before`: the input of the write.
 */
export function verifyWritten(bytes: Uint8Array, parts: readonly string[] | null, before?: Before): void {
  const pkg = new Package(bytes);
  if (!pkg.has(CONTENT_TYPES)) throw new VerifyError(CONTENT_TYPES, "missing");
  const check = parts ?? pkg.names();
  // Read once, when first needed: asking per part would read [Content_Types].xml once per sheet.
  let types: ((part: string) => string | null) | null = null;
  const contentType = (part: string) => (types ??= pkg.contentTypes())(part);
  for (const part of check) {
    if (!pkg.has(part)) continue;
    if (/\.(xml|rels|vml)$/i.test(part) || part === CONTENT_TYPES) wellFormed(pkg, part);
    else pkg.bytes(part);
    const isNew = !before?.pkg.has(part);
    if (isNew && part !== CONTENT_TYPES && !part.toLowerCase().endsWith(".rels") && contentType(part) === null) {
      throw new VerifyError(part, "no content type");
    }
    if (part.toLowerCase().endsWith(".rels")) {
      const source = part.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, "$1$2");
      for (const r of pkg.rels(source)) {
        if (!r.external && !pkg.has(r.target) && !hadRel(before, source, r.id, r.target)) {
          throw new VerifyError(part, `relationship ${r.id} points at missing ${r.target}`);
        }
      }
    }
  }
  const wb = readWorkbook(pkg);
  const kept = new Set(before?.names ?? []);
  const seen = new Set<string>();
  for (const s of wb.sheets) {
    if (!kept.has(s.name) && !isLegalSheetName(s.name)) throw new VerifyError(wb.part, `sheet name "${s.name}" is not legal`);
    if (seen.has(s.name.toLowerCase())) throw new VerifyError(wb.part, `sheet name "${s.name}" is used twice`);
    seen.add(s.name.toLowerCase());
    if (!s.part) throw new VerifyError(wb.part, `sheet "${s.name}" has no part`);
  }
}
