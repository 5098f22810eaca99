/**
 * xl/calcChain.xml lists every formula cell; Excel reports the file as corrupt when it
 * lists a cell that no longer holds a formula, so overwritten formulas leave the chain.
 */
import { Package, relKind } from "./package";
import { Tok, XmlScanner, setAttr } from "./xml";

/** Removes the entries of `cells` (by sheetId, A1 refs) from the calc chain; drops an emptied chain. */
export function pruneCalcChain(pkg: Package, workbookPart: string, cells: Map<number, Set<string>>): void {
  if (!cells.size) return;
  const rel = pkg.rels(workbookPart).find((r) => relKind(r.type) === "calcChain" && !r.external);
  const part = rel ? pkg.find(rel.target) : null;
  if (!rel || !part) return;
  const text = pkg.need(part);
  const sc = new XmlScanner(text, part);
  let out = "";
  let pos = 0;
  let sheet = 0;
  let kept = 0;
  /** The `i` (sheetId) in force for the last entry written: entries without `i` inherit it. */
  let lastWritten = 0;
  while (sc.next() !== Tok.End) {
    if (sc.kind !== Tok.Open || sc.local !== "c") continue;
    const i = sc.attr("i");
    if (i !== null) sheet = Number(i);
    const ref = (sc.attr("r") ?? "").replace(/\$/g, "").toUpperCase();
    const start = sc.start;
    sc.skipElement();
    const end = sc.end;
    out += text.slice(pos, start);
    pos = end;
    if (cells.get(sheet)?.has(ref)) continue;
    let el = text.slice(start, end);
    // An entry that relied on a removed predecessor for its sheet must now say it.
    if (i === null && lastWritten !== sheet) el = setAttr(el.slice(0, el.indexOf(">") + 1), "i", String(sheet)) + el.slice(el.indexOf(">") + 1);
    lastWritten = sheet;
    out += el;
    kept++;
  }
  if (kept === 0) {
    pkg.remove(part);
    pkg.removeRel(workbookPart, rel.id);
    pkg.removeOverride(part);
    return;
  }
  out += text.slice(pos);
  if (out !== text) pkg.setText(part, out);
}
