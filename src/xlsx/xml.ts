/**
 * A small pull scanner for the XML of OOXML parts. It hands out tags and text with their
 * offsets (so writers can splice the original text) and checks that tags nest. Names are
 * compared by local name: writers differ in prefixes (`x:row`, `row`).
 */
import type { XmlCut, XmlReason } from "../core";
import { CorruptParams, corrupt } from "./errors";
import { isSpace, tagAttr } from "./xmlAttr";
import { decodeText } from "./xmlText";

export * from "./xmlAttr";
export * from "./xmlText";

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
  private cut(what: XmlCut, at: number): Tok {
    if (!this.partial) this.fail({ why: "cut", what }, at);
    this.start = this.end = this.pos = this.src.length;
    return (this.kind = Tok.End);
  }

  fail(reason: XmlReason, at = this.pos): never {
    return this.failWith({ kind: "xml", reason }, at);
  }

  /** A damaged-part error at offset `at`, naming this part, its sheet and the line. */
  failWith(p: Pick<CorruptParams, "kind" | "detail" | "cell" | "reason">, at = this.pos): never {
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
        if (this.stack.length) {
          if (!this.partial) this.fail({ why: "unclosed", name: this.stack[this.stack.length - 1] }, p);
          return this.cut("end-tag", p);
        }
        if (!this.seenRoot) this.fail({ why: "no-root" }, p);
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
          if (!isBlank(s, p, q)) this.fail({ why: "text-outside" }, p);
          continue;
        }
        return (this.kind = Tok.Text);
      }
      const c = s.charCodeAt(p + 1);
      if (c === 33) {
        if (s.startsWith("<!--", p)) {
          const q = s.indexOf("-->", p + 4);
          if (q < 0) return this.cut("comment", p);
          this.pos = q + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", p)) {
          const q = s.indexOf("]]>", p + 9);
          if (q < 0) return this.cut("cdata", p);
          if (!this.stack.length) this.fail({ why: "cdata-outside" }, p);
          this.start = p;
          this.end = this.pos = q + 3;
          this.cdata = true;
          return (this.kind = Tok.Text);
        }
        // A DOCTYPE has no place in OOXML: a bare one is skipped, one declaring entities refused.
        const q = s.indexOf(">", p);
        if (s.startsWith("<!DOCTYPE", p) && (q < 0 || s.lastIndexOf("[", q) > p)) this.fail({ why: "doctype" }, p);
        if (q < 0) return this.cut("declaration", p);
        this.pos = q + 1;
        continue;
      }
      if (c === 63) {
        const q = s.indexOf("?>", p + 2);
        if (q < 0) return this.cut("instruction", p);
        this.pos = q + 2;
        continue;
      }
      if (c === 47) {
        const q = s.indexOf(">", p + 2);
        if (q < 0) return this.cut("end-tag", p);
        let e = q;
        while (e > p + 2 && isSpace(s.charCodeAt(e - 1))) e--;
        const open = this.stack.pop();
        // Compare in place: most end tags match, and slicing every one costs.
        if (open === undefined || e - (p + 2) !== open.length || !s.startsWith(open, p + 2)) {
          const name = s.slice(p + 2, e);
          this.fail(open === undefined ? { why: "stray-close", name } : { why: "mismatch", name, open }, p);
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
          if (r < 0) return this.cut("attribute", q);
          q = r + 1;
        } else if (ch === 60) this.fail({ why: "lt-in-tag" }, q);
        else q++;
      }
      if (q >= s.length) return this.cut("start-tag", p);
      let n = p + 1;
      while (n < q && !isSpace(s.charCodeAt(n)) && s.charCodeAt(n) !== 47) n++;
      if (n === p + 1) this.fail({ why: "empty-name" }, p);
      const name = s.slice(p + 1, n);
      this.setName(name);
      this.selfClosing = s.charCodeAt(q - 1) === 47;
      if (!this.stack.length) {
        if (this.seenRoot) this.fail({ why: "second-root" }, p);
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

function isBlank(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== 0xfeff) return false;
  return true;
}

/** The prefix (with colon) of a qualified name: `x:row` → `x:`. */
export function prefixOf(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? "" : name.slice(0, i + 1);
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
  throw corrupt({ kind: "xml", part, reason: { why: "no-root" } });
}

