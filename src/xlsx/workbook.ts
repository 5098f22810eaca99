/** workbook.xml: the sheet list, its parts, and the few workbook-level settings a write changes. */
import { corrupt, xlsxError } from "./errors";
import { Package, REL_NS, relKind } from "./package";
import { sniffPackage } from "./sniff";
import { Tok, XmlScanner, escapeAttr, insertChild, prefixOf, setAttr } from "./xml";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet";

export interface SheetRef {
  name: string;
  sheetId: number;
  rid: string;
  hidden: boolean;
  /** The sheet's part, or null when its relationship is missing. */
  part: string | null;
  kind: SheetKind;
}

export interface WorkbookInfo {
  part: string;
  sheets: SheetRef[];
  /** Workbook structure protection: sheets cannot be added. */
  lockStructure: boolean;
  /** Namespaces of the root: SpreadsheetML main (transitional or strict) and relationships. */
  mainNs: string;
  relNs: string;
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

function sheetKind(type: string): SheetKind {
  const k = relKind(type).toLowerCase();
  if (k === "chartsheet") return "chartsheet";
  if (k === "dialogsheet") return "dialogsheet";
  if (k.includes("macrosheet")) return "macrosheet";
  return "worksheet";
}

/** The workbook part named by the package's officeDocument relationship. */
export function findWorkbookPart(pkg: Package): string {
  for (const r of pkg.rels("")) {
    if (relKind(r.type) === "officeDocument" && !r.external) {
      const found = pkg.find(r.target);
      if (found) return found;
    }
  }
  const fallback = pkg.find("xl/workbook.xml");
  if (!fallback) throw xlsxError(sniffPackage(pkg) ?? "not-workbook");
  return fallback;
}

export function readWorkbook(pkg: Package): WorkbookInfo {
  const part = findWorkbookPart(pkg);
  const text = pkg.need(part);
  const rels = new Map(pkg.rels(part).map((r) => [r.id, r]));
  const sc = new XmlScanner(text, part);
  const sheets: SheetRef[] = [];
  let lockStructure = false;
  let mainNs = MAIN_NS;
  let relNs = REL_NS;
  while (sc.next() !== Tok.End) {
    if (sc.kind !== Tok.Open) continue;
    if (sc.depth <= 1 && sc.local === "workbook") {
      const pfx = prefixOf(sc.name);
      mainNs = sc.attr(pfx ? `xmlns:${pfx.slice(0, -1)}` : "xmlns") ?? MAIN_NS;
      relNs = relNamespace(text.slice(sc.start, sc.end)) ?? REL_NS;
    } else if (sc.local === "sheet") {
      const name = sc.attr("name") ?? sc.fail({ why: "no-name", element: "sheet" }, sc.start);
      const rid = sc.attr("id") ?? "";
      const rel = rels.get(rid);
      const state = sc.attr("state");
      sheets.push({
        name,
        sheetId: Number(sc.attr("sheetId") ?? 0),
        rid,
        hidden: state === "hidden" || state === "veryHidden",
        part: rel && !rel.external ? pkg.find(rel.target) : null,
        kind: rel ? sheetKind(rel.type) : "worksheet",
      });
    } else if (sc.local === "workbookProtection") {
      const v = sc.attr("lockStructure");
      lockStructure = v === "1" || v === "true";
    }
  }
  return { part, sheets, lockStructure, mainNs, relNs };
}

/** The namespace URI bound to a relationships prefix on a start tag, if any. */
function relNamespace(tag: string): string | null {
  const m = /xmlns:[\w.-]+\s*=\s*"([^"]*\/relationships)"/.exec(tag);
  return m ? m[1] : null;
}

const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "AlternateContent", "revisionPtr", "absPath", "workbookProtection", "bookViews", "sheets",
  "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches",
  "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
];

/** Makes Excel recalculate every formula on open: cached results of formulas reading cells we wrote are stale. */
export function setFullCalcOnLoad(pkg: Package, part: string): void {
  const text = pkg.need(part);
  const sc = new XmlScanner(text, part);
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Open && sc.local === "calcPr" && sc.depth <= 2) {
      if (sc.attr("fullCalcOnLoad") === "1") return;
      const tag = setAttr(text.slice(sc.start, sc.end), "fullCalcOnLoad", "1");
      pkg.setText(part, text.slice(0, sc.start) + tag + text.slice(sc.end));
      return;
    }
  }
  pkg.setText(part, insertChild(text, part, WORKBOOK_ORDER, "calcPr", (p) => `<${p}calcPr fullCalcOnLoad="1"/>`));
}

/** Adds `<sheet>` entries at the end of `<sheets>`, with new sheetIds; their parts and relationships must exist. */
export function addSheetEntries(pkg: Package, wb: WorkbookInfo, entries: { name: string; rid: string }[]): void {
  const text = pkg.need(wb.part);
  let sheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId));
  const sc = new XmlScanner(text, wb.part);
  let relPrefix: string | null = null;
  const els = (pfx: string) =>
    entries
      .map((e) => {
        const id = relPrefix ? `${relPrefix}:id="${escapeAttr(e.rid)}"` : `r:id="${escapeAttr(e.rid)}" xmlns:r="${escapeAttr(wb.relNs)}"`;
        return `<${pfx}sheet name="${escapeAttr(e.name)}" sheetId="${++sheetId}" ${id}/>`;
      })
      .join("");
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Open && sc.depth <= 1 && sc.local === "workbook") {
      const m = /xmlns:([\w.-]+)\s*=\s*"[^"]*\/relationships"/.exec(text.slice(sc.start, sc.end));
      relPrefix = m ? m[1] : null;
    } else if (sc.kind === Tok.Close && sc.local === "sheets") {
      pkg.setText(wb.part, text.slice(0, sc.start) + els(prefixOf(sc.name)) + text.slice(sc.start));
      return;
    } else if (sc.kind === Tok.Open && sc.local === "sheets" && sc.selfClosing) {
      const pfx = prefixOf(sc.name);
      pkg.setText(wb.part, text.slice(0, sc.start) + `<${pfx}sheets>${els(pfx)}</${pfx}sheets>` + text.slice(sc.end));
      return;
    }
  }
  throw corrupt({ kind: "xml", part: wb.part, reason: { why: "missing", name: "sheets" } });
}
