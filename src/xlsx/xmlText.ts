/** Text in and out of XML: entities, escapes, OOXML's `_xHHHH_`, and strings a grid may keep. */
import { XML_ILLEGAL } from "../core";

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e.charCodeAt(0) !== 35) return NAMED[e];
    const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * `s` as a string of its own. V8 makes a slice of 13 or more characters point into the string
 * it was cut from, so one cell's text kept in a grid would keep its whole part's text alive.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/**
 * One copy of each text a workbook repeats (the same item wording on every 自评表): `own(s)`,
 * the first time, and the same string after. Long texts are not looked up: they rarely repeat.
 * `POOL_MAX` texts at most are remembered.
 */
export function intern(pool: Map<string, string> | undefined, s: string): string {
  if (!pool || s.length > 256) return own(s);
  let hit = pool.get(s);
  if (hit === undefined) {
    hit = own(s);
    // Bounded: a hostile file of a million different texts must not double its cost here.
    if (pool.size < POOL_MAX) pool.set(hit, hit);
  }
  return hit;
}

const POOL_MAX = 200_000;

/** Text content: entities decoded, line ends normalised as an XML parser does. */
export function decodeText(s: string, start: number, end: number): string {
  let t = s.slice(start, end);
  if (t.indexOf("\r") >= 0) t = t.replace(/\r\n?/g, "\n");
  return t.indexOf("&") >= 0 ? decodeEntities(t) : t;
}

/** Attribute values: entities decoded, literal whitespace characters become spaces (XML §3.3.3). */
export function decodeAttr(s: string, start: number, end: number): string {
  let t = s.slice(start, end);
  if (/[\t\n\r]/.test(t)) t = t.replace(/\r\n|[\t\n\r]/g, " ");
  return t.indexOf("&") >= 0 ? decodeEntities(t) : t;
}

/** Characters XML 1.0 cannot carry at all (the core's rule, shared with the memo's JSON). */
export { XML_ILLEGAL };

/** Text that XML can carry: each illegal character becomes U+FFFD, as a decoder would show it. */
export function xmlSafe(s: string): string {
  XML_ILLEGAL.lastIndex = 0;
  return XML_ILLEGAL.test(s) ? s.replace(XML_ILLEGAL, "\ufffd") : s;
}

export function escapeText(s: string): string {
  return xmlSafe(s).replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

export function escapeAttr(s: string): string {
  return xmlSafe(s).replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
    }
  });
}

/**
 * OOXML string escapes (ST_Xstring): `_xHHHH_` stands for a UTF-16 unit, which is how
 * Excel stores characters XML 1.0 cannot carry (and a literal `_x` needs `_x005F_`).
 */
export function decodeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function encodeXstring(s: string): string {
  // Unpaired surrogates too: `_xD800_` keeps them as Excel does, where a literal would break the part.
  // eslint-disable-next-line no-control-regex
  return s.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
    c === "_" ? "_x005F_" : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** Text to put in a `<t>` element: OOXML escapes, then XML escapes. */
export function xmlString(s: string): string {
  return escapeText(encodeXstring(s));
}

/** True for a code point XML 1.0 allows (its Char production). */
function isXmlChar(c: number): boolean {
  return c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/**
 * The first character XML 1.0 cannot carry, raw (`\u0001`, U+FFFE, a lone surrogate) or as a
 * character reference (`&#1;`): its offset and code point, or null. Such a part is not XML:
 * Excel refuses it (or repairs it) on opening.
 */
export function illegalCharAt(s: string): { at: number; code: number } | null {
  XML_ILLEGAL.lastIndex = 0;
  const raw = XML_ILLEGAL.exec(s);
  const end = raw ? raw.index : s.length;
  for (let i = s.indexOf("&#"); i >= 0 && i < end; i = s.indexOf("&#", i + 2)) {
    const m = /^&#(x[0-9a-fA-F]+|[0-9]+);/.exec(s.slice(i, i + 16));
    if (!m) continue;
    const code = m[1][0] === "x" ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (!isXmlChar(code)) return { at: i, code };
  }
  return raw ? { at: raw.index, code: s.charCodeAt(raw.index) } : null;
}
