/**
 * The highlight memo in the workbook's custom XML part (namespace MEMO_NAMESPACE), shared with
 * the CLI's file adapter so that either can clear the other's highlights.
 */
import { MEMO_NAMESPACE, MemoState, emptyMemo, memoFromXml, memoKey, memoToXml } from "../core";
import type { Op } from "./ops";
import { OP_BYTES, jsonBytes } from "./budget";

/** Queues the lookup of the memo parts (their ids; the XML needs a second sync). */
export function queueMemoParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(MEMO_NAMESPACE);
  parts.load("items/id");
  return parts;
}

/** Every memo part's XML, merged (there is normally one; a copy-pasted workbook may have more). */
export function mergeMemos(xmls: string[]): MemoState {
  const out = emptyMemo();
  const seen = new Set<string>();
  for (const xml of xmls) {
    for (const h of memoFromXml(xml).highlights) {
      const k = memoKey(h.sheet, h.cell);
      if (seen.has(k)) continue;
      seen.add(k);
      out.highlights.push(h);
    }
  }
  return out;
}

/** Operations that leave exactly the given memo XMLs in the workbook (none: the part is removed). */
export function memoOps(context: Excel.RequestContext, existing: Excel.CustomXmlPart[], xmls: string[]): Op[] {
  const ops: Op[] = [];
  if (existing.length === 1 && xmls.length === 1) {
    return [{ bytes: OP_BYTES + jsonBytes(xmls[0]), run: () => existing[0].setXml(xmls[0]) }];
  }
  for (const p of existing) ops.push({ bytes: OP_BYTES, run: () => p.delete() });
  for (const xml of xmls) ops.push({ bytes: OP_BYTES + jsonBytes(xml), run: () => void context.workbook.customXmlParts.add(xml) });
  return ops;
}

export function memoXmls(state: MemoState): string[] {
  return state.highlights.length ? [memoToXml(state)] : [];
}
