/**
 * A small pull scanner for the XML of OOXML parts. It hands out tags and text with their
 * offsets (so writers can splice the original text) and checks that tags nest. Names are
 * compared by local name: writers differ in prefixes (`x:row`, `row`).
 */
import { XML_ILLEGAL } from "../core";
import { CorruptParams, corrupt } from "./errors";

export const enum Tok {
  End = 0,
  Open = 1,
  Close = 2,
  Text = 3,
}

export class XmlScanner {
  kind: Tok = Tok.End;
  /** Qualified name of the current tag. */
  name = "";
  /** Local name (prefix removed) of the current tag. */
  local = "";
  /** Offsets of the current token: the whole tag, or the text run. */
  start = 0;
  end = 0;
  selfClosing = false;
  /** The current text run is CDATA (taken literally). */
  cdata = false;
  /** Open elements, qualified names. */
  readonly stack: string[] = [];
  private pos = 0;
  private seenRoot = false;

  constructor(
    readonly src: string,
    private readonly part: string,
    private readonly sheet?: string,
    /** The text is only the start of the part: running out of it ends the scan quietly. */
    private readonly partial = false,
  ) {}

  /** Out of text inside a token: the end of a partial text, else a damaged part. */
  private cut(detail: string, at: number): Tok {
    if (!this.partial) this.fail(detail, at);
    this.start = this.end = this.pos = this.src.length;
    return (this.kind = Tok.End);
  }

  fail(detail: string, at = this.pos): never {
    return this.failWith({ kind: "xml", detail }, at);
  }

  /** A damaged-part error at offset `at`, naming this part, its sheet and the line. */
  failWith(p: Pick<CorruptParams, "kind" | "detail" | "cell">, at = this.pos): never {
    let line = 1;
    for (let i = 0; i < at && i < this.src.length; i++) if (this.src.charCodeAt(i) === 10) line++;
    throw corrupt({ ...p, part: this.part, sheet: this.sheet, line });
  }

  get depth(): number {
    return this.stack.length;
  }

  next(): Tok {
    const s = this.src;
    for (;;) {
      const p = this.pos;
      if (p >= s.length) {
        if (this.stack.length) return this.cut(`<${this.stack[this.stack.length - 1]}> is not closed`, p);
        if (!this.seenRoot) this.fail("no root element", p);
        this.start = this.end = p;
        return (this.kind = Tok.End);
      }
      if (s.charCodeAt(p) !== 60) {
        let q = s.indexOf("<", p);
        if (q < 0) q = s.length;
        this.start = p;
        this.end = this.pos = q;
        this.cdata = false;
        if (!this.stack.length) {
          if (!isBlank(s, p, q)) this.fail("text outside the root element", p);
          continue;
        }
        return (this.kind = Tok.Text);
      }
      const c = s.charCodeAt(p + 1);
      if (c === 33) {
        if (s.startsWith("<!--", p)) {
          const q = s.indexOf("-->", p + 4);
          if (q < 0) return this.cut("unterminated comment", p);
          this.pos = q + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", p)) {
          const q = s.indexOf("]]>", p + 9);
          if (q < 0) return this.cut("unterminated CDATA", p);
          if (!this.stack.length) this.fail("CDATA outside the root element", p);
          this.start = p;
          this.end = this.pos = q + 3;
          this.cdata = true;
          return (this.kind = Tok.Text);
        }
        // A DOCTYPE has no place in OOXML: a bare one is skipped, one declaring entities refused.
        const q = s.indexOf(">", p);
        if (s.startsWith("<!DOCTYPE", p) && (q < 0 || s.lastIndexOf("[", q) > p)) this.fail("a DOCTYPE declaring entities is not allowed", p);
        if (q < 0) return this.cut("unterminated declaration", p);
        this.pos = q + 1;
        continue;
      }
      if (c === 63) {
        const q = s.indexOf("?>", p + 2);
        if (q < 0) return this.cut("unterminated processing instruction", p);
        this.pos = q + 2;
        continue;
      }
      if (c === 47) {
        const q = s.indexOf(">", p + 2);
        if (q < 0) return this.cut("unterminated end tag", p);
        let e = q;
        while (e > p + 2 && isSpace(s.charCodeAt(e - 1))) e--;
        const open = this.stack.pop();
        // Compare in place: most end tags match, and slicing every one costs.
        if (open === undefined || e - (p + 2) !== open.length || !s.startsWith(open, p + 2)) {
          const name = s.slice(p + 2, e);
          this.fail(open === undefined ? `unexpected </${name}>` : `</${name}> closes <${open}>`, p);
        }
        if (open !== this.name) this.setName(open);
        this.start = p;
        this.end = this.pos = q + 1;
        this.selfClosing = false;
        return (this.kind = Tok.Close);
      }
      // A start tag: find its end, skipping quoted attribute values (they may hold '>').
      let q = p + 1;
      while (q < s.length) {
        const ch = s.charCodeAt(q);
        if (ch === 62) break;
        if (ch === 34 || ch === 39) {
          const r = s.indexOf(ch === 34 ? '"' : "'", q + 1);
          if (r < 0) return this.cut("unterminated attribute value", q);
          q = r + 1;
        } else if (ch === 60) this.fail("'<' inside a tag", q);
        else q++;
      }
      if (q >= s.length) return this.cut("unterminated start tag", p);
      let n = p + 1;
      while (n < q && !isSpace(s.charCodeAt(n)) && s.charCodeAt(n) !== 47) n++;
      if (n === p + 1) this.fail("empty tag name", p);
      const name = s.slice(p + 1, n);
      this.setName(name);
      this.selfClosing = s.charCodeAt(q - 1) === 47;
      if (!this.stack.length) {
        if (this.seenRoot) this.fail("a second root element", p);
        this.seenRoot = true;
      }
      if (!this.selfClosing) this.stack.push(name);
      this.start = p;
      this.end = this.pos = q + 1;
      return (this.kind = Tok.Open);
    }
  }

