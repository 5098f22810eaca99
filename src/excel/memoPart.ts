/**
 * The tool's custom XML parts: the highlight memo (MEMO_NAMESPACE, shared with the CLI's
 * file adapter) and the undo record (UNDO_NAMESPACE). Each part stays under PART_BYTES, so
 * writing or reading one fits a request; a long memo or record spans several parts.
 */
import { PART_BYTES } from "../core";
import { SyncCount, opBytes } from "./budget";
import { Op, runOps } from "./ops";

/** Queues the lookup of a namespace's parts (their ids; the XML needs a second sync). */
export function queueParts(context: Excel.RequestContext, namespace: string): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load("items/id");
  return parts;
}

/** The XML of each part, in as many syncs as their size needs. */
export async function readPartXmls(context: Excel.RequestContext, parts: Excel.CustomXmlPart[], count: SyncCount): Promise<string[]> {
  const got = parts.map(() => ({}) as { xml?: OfficeExtension.ClientResult<string> });
  const ops: Op[] = parts.map((p, i) => ({
    bytes: opBytes("call", p.id),
    // JSON escaping of the XML text adds a little to what it weighs.
    answer: Math.ceil(PART_BYTES * 1.25),
    read: true,
    run: () => void (got[i].xml = p.getXml()),
  }));
  await runOps(context, ops, count);
  return got.map((g) => g.xml!.value);
}

/** Operations that leave exactly the given XMLs in place of `existing` (none: the parts are removed). */
export function partOps(context: Excel.RequestContext, existing: Excel.CustomXmlPart[], xmls: string[]): Op[] {
  if (existing.length === xmls.length) {
    return xmls.map((xml, i) => ({ bytes: opBytes("call", "", xml), run: () => existing[i].setXml(xml) }));
  }
  return [...existing.map((p) => ({ bytes: opBytes("call", p.id), run: () => p.delete() })), ...addPartOps(context, xmls)];
}

export function addPartOps(context: Excel.RequestContext, xmls: string[]): Op[] {
  return xmls.map((xml) => ({ bytes: opBytes("call", "", xml), run: () => void context.workbook.customXmlParts.add(xml) }));
}

export function deletePartOps(parts: Excel.CustomXmlPart[]): Op[] {
  return parts.map((p) => ({ bytes: opBytes("call", p.id), run: () => p.delete() }));
}
