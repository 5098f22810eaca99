/**
 * The memo (original fills of our highlights, and what the tool created) as custom XML
 * parts, where the Excel add-in finds it too (`workbook.customXmlParts.getByNamespace`).
 * A long memo spans several parts, each under PART_BYTES, so the add-in can read each one
 * within Excel on the web's 5 MB limit.
 */
import { MEMO_NAMESPACE, MemoState, UNDO_NAMESPACE, memoParts, mergeMemos } from "../core";
import { Package, relKind, relsPathOf } from "./package";
import { escapeAttr } from "./xml";

const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

export interface Memo {
  /** The parts holding the memo, in order (none when the workbook has no memo yet). */
  parts: string[];
  state: MemoState;
}

/** The namespace of a custom XML item's root element, or null. */
function rootNamespace(text: string): string | null {
  const m = /<(?:[\w.-]+:)?(?:reviewAssistant|reviewAssistantUndo)\b[^>]*>/.exec(text);
  if (!m) return null;
  const ns = /\sxmlns(?::[\w.-]+)?="([^"]*)"/.exec(m[0]);
  return ns ? ns[1] : null;
}

/** Custom XML items of the workbook whose root is in `namespace`, linked ones first. */
function itemsIn(pkg: Package, workbookPart: string, namespace: string): string[] {
  const linked = pkg.rels(workbookPart).filter((r) => relKind(r.type) === "customXml" && !r.external).map((r) => r.target);
  const loose = pkg.names().filter((n) => /^customXml\/item\d+\.xml$/i.test(n));
  const out: string[] = [];
  for (const name of [...linked, ...loose]) {
    const part = pkg.find(name);
    if (!part || out.includes(part)) continue;
    const text = pkg.text(part);
    if (text !== null && rootNamespace(text) === namespace) out.push(part);
  }
  return out;
}

export function readMemo(pkg: Package, workbookPart: string): Memo {
  const parts = itemsIn(pkg, workbookPart, MEMO_NAMESPACE);
  return { parts, state: mergeMemos(parts.map((p) => pkg.need(p))) };
}

function addItem(pkg: Package, workbookPart: string, xml: string, namespace: string): string {
  let n = 1;
  while (pkg.has(`customXml/item${n}.xml`) || pkg.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const guid = `{${globalThis.crypto.randomUUID().toUpperCase()}}`;
  pkg.setText(item, xml);
  pkg.setText(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="${DS_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttr(namespace)}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  pkg.addRel(item, "customXmlProps", props, pkg.relTypeLike("customXmlProps"));
  pkg.addRel(workbookPart, "customXml", item, pkg.relTypeLike("customXml"));
  pkg.setContentType(item, "application/xml");
  pkg.setContentType(props, CUSTOM_XML_PROPS_TYPE);
  return item;
}

/** Removes an item with its properties part, relationships and content types. */
function removeItem(pkg: Package, workbookPart: string, item: string): void {
  for (const r of pkg.rels(item)) {
    const target = pkg.find(r.target);
    if (target && relKind(r.type) === "customXmlProps") {
      pkg.remove(target);
      pkg.removeOverride(target);
    }
  }
  pkg.remove(relsPathOf(item));
  for (const r of pkg.rels(workbookPart)) if (!r.external && pkg.find(r.target) === item) pkg.removeRel(workbookPart, r.id);
  pkg.remove(item);
  pkg.removeOverride(item);
}

/**
 * Stores `state`, rewriting the memo's parts in place and adding or removing parts as its
 * size needs; creates no part for a memo with nothing to keep.
 */
export function writeMemo(pkg: Package, workbookPart: string, memo: Memo, state: MemoState): void {
  const empty = !state.highlights.length && state.version !== 2;
  const xmls = empty && !memo.parts.length ? [] : memoParts(state);
  xmls.forEach((xml, i) => {
    const part = memo.parts[i];
    if (part === undefined) addItem(pkg, workbookPart, xml, MEMO_NAMESPACE);
    else if (pkg.text(part) !== xml) pkg.setText(part, xml);
  });
  for (const part of memo.parts.slice(xmls.length)) removeItem(pkg, workbookPart, part);
}

/** Drops the Excel add-in's undo record: a write by the file adapter makes it describe another workbook. */
export function dropUndoRecord(pkg: Package, workbookPart: string): void {
  for (const part of itemsIn(pkg, workbookPart, UNDO_NAMESPACE)) removeItem(pkg, workbookPart, part);
}