  private setName(name: string): void {
    this.name = name;
    const i = name.indexOf(":");
    this.local = i < 0 ? name : name.slice(i + 1);
  }

  /** A decoded attribute of the current start tag, matched by local name. */
  attr(local: string): string | null {
    return tagAttr(this.src, this.start, this.end, local);
  }

  /** The decoded text of the current text run. */
  text(): string {
    if (this.cdata) return this.src.slice(this.start + 9, this.end - 3);
    return decodeText(this.src, this.start, this.end);
  }

  /** Goes on after the element just opened, whose content and end tag another reader took, up to `end`. */
  resumeAfter(end: number): void {
    this.stack.pop();
    this.pos = end;
  }

  /** Skips to the end of the element just opened (no-op for a self-closing one). */
  skipElement(): void {
    if (this.kind !== Tok.Open || this.selfClosing) return;
    const d = this.stack.length;
    for (let k = this.next(); k !== Tok.End; k = this.next()) if (k === Tok.Close && this.stack.length === d - 1) return;
  }

  /** The decoded text content of the element just opened, all descendant text concatenated. */
  elementText(): string {
    if (this.kind !== Tok.Open || this.selfClosing) return "";
    const d = this.stack.length;
    let out = "";
    for (let k = this.next(); k !== Tok.End; k = this.next()) {
      if (k === Tok.Text) out += this.text();
      else if (k === Tok.Close && this.stack.length === d - 1) break;
    }
    return out;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isBlank(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== 0xfeff) return false;
  return true;
}

/** The prefix (with colon) of a qualified name: `x:row` → `x:`. */
export function prefixOf(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? "" : name.slice(0, i + 1);
}

interface AttrSpan {
  name: string;
  /** Offsets of the value between the quotes. */
  vStart: number;
  vEnd: number;
  /** Offsets of the whole attribute, from the space before its name. */
  start: number;
  end: number;
}

/** Attributes of the start tag at [start, end). */
export function tagAttrs(s: string, start: number, end: number): AttrSpan[] {
  const out: AttrSpan[] = [];
  let i = start + 1;
  while (i < end && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== 47 && s.charCodeAt(i) !== 62) i++;
  for (;;) {
    const before = i;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const ns = i;
    while (i < end && s.charCodeAt(i) !== 61 && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== 47 && s.charCodeAt(i) !== 62) i++;
    if (i === ns) return out;
    const name = s.slice(ns, i);
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 61) return out;
    i++;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const quote = s.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return out;
    const close = s.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= end) return out;
    out.push({ name, vStart: i + 1, vEnd: close, start: before, end: close + 1 });
    i = close + 1;
  }
}

function localOf(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * The raw value of an unprefixed attribute in a start tag, fast for the common shape
 * (`name="value"` after a single space); falls back to a full parse for anything else.
 */
export function rawAttr(s: string, start: number, end: number, name: string): string | null {
  let plain = true;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 9 || c === 10 || c === 13 || (c === 61 && s.charCodeAt(i + 1) !== 34) || (c === 32 && s.charCodeAt(i + 1) === 61)) {
      plain = false;
      break;
    }
  }
  if (plain) {
    // Search inside the tag only: an absent attribute must not send us through the rest of the part.
    const n = name.length;
    const first = name.charCodeAt(0);
    for (let i = start; i + n + 2 < end; i++) {
      if (s.charCodeAt(i) !== 32 || s.charCodeAt(i + 1) !== first || s.charCodeAt(i + n + 1) !== 61) continue;
      if (n > 1 && s.slice(i + 1, i + 1 + n) !== name) continue;
      const v = i + n + 3;
      return s.slice(v, s.indexOf('"', v));
    }
    return null;
  }
  for (const a of tagAttrs(s, start, end)) if (a.name === name) return s.slice(a.vStart, a.vEnd);
  return null;
}

