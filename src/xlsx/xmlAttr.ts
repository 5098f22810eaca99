/** Attributes and tags read and edited in place in a part's text, without the scanner. */
import { decodeAttr, escapeAttr } from "./xmlText";

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
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

/**
 * The decoded value of the first attribute named `local`, or prefixed `p:local` (not a
 * namespace declaration). Walks the tag as `tagAttrs` does, without making its list: it is
 * asked of every relationship and sheet entry of a workbook, and often.
 */
export function tagAttr(s: string, start: number, end: number, local: string): string | null {
  let i = start + 1;
  while (i < end && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== 47 && s.charCodeAt(i) !== 62) i++;
  for (;;) {
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const ns = i;
    while (i < end && s.charCodeAt(i) !== 61 && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== 47 && s.charCodeAt(i) !== 62) i++;
    if (i === ns) return null;
    const ne = i;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 61) return null;
    i++;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const quote = s.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return null;
    const close = s.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= end) return null;
    if (nameIs(s, ns, ne, local)) return decodeAttr(s, i + 1, close);
    i = close + 1;
  }
}

/** The name in [ns, ne) is `local`, or has `local` after its first colon and is not `xmlns…`. */
function nameIs(s: string, ns: number, ne: number, local: string): boolean {
  const n = local.length;
  if (ne - ns === n) return s.startsWith(local, ns);
  if (ne - ns <= n + 1 || s.charCodeAt(ne - n - 1) !== 58 || !s.startsWith(local, ne - n)) return false;
  for (let k = ns; k < ne - n - 1; k++) if (s.charCodeAt(k) === 58) return false;
  return !s.startsWith("xmlns", ns);
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
