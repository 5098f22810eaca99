/**
 * The OPC package: parts by name, their relationships and content types. Parts keep their
 * original compressed bytes until something replaces them.
 */
import { corrupt, xlsxError } from "./errors";
import { Tok, XmlScanner, escapeAttr, findTag, prefixOf } from "./xml";
import { ZipEntry, ZipItem, inflateEntry, inflateHead, readZip, writeZip } from "./zip";

export const CONTENT_TYPES = "[Content_Types].xml";

export interface Rel {
  id: string;
  type: string;
  /** Resolved part name (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

/** Relationship types are compared by their last segment: transitional and strict URIs differ in the rest. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = (kind: string) => `${REL_NS}/${kind}`;

/** The rels part that describes `part`'s relationships. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target resolved against its source part, as a zip name. */
export function resolveTarget(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    // A stray '%' is a literal character of the name.
  }
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** A target for a new relationship from `source` to `part`, relative as Office writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** A part's text; `partial` bytes may end inside a character, which is then left out. */
function decodePart(bytes: Uint8Array, partial = false): string {
  const opts = { stream: partial };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes, opts);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes, opts);
  return new TextDecoder().decode(bytes, opts);
}

/** Parts we rewrite are UTF-8, so a declaration that says otherwise must say so too. */
function asUtf8(text: string): string {
  const m = /^<\?xml[^?]*?encoding\s*=\s*(["'])([^"']*)\1/.exec(text);
  if (!m || m[2].toLowerCase() === "utf-8") return text;
  const at = m.index + m[0].length - m[2].length - 1;
  return text.slice(0, at) + "UTF-8" + text.slice(at + m[2].length);
}

export class Package {
  private readonly source: Uint8Array;
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLower = new Map<string, string>();
  /** New content of replaced or added parts; null: the text in `texts`, encoded only when the bytes are wanted. */
  private readonly replaced = new Map<string, Uint8Array | null>();
  private readonly added: string[] = [];
  private readonly removed = new Set<string>();
  private readonly texts = new Map<string, string>();
  /** Per part, how many times its content was set or removed: what was read of it is stale when this moves. */
  private readonly revisions = new Map<string, number>();
  /** Names changed since `track` began, for reporting what a write touched. */
  private journal: Set<string> | null = null;

  constructor(bytes: Uint8Array) {
    // Our own copy: the caller may reuse its buffer, and raw parts are copied from here later.
    this.source = bytes.slice();
    this.entries = readZip(this.source);
    for (const e of this.entries) {
      if (e.name.endsWith("/")) continue;
      if (e.flags & 1) throw xlsxError("encrypted");
      this.byName.set(e.name, e);
      this.byLower.set(e.name.toLowerCase(), e.name);
    }
  }

  /** The stored name of a part, matched case-insensitively as OPC requires, or null. */
  find(name: string): string | null {
    const n = name.startsWith("/") ? name.slice(1) : name;
    if (this.removed.has(n)) return null;
    if (this.byName.has(n) || this.replaced.has(n)) return n;
    const hit = this.byLower.get(n.toLowerCase());
    return hit !== undefined && !this.removed.has(hit) ? hit : null;
  }

  has(name: string): boolean {
    return this.find(name) !== null;
  }

  /** The bytes the package was opened from. */
  original(): Uint8Array {
    return this.source;
  }

  /** Parts whose content is new since the package was opened (replaced or added), still present. */
  changedParts(): string[] {
    return [...this.replaced.keys()].filter((n) => !this.removed.has(n));
  }

  /** Every present part name, original order first, then added parts. */
  names(): string[] {
    const out = this.entries.filter((e) => !e.name.endsWith("/") && !this.removed.has(e.name)).map((e) => e.name);
    for (const a of this.added) if (!this.removed.has(a)) out.push(a);
    return out;
  }

  bytes(name: string): Uint8Array | null {
    const n = this.find(name);
    if (n === null) return null;
    if (this.replaced.has(n)) return this.newBytes(n);
    return inflateEntry(this.source, this.byName.get(n)!);
  }

  /** A replaced or added part's bytes, encoding its text the first time they are asked for. */
  private newBytes(n: string): Uint8Array {
    let r = this.replaced.get(n);
    if (!r) {
      r = new TextEncoder().encode(this.texts.get(n)!);
      this.replaced.set(n, r);
    }
    return r;
  }

  text(name: string): string | null {
    const n = this.find(name);
    if (n === null) return null;
    let t = this.texts.get(n);
    if (t === undefined) {
      t = decodePart(this.bytes(n)!);
      this.texts.set(n, t);
    }
    return t;
  }

  /**
   * A part's text for reading once: from the cache when it is there, else decoded and not
   * kept, so the bytes and text of a sheet turned into a grid are let go at once.
   */
  readText(name: string): string | null {
    const n = this.find(name);
    if (n === null) return null;
    return this.texts.get(n) ?? (this.replaced.has(n) ? this.text(n) : decodePart(this.bytes(n)!));
  }

  /** Changes so far to a part's content (0: as opened); what was read of it holds while this stays. */
  revision(name: string): number {
    const n = this.find(name);
    return n === null ? -1 : this.revisions.get(n) ?? 0;
  }

  /**
   * The start of a part's text, at least `maxBytes` of it when it is that long, inflating no
   * more than that: for looking at a sheet's first rows. `complete`: this is all of it (not
   * kept either: the caller reads it into a grid).
   */
  textHead(name: string, maxBytes: number): { text: string; complete: boolean } | null {
    const n = this.find(name);
    if (n === null) return null;
    const known = this.texts.get(n);
    if (known !== undefined || this.replaced.has(n)) return { text: known ?? this.text(n)!, complete: true };
    const head = inflateHead(this.source, this.byName.get(n)!, maxBytes);
    return { text: decodePart(head.data, !head.complete), complete: head.complete };
  }

  /** A part's text if it has been decoded already (nothing is inflated), else null. */
  knownText(name: string): string | null {
    const n = this.find(name);
    return n === null ? null : this.texts.get(n) ?? null;
  }

  /** Text of a part that must exist. */
  need(name: string): string {
    const t = this.text(name);
    if (t === null) throw corrupt({ kind: "missing-part", part: name });
    return t;
  }

  setText(name: string, text: string): void {
    this.put(name, null).set(this.find(name)!, asUtf8(text));
  }

  setBytes(name: string, data: Uint8Array): void {
    this.put(name, data);
  }

  /** Records new content for a part (bytes, or null for a text set next); returns the text cache. */
  private put(name: string, data: Uint8Array | null): Map<string, string> {
    const n = this.find(name) ?? (name.startsWith("/") ? name.slice(1) : name);
    if (!this.byName.has(n) && !this.added.includes(n)) this.added.push(n);
    this.removed.delete(n);
    this.replaced.set(n, data);
    this.texts.delete(n);
    this.bump(n);
    this.journal?.add(n);
    return this.texts;
  }

  private bump(n: string): void {
    this.revisions.set(n, (this.revisions.get(n) ?? 0) + 1);
  }

  remove(name: string): void {
    const n = this.find(name);
    if (n === null) return;
    this.removed.add(n);
    this.replaced.delete(n);
    this.texts.delete(n);
    this.bump(n);
    this.journal?.add(n);
  }

  /**
   * Runs `work` as one transaction: if it throws, every part is as it was before. Returns
   * what `work` returned and the names of the parts it changed, added or removed.
   */
  transact<T>(work: () => T): { result: T; changed: string[] } {
    const saved = {
      replaced: new Map(this.replaced),
      added: [...this.added],
      removed: new Set(this.removed),
      texts: new Map(this.texts),
    };
    if (this.journal) throw new Error("transactions do not nest");
    const journal = new Set<string>();
    this.journal = journal;
    try {
      const result = work();
      return { result, changed: [...journal].sort() };
    } catch (e) {
      // What was read of a part the work changed is stale again once it is put back.
      journal.forEach((n) => this.bump(n));
      this.replaced.clear();
      saved.replaced.forEach((v, k) => this.replaced.set(k, v));
      this.added.length = 0;
      this.added.push(...saved.added);
      this.removed.clear();
      saved.removed.forEach((n) => this.removed.add(n));
      this.texts.clear();
      saved.texts.forEach((v, k) => this.texts.set(k, v));
      throw e;
    } finally {
      this.journal = null;
    }
  }

  toBytes(): Uint8Array {
    const items: ZipItem[] = [];
    for (const e of this.entries) {
      if (this.removed.has(e.name)) continue;
      items.push(this.replaced.has(e.name) ? { name: e.name, data: this.newBytes(e.name) } : { name: e.name, entry: e, source: this.source });
    }
    for (const a of this.added) if (!this.removed.has(a)) items.push({ name: a, data: this.newBytes(a) });
    return writeZip(items);
  }

  // ---- relationships ----

  rels(source: string): Rel[] {
    const text = this.text(relsPathOf(source));
    if (text === null) return [];
    const sc = new XmlScanner(text, relsPathOf(source));
    const out: Rel[] = [];
    while (sc.next() !== Tok.End) {
      if (sc.kind !== Tok.Open || sc.local !== "Relationship") continue;
      const id = sc.attr("Id") ?? "";
      const type = sc.attr("Type") ?? "";
      const raw = sc.attr("Target") ?? "";
      const external = (sc.attr("TargetMode") ?? "").toLowerCase() === "external";
      out.push({ id, type, target: external ? raw : resolveTarget(source, raw), external });
    }
    return out;
  }

  /** Adds a relationship from `source` to `part`; returns its new id. */
  addRel(source: string, kind: string, part: string, typeUri?: string): string {
    return this.addRels(source, [{ part, type: typeUri ?? REL_TYPE(kind) }])[0];
  }

  /** Adds relationships from `source` in one edit of its rels part; returns their new ids. */
  addRels(source: string, items: { part: string; type: string }[]): string[] {
    const path = relsPathOf(source);
    const taken = new Set(this.rels(source).map((r) => r.id));
    let n = taken.size + 1;
    const ids = items.map(() => {
      while (taken.has(`rId${n}`)) n++;
      taken.add(`rId${n}`);
      return `rId${n}`;
    });
    const els = (pfx: string) =>
      items
        .map(
          (it, i) =>
            `<${pfx}Relationship Id="${ids[i]}" Type="${escapeAttr(it.type)}" Target="${escapeAttr(relativeTarget(source, it.part))}"/>`,
        )
        .join("");
    const text = this.text(path);
    if (text === null) {
      this.setText(
        path,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${els("")}</Relationships>`,
      );
    } else {
      this.setText(path, insertBeforeClose(text, "Relationships", els, path));
    }
    return ids;
  }

  /** The type URI a source part already uses for relationships of `kind` (strict or transitional). */
  relTypeLike(kind: string): string {
    for (const r of this.rels("")) {
      if (relKind(r.type) === "officeDocument") return r.type.slice(0, r.type.lastIndexOf("/") + 1) + kind;
    }
    return REL_TYPE(kind);
  }

  setRelType(source: string, id: string, type: string): void {
    const path = relsPathOf(source);
    const text = this.need(path);
    const sc = new XmlScanner(text, path);
    while (sc.next() !== Tok.End) {
      if (sc.kind === Tok.Open && sc.local === "Relationship" && sc.attr("Id") === id) {
        const tag = text.slice(sc.start, sc.end).replace(/\bType\s*=\s*(["'])[^"']*\1/, `Type="${escapeAttr(type)}"`);
        this.setText(path, text.slice(0, sc.start) + tag + text.slice(sc.end));
        return;
      }
    }
  }

  removeRel(source: string, id: string): void {
    const path = relsPathOf(source);
    const text = this.text(path);
    if (text === null) return;
    const sc = new XmlScanner(text, path);
    while (sc.next() !== Tok.End) {
      if (sc.kind === Tok.Open && sc.local === "Relationship" && sc.attr("Id") === id) {
        let end = sc.end;
        if (!sc.selfClosing) {
          sc.skipElement();
          end = sc.end;
        }
        this.setText(path, text.slice(0, sc.start) + text.slice(end));
        return;
      }
    }
  }

  // ---- content types ----

  /** Gives `part` its content type: by an Override unless the extension's Default already says it. */
  setContentType(part: string, type: string): void {
    this.setContentTypes([{ part, type }]);
  }

  setContentTypes(items: { part: string; type: string }[]): void {
    const text = this.need(CONTENT_TYPES);
    const sc = new XmlScanner(text, CONTENT_TYPES);
    const overrides = new Map<string, { start: number; end: number; type: string | null }>();
    const defaults = new Map<string, string | null>();
    while (sc.next() !== Tok.End) {
      if (sc.kind !== Tok.Open) continue;
      if (sc.local === "Override") overrides.set((sc.attr("PartName") ?? "").toLowerCase(), { start: sc.start, end: sc.end, type: sc.attr("ContentType") });
      else if (sc.local === "Default") defaults.set((sc.attr("Extension") ?? "").toLowerCase(), sc.attr("ContentType"));
    }
    const edits: { start: number; end: number; text: string }[] = [];
    const added: { part: string; type: string }[] = [];
    for (const it of items) {
      const o = overrides.get("/" + it.part.toLowerCase());
      if (o) {
        if (o.type !== it.type) {
          const tag = text.slice(o.start, o.end).replace(/\bContentType\s*=\s*(["'])[^"']*\1/, `ContentType="${escapeAttr(it.type)}"`);
          edits.push({ start: o.start, end: o.end, text: tag });
        }
        continue;
      }
      const ext = it.part.slice(it.part.lastIndexOf(".") + 1).toLowerCase();
      if (defaults.get(ext) !== it.type) added.push(it);
    }
    if (!edits.length && !added.length) return;
    let out = text;
    for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    if (added.length) {
      const els = (pfx: string) =>
        added.map((it) => `<${pfx}Override PartName="/${escapeAttr(it.part)}" ContentType="${escapeAttr(it.type)}"/>`).join("");
      out = insertBeforeClose(out, "Types", els, CONTENT_TYPES);
    }
    this.setText(CONTENT_TYPES, out);
  }

  /** The content type `[Content_Types].xml` gives a part: its Override, else its extension's Default. */
  contentType(part: string): string | null {
    return this.contentTypes()(part);
  }

  /** `contentType` for many parts: `[Content_Types].xml` is read once (the first Override, the last Default wins). */
  contentTypes(): (part: string) => string | null {
    const sc = new XmlScanner(this.need(CONTENT_TYPES), CONTENT_TYPES);
    const overrides = new Map<string, string | null>();
    const defaults = new Map<string, string | null>();
    while (sc.next() !== Tok.End) {
      if (sc.kind !== Tok.Open) continue;
      if (sc.local === "Override") {
        const name = (sc.attr("PartName") ?? "").toLowerCase();
        if (!overrides.has(name)) overrides.set(name, sc.attr("ContentType"));
      } else if (sc.local === "Default") defaults.set((sc.attr("Extension") ?? "").toLowerCase(), sc.attr("ContentType"));
    }
    return (part) => {
      const o = overrides.get("/" + part.toLowerCase());
      return o !== undefined ? o : defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase()) ?? null;
    };
  }

  removeOverride(part: string): void {
    const text = this.need(CONTENT_TYPES);
    const sc = new XmlScanner(text, CONTENT_TYPES);
    const want = "/" + part.toLowerCase();
    while (sc.next() !== Tok.End) {
      if (sc.kind === Tok.Open && sc.local === "Override" && (sc.attr("PartName") ?? "").toLowerCase() === want) {
        let end = sc.end;
        if (!sc.selfClosing) {
          sc.skipElement();
          end = sc.end;
        }
        this.setText(CONTENT_TYPES, text.slice(0, sc.start) + text.slice(end));
        return;
      }
    }
  }

  /** A part name like `xl/worksheets/sheet7.xml` not yet in the package. */
  freeName(dir: string, stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${dir}${stem}${n}${ext}`;
      if (!this.has(name) && !this.has(relsPathOf(name))) return name;
    }
  }
}

/**
 * Inserts an element just before the root's closing tag, in the root's prefix. A
 * self-closing root is opened up first.
 */
export function insertBeforeClose(text: string, rootLocal: string, el: (prefix: string) => string, part: string): string {
  const at = findTag(text, rootLocal);
  if (at < 0) throw corrupt({ kind: "xml", part, detail: `no <${rootLocal}>` });
  const sc = new XmlScanner(text, part);
  let rootName = "";
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Open && sc.depth <= 1 && sc.local === rootLocal) {
      rootName = sc.name;
      if (sc.selfClosing) {
        const open = text.slice(sc.start, sc.end - 2).replace(/\s+$/, "") + ">";
        return text.slice(0, sc.start) + open + el(prefixOf(rootName)) + `</${rootName}>` + text.slice(sc.end);
      }
    }
    if (sc.kind === Tok.Close && sc.depth === 0) {
      return text.slice(0, sc.start) + el(prefixOf(rootName || sc.name)) + text.slice(sc.start);
    }
  }
  throw corrupt({ kind: "xml", part, detail: `no </${rootLocal}>` });
}