export function tagAttr(s: string, start: number, end: number, local: string): string | null {
  for (const a of tagAttrs(s, start, end)) {
    if (a.name === local || (localOf(a.name) === local && !a.name.startsWith("xmlns"))) {
      return decodeAttr(s, a.vStart, a.vEnd);
    }
  }
  return null;
}

/** Sets (or adds) an attribute in a start tag's text, keeping everything else as it was. */
export function setAttr(tag: string, name: string, value: string): string {
  const enc = escapeAttr(value);
  for (const a of tagAttrs(tag, 0, tag.length)) {
    if (a.name === name) return tag.slice(0, a.vStart) + enc + tag.slice(a.vEnd);
  }
  let at = tag.length - 1;
  if (tag.charCodeAt(at - 1) === 47) at--;
  while (at > 0 && isSpace(tag.charCodeAt(at - 1))) at--;
  return `${tag.slice(0, at)} ${name}="${enc}"${tag.slice(at)}`;
}

/** Removes an attribute from a start tag's text. */
export function removeAttr(tag: string, name: string): string {
  for (const a of tagAttrs(tag, 0, tag.length)) {
    if (a.name === name) return tag.slice(0, a.start) + tag.slice(a.end);
  }
  return tag;
}

/** A start tag's attributes as a map of qualified names to decoded values. */
export function attrMap(tag: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of tagAttrs(tag, 0, tag.length)) m.set(a.name, decodeAttr(tag, a.vStart, a.vEnd));
  return m;
}

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
 */
export function intern(pool: Map<string, string> | undefined, s: string): string {
  if (!pool || s.length > 256) return own(s);
  let hit = pool.get(s);
  if (hit === undefined) {
    hit = own(s);
    pool.set(hit, hit);
  }
  return hit;
}

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

/** Start of the first element `local` (any prefix) at or after `from`, or -1. */
export function findTag(s: string, local: string, from = 0): number {
  let i = from;
  for (;;) {
    i = s.indexOf(local, i);
    if (i < 0) return -1;
    const after = s.charCodeAt(i + local.length);
    const endsName = after === 32 || after === 62 || after === 47 || after === 9 || after === 10 || after === 13;
    if (endsName) {
      let j = i - 1;
      while (j >= 0 && isNameChar(s.charCodeAt(j))) j--;
      if (j >= 0 && s.charCodeAt(j) === 60) {
        const pre = s.slice(j + 1, i);
        if (pre === "" || (pre.endsWith(":") && pre.indexOf(":") === pre.length - 1)) return j;
      }
    }
    i += local.length;
  }
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

/** End offset (exclusive) of the start tag beginning at `start`. */
export function tagEnd(s: string, start: number): number {
  let q = start + 1;
  while (q < s.length) {
    const ch = s.charCodeAt(q);
    if (ch === 62) return q + 1;
    if (ch === 34 || ch === 39) q = s.indexOf(ch === 34 ? '"' : "'", q + 1) + 1 || s.length;
    else q++;
  }
  return s.length;
}

/**
 * Inserts `el` as a child of the root at its place in the schema's sequence `order`:
 * before the first child that must come after it. Children the list does not know
 * (extensions, markup compatibility) are passed over. A self-closing root is opened up.
 */
export function insertChild(text: string, part: string, order: readonly string[], local: string, el: (prefix: string) => string): string {
  const rank = order.indexOf(local);
  const sc = new XmlScanner(text, part);
  let root = "";
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Open && !root) {
      root = sc.name;
      if (sc.selfClosing) {
        const open = text.slice(sc.start, sc.end - 2).replace(/\s+$/, "") + ">";
        return text.slice(0, sc.start) + open + el(prefixOf(root)) + `</${root}>` + text.slice(sc.end);
      }
      continue;
    }
    if (sc.kind === Tok.Open && sc.stack.length === (sc.selfClosing ? 1 : 2)) {
      if (order.indexOf(sc.local) > rank) return text.slice(0, sc.start) + el(prefixOf(root)) + text.slice(sc.start);
      sc.skipElement();
    } else if (sc.kind === Tok.Close && sc.stack.length === 0) {
      return text.slice(0, sc.start) + el(prefixOf(root)) + text.slice(sc.start);
    }
  }
  throw corrupt({ kind: "xml", part, detail: `no root element for <${local}>` });
}
