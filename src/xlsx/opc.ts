/**
 * The package's relationships and content types (OPC), read and edited as XML text through
 * the package's parts.
 */
import { corrupt } from "./errors";
import { Tok, XmlScanner, escapeAttr, findTag, prefixOf } from "./xml";

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


/**
 * The parts of a package these functions read and edit (package.ts's Package is one): named
 * here so that this file does not import the class that calls it.
 */
export interface Parts {
  text(name: string): string | null;
  need(name: string): string;
  setText(name: string, text: string): void;
  rels(source: string): readonly Rel[];
  addRels(source: string, items: { part: string; type: string }[]): string[];
  setContentTypes(items: { part: string; type: string }[]): void;
  contentTypes(): (part: string) => string | null;
}

export function rels(pkg: Parts, source: string): Rel[] {
  const text = pkg.text(relsPathOf(source));
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
export function addRel(pkg: Parts, source: string, kind: string, part: string, typeUri?: string): string {
  return pkg.addRels(source, [{ part, type: typeUri ?? REL_TYPE(kind) }])[0];
}

/** Adds relationships from `source` in one edit of its rels part; returns their new ids. */
export function addRels(pkg: Parts, source: string, items: { part: string; type: string }[]): string[] {
  const path = relsPathOf(source);
  const taken = new Set(pkg.rels(source).map((r) => r.id));
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
  const text = pkg.text(path);
  if (text === null) {
    pkg.setText(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${els("")}</Relationships>`,
    );
  } else {
    pkg.setText(path, insertBeforeClose(text, "Relationships", els, path));
  }
  return ids;
}

/** The type URI a source part already uses for relationships of `kind` (strict or transitional). */
export function relTypeLike(pkg: Parts, kind: string): string {
  for (const r of pkg.rels("")) {
    if (relKind(r.type) === "officeDocument") return r.type.slice(0, r.type.lastIndexOf("/") + 1) + kind;
  }
  return REL_TYPE(kind);
}

export function setRelType(pkg: Parts, source: string, id: string, type: string): void {
  const path = relsPathOf(source);
  const text = pkg.need(path);
  const sc = new XmlScanner(text, path);
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Open && sc.local === "Relationship" && sc.attr("Id") === id) {
      const tag = text.slice(sc.start, sc.end).replace(/\bType\s*=\s*(["'])[^"']*\1/, `Type="${escapeAttr(type)}"`);
      pkg.setText(path, text.slice(0, sc.start) + tag + text.slice(sc.end));
      return;
    }
  }
}

export function removeRel(pkg: Parts, source: string, id: string): void {
  const path = relsPathOf(source);
  const text = pkg.text(path);
  if (text === null) return;
  removeFirst(pkg, path, text, (sc) => sc.local === "Relationship" && sc.attr("Id") === id);
}

/** Takes the first element `match` picks (start tag to end tag) out of the part. */
function removeFirst(pkg: Parts, path: string, text: string, match: (sc: XmlScanner) => boolean): void {
  const sc = new XmlScanner(text, path);
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Open && match(sc)) {
      let end = sc.end;
      if (!sc.selfClosing) {
        sc.skipElement();
        end = sc.end;
      }
      pkg.setText(path, text.slice(0, sc.start) + text.slice(end));
      return;
    }
  }
}


/** Gives `part` its content type: by an Override unless the extension's Default already says it. */
export function setContentType(pkg: Parts, part: string, type: string): void {
  pkg.setContentTypes([{ part, type }]);
}

export function setContentTypes(pkg: Parts, items: { part: string; type: string }[]): void {
  const text = pkg.need(CONTENT_TYPES);
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
  pkg.setText(CONTENT_TYPES, out);
}

/** The content type `[Content_Types].xml` gives a part: its Override, else its extension's Default. */
export function contentType(pkg: Parts, part: string): string | null {
  return pkg.contentTypes()(part);
}

/** `contentType` for many parts: `[Content_Types].xml` is read once (the first Override, the last Default wins). */
export function contentTypes(pkg: Parts): (part: string) => string | null {
  const sc = new XmlScanner(pkg.need(CONTENT_TYPES), CONTENT_TYPES);
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

export function removeOverride(pkg: Parts, part: string): void {
  const text = pkg.need(CONTENT_TYPES);
  const want = "/" + part.toLowerCase();
  removeFirst(pkg, CONTENT_TYPES, text, (sc) => sc.local === "Override" && (sc.attr("PartName") ?? "").toLowerCase() === want);
}

/**
 * Inserts an element just before the root's closing tag, in the root's prefix. A
 * self-closing root is opened up first.
 */
export function insertBeforeClose(text: string, rootLocal: string, el: (prefix: string) => string, part: string): string {
  const at = findTag(text, rootLocal);
  if (at < 0) throw corrupt({ kind: "xml", part, reason: { why: "missing", name: rootLocal } });
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
  throw corrupt({ kind: "xml", part, reason: { why: "missing", name: `/${rootLocal}` } });
}
