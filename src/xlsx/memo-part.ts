/**
 * The memo (original fills of our highlights) as a custom XML part, where the Excel add-in
 * finds it too (`workbook.customXmlParts.getByNamespace`).
 */
import { MEMO_NAMESPACE, MemoState, emptyMemo, memoFromXml, memoToXml } from "../core";
import { Package, relKind } from "./package";
import { XML_ILLEGAL, escapeAttr } from "./xml";

const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

export interface Memo {
  /** The part holding the memo, or null when the workbook has none yet. */
  part: string | null;
  state: MemoState;
}

function isOurs(text: string): boolean {
  const m = /<(?:[\w.-]+:)?reviewAssistant\b[^>]*>/.exec(text);
  return !!m && m[0].includes(`"${MEMO_NAMESPACE}"`);
}

export function readMemo(pkg: Package, workbookPart: string): Memo {
  const linked = pkg.rels(workbookPart).filter((r) => relKind(r.type) === "customXml" && !r.external).map((r) => r.target);
  const loose = pkg.names().filter((n) => /^customXml\/item\d+\.xml$/i.test(n));
  for (const name of [...linked, ...loose]) {
    const part = pkg.find(name);
    if (!part) continue;
    const text = pkg.text(part);
    if (text !== null && isOurs(text)) return { part, state: memoFromXml(text) };
  }
  return { part: null, state: emptyMemo() };
}

/** Stores `state`; creates the part (with its properties and relationships) only when there is something to keep. */
export function writeMemo(pkg: Package, workbookPart: string, memo: Memo, state: MemoState): string | null {
  // Sheet names may hold characters XML cannot carry; inside the JSON they become \u escapes, meaning kept.
  const xml = memoToXml(state).replace(XML_ILLEGAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (memo.part) {
    if (pkg.text(memo.part) !== xml) pkg.setText(memo.part, xml);
    return memo.part;
  }
  if (!state.highlights.length) return null;
  let n = 1;
  while (pkg.has(`customXml/item${n}.xml`) || pkg.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const guid = `{${globalThis.crypto.randomUUID().toUpperCase()}}`;
  pkg.setText(item, xml);
  pkg.setText(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="${DS_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttr(MEMO_NAMESPACE)}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  pkg.addRel(item, "customXmlProps", props, pkg.relTypeLike("customXmlProps"));
  pkg.addRel(workbookPart, "customXml", item, pkg.relTypeLike("customXml"));
  pkg.setContentType(item, "application/xml");
  pkg.setContentType(props, CUSTOM_XML_PROPS_TYPE);
  return item;
}
