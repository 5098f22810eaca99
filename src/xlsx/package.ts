/**
 * The OPC package: parts by name, their relationships and content types. Parts keep their
 * original compressed bytes until something replaces them.
 */
import { corrupt, xlsxError } from "./errors";
import * as opc from "./opc";
import { Rel, relsPathOf } from "./opc";
import { ZipEntry, ZipItem, inflateEntry, inflateHead, readZip, writeZip } from "./zip";

export { CONTENT_TYPES, REL_NS, REL_TYPE, insertBeforeClose, relKind, relativeTarget, relsPathOf, resolveTarget } from "./opc";
export type { Rel } from "./opc";

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
  private readonly relsCache = new Map<string, { rev: number; rels: readonly Rel[] }>();
  /** Names changed since `track` began, for reporting what a write touched. */
  private journal: Set<string> | null = null;

  /** `shared`: the caller leaves `bytes` as they are, so they are read in place rather than copied. */
  constructor(bytes: Uint8Array, shared = false) {
    // Else our own copy: the caller may reuse its buffer, and raw parts are copied from here later.
    this.source = shared ? bytes : bytes.slice();
    this.entries = readZip(this.source);
    for (const e of this.entries) {
      if (e.name.endsWith("/")) continue;
      if (e.flags & 1) throw xlsxError("encrypted");
      // OPC allows one part per name, compared ignoring case: which copy a reader takes is anyone's guess.
      const lower = e.name.toLowerCase();
      if (this.byLower.has(lower)) throw corrupt({ kind: "zip", reason: { why: "duplicate", name: e.name } });
      this.byName.set(e.name, e);
      this.byLower.set(lower, e.name);
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

  /** A part's inflated size in bytes as its zip entry declares it (read nothing), or its new content's length. */
  size(name: string): number {
    const n = this.find(name);
    if (n === null) return 0;
    if (this.replaced.has(n)) return this.texts.get(n)?.length ?? this.replaced.get(n)?.length ?? 0;
    return this.byName.get(n)!.usize;
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

  /** A replaced or added part's text as set, when it was set as text (nothing encoded or decoded), else null. */
  newText(name: string): string | null {
    const n = this.find(name);
    return n !== null && this.replaced.has(n) ? this.texts.get(n) ?? null : null;
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

  // ---- relationships and content types (opc.ts) ----

  /** Relationships from `source`, parsed once while its rels part stays as it is (the workbook's are asked for often). */
  rels(source: string): readonly Rel[] {
    const path = relsPathOf(source);
    const rev = this.revision(path);
    const hit = this.relsCache.get(path);
    if (hit && hit.rev === rev) return hit.rels;
    const rels = Object.freeze(opc.rels(this, source).map((r) => Object.freeze(r)));
    this.relsCache.set(path, { rev, rels });
    return rels;
  }

  /** Adds a relationship from `source` to `part`; returns its new id. */
  addRel(source: string, kind: string, part: string, typeUri?: string): string {
    return opc.addRel(this, source, kind, part, typeUri);
  }

  /** Adds relationships from `source` in one edit of its rels part; returns their new ids. */
  addRels(source: string, items: { part: string; type: string }[]): string[] {
    return opc.addRels(this, source, items);
  }

  /** The type URI a source part already uses for relationships of `kind` (strict or transitional). */
  relTypeLike(kind: string): string {
    return opc.relTypeLike(this, kind);
  }

  setRelType(source: string, id: string, type: string): void {
    opc.setRelType(this, source, id, type);
  }

  removeRel(source: string, id: string): void {
    opc.removeRel(this, source, id);
  }

  /** Gives `part` its content type: by an Override unless the extension's Default already says it. */
  setContentType(part: string, type: string): void {
    opc.setContentType(this, part, type);
  }

  setContentTypes(items: { part: string; type: string }[]): void {
    opc.setContentTypes(this, items);
  }

  /** The content type `[Content_Types].xml` gives a part: its Override, else its extension's Default. */
  contentType(part: string): string | null {
    return opc.contentType(this, part);
  }

  /** `contentType` for many parts: `[Content_Types].xml` is read once (the first Override, the last Default wins). */
  contentTypes(): (part: string) => string | null {
    return opc.contentTypes(this);
  }

  removeOverride(part: string): void {
    opc.removeOverride(this, part);
  }

  /** A part name like `xl/worksheets/sheet7.xml` not yet in the package. */
  freeName(dir: string, stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${dir}${stem}${n}${ext}`;
      if (!this.has(name) && !this.has(relsPathOf(name))) return name;
    }
  }
}

