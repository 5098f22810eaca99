/**
 * Writing values and cell formats into an existing worksheet part. Rows and cells we do not
 * touch are copied as they were; touched cells keep their other attributes. Text is written
 * as an inline string, so it can never turn into a formula or a number.
 */
import { PlanValue, a1, parseRangeRef } from "../core";
import { shiftFormula } from "./formula";
import { CellNode, RowNode, SheetIndex, inheritedStyle } from "./sheetIndex";
import { escapeText, removeAttr, setAttr, tagAttrs, xmlString } from "./xml";

export interface CellEdit {
  /** Present when the cell's value is written (null clears it). */
  value?: { v: PlanValue };
  /** A new cell format index. */
  style?: number;
}

/** Edits by 0-based row, then column. */
export type SheetEdits = Map<number, Map<number, CellEdit>>;

export interface PatchResult {
  text: string;
  /** Cells (A1) that held a formula and no longer do: their calcChain entries must go. */
  formulasRemoved: string[];
}

export function addEdit(edits: SheetEdits, row: number, col: number, e: CellEdit): void {
  let r = edits.get(row);
  if (!r) edits.set(row, (r = new Map()));
  const had = r.get(col);
  r.set(col, had ? { ...had, ...e } : e);
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** The text of a number as `<v>` holds it. */
export function numberText(n: number, where: () => string): string {
  if (!Number.isFinite(n)) throw new Error(`${where()}: cannot write ${n} into a cell`);
  return Object.is(n, -0) ? "0" : String(n);
}

/** `<t>` for a string, keeping leading/trailing spaces and line breaks. */
export function tElement(p: string, s: string): string {
  const keep = /^\s|\s$|[\n\r\t]/.test(s);
  return `<${p}t${keep ? ' xml:space="preserve"' : ""}>${xmlString(s)}</${p}t>`;
}

/** The content of a cell holding `v`, and its `t` attribute (null for numbers and empties). */
export function valueXml(p: string, v: PlanValue, where: () => string): { t: string | null; body: string } {
  if (v === null) return { t: null, body: "" };
  if (typeof v === "number") return { t: null, body: `<${p}v>${numberText(v, where)}</${p}v>` };
  return { t: "inlineStr", body: `<${p}is>${tElement(p, v)}</${p}is>` };
}

function startTag(text: string, c: CellNode): string {
  const raw = text.slice(c.start, c.openEnd);
  return c.selfClosing ? raw.slice(0, -2).replace(/\s+$/, "") + ">" : raw;
}

function onlyRef(tag: string): boolean {
  const attrs = tagAttrs(tag, 0, tag.length);
  return attrs.length === 1 && attrs[0].name === "r";
}

function onlyRefAndStyle(tag: string): boolean {
  return tagAttrs(tag, 0, tag.length).every((a) => a.name === "r" || a.name === "s");
}

interface Plan {
  removeF: Set<CellNode>;
  /** Shared-group cells that get the formula in full: new `<f>` text by cell. */
  expandF: Map<CellNode, string>;
}

/** What happens to formulas when `edits` overwrite cells of this sheet. */
function formulaPlan(ix: SheetIndex, edits: SheetEdits): Plan {
  const removeF = new Set<CellNode>();
  const expandF = new Map<CellNode, string>();
  const writes = (c: { row: number; col: number }) => edits.get(c.row)?.get(c.col)?.value !== undefined;
  const masters = new Map<string, CellNode>();
  const arrays: { cell: CellNode; r0: number; c0: number; r1: number; c1: number }[] = [];
  const members = new Map<string, CellNode[]>();
  for (const r of ix.rows) {
    for (const c of r.cells) {
      const f = c.formula;
      if (!f) continue;
      if (f.type === "shared" && f.si !== null) {
        if (f.ref !== null && f.text) masters.set(f.si, c);
        else {
          const list = members.get(f.si) ?? [];
          list.push(c);
          members.set(f.si, list);
        }
      } else if ((f.type === "array" || f.type === "dataTable") && f.ref) {
        const m = parseRangeRef(f.ref);
        if (m && (m.r0 !== m.r1 || m.c0 !== m.c1)) arrays.push({ cell: c, ...m });
      }
      if (writes(c)) removeF.add(c);
    }
  }
  // Writing into part of a multi-cell array formula ends the array: its cells keep their values.
  if (arrays.length) {
    for (const [row, cols] of edits) {
      for (const [col, e] of cols) {
        if (e.value === undefined) continue;
        for (const a of arrays) if (row >= a.r0 && row <= a.r1 && col >= a.c0 && col <= a.c1) removeF.add(a.cell);
      }
    }
  }
  for (const [si, master] of masters) {
    if (!removeF.has(master)) continue;
    for (const m of members.get(si) ?? []) {
      if (writes(m)) continue;
      expandF.set(m, shiftFormula(master.formula!.text, m.row - master.row, m.col - master.col));
    }
  }
  return { removeF, expandF };
}

export function patchSheet(ix: SheetIndex, edits: SheetEdits, sheet: string): PatchResult {
  const text = ix.text;
  const p = ix.prefix;
  const plan = formulaPlan(ix, edits);
  const formulasRemoved: string[] = [];
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  const grow = (r: number, c: number) => {
    if (r < minR) minR = r;
    if (r > maxR) maxR = r;
    if (c < minC) minC = c;
    if (c > maxC) maxC = c;
  };

  const newCell = (row: number, col: number, c: CellNode | null, e: CellEdit, r: RowNode | null): string => {
    const ref = a1(row, col);
    if (row > MAX_ROW || col > MAX_COL || row < 0 || col < 0) throw new Error(`${sheet}!${ref}: outside the sheet`);
    if (e.value === undefined) {
      // A format change only: the cell's content stays as it was.
      if (!c) {
        grow(row, col);
        return `<${p}c r="${ref}" s="${e.style}"/>`;
      }
      let tag = text.slice(c.start, c.openEnd);
      if (!c.hasRef) tag = setAttr(tag, "r", ref);
      if (e.style !== undefined) tag = setAttr(tag, "s", String(e.style));
      // An empty cell back at the default format is the same as no cell: leave none behind.
      if (e.style === 0 && (c.selfClosing || c.openEnd === c.end) && onlyRefAndStyle(tag) && inheritedStyle(ix, r ?? undefined, col) === null) return "";
      return tag + body(c);
    }
    if (c?.formula) formulasRemoved.push(ref);
    let tag = c ? startTag(text, c) : `<${p}c r="${ref}">`;
    for (const a of ["t", "cm", "vm"]) tag = removeAttr(tag, a);
    tag = setAttr(tag, "r", ref);
    const style = e.style ?? (c ? c.style : inheritedStyle(ix, r ?? undefined, col));
    tag = style === null ? removeAttr(tag, "s") : setAttr(tag, "s", String(style));
    const v = valueXml(p, e.value.v, () => `${sheet}!${ref}`);
    if (v.t === null && v.body === "") {
      if (onlyRef(tag)) return "";
      grow(row, col);
      return tag.slice(0, -1) + "/>";
    }
    grow(row, col);
    if (v.t) tag = setAttr(tag, "t", v.t);
    return `${tag}${v.body}</${p}c>`;
  };

  /** A kept cell's content after its start tag, with its formula expanded or dropped as planned. */
  const body = (c: CellNode): string => {
    if (c.selfClosing) return "";
    const f = c.formula;
    const inner = text.slice(c.openEnd, c.end);
    if (!f) return inner;
    const expanded = plan.expandF.get(c);
    const drop = plan.removeF.has(c);
    if (expanded === undefined && !drop) return inner;
    if (drop) formulasRemoved.push(a1(c.row, c.col));
    const repl = expanded !== undefined ? `<${p}f>${escapeText(expanded)}</${p}f>` : "";
    return text.slice(c.openEnd, f.start) + repl + text.slice(f.end, c.end);
  };

  const rowXml = (r: RowNode | null, rowNum: number, cols: Map<number, CellEdit> | undefined): string => {
    const cells = r ? r.cells : [];
    const pending = cols ? [...cols.keys()].sort((a, b) => a - b) : [];
    let out = "";
    let k = 0;
    let lo = Infinity;
    let hi = -1;
    const note = (col: number, xml: string) => {
      if (xml && col < lo) lo = col;
      if (xml && col > hi) hi = col;
      return xml;
    };
    let pos = r ? (r.selfClosing ? r.end : r.openEnd) : 0;
    for (const c of cells) {
      while (k < pending.length && pending[k] < c.col) {
        out += note(pending[k], newCell(rowNum, pending[k], null, cols!.get(pending[k])!, r));
        k++;
      }
      out += text.slice(pos, c.start);
      pos = c.end;
      const e = cols?.get(c.col);
      if (e && pending[k] === c.col) k++;
      if (e) out += note(c.col, newCell(rowNum, c.col, c, e, r));
      else if (plan.expandF.has(c) || plan.removeF.has(c) || !c.hasRef) {
        let tag = text.slice(c.start, c.openEnd);
        if (!c.hasRef) tag = setAttr(tag, "r", a1(c.row, c.col));
        out += note(c.col, tag + body(c));
      } else out += note(c.col, text.slice(c.start, c.end));
    }
    while (k < pending.length) {
      out += note(pending[k], newCell(rowNum, pending[k], null, cols!.get(pending[k])!, r));
      k++;
    }
    if (!r) return out ? `<${p}row r="${rowNum + 1}">${out}</${p}row>` : "";
    let open = text.slice(r.start, r.openEnd);
    // A row left with no cells and nothing of its own (as one we added for a mark) goes too.
    if (hi < 0 && !r.selfClosing && tagAttrs(open, 0, open.length).every((a) => a.name === "r" || a.name === "spans")) return "";
    if (r.selfClosing) open = open.slice(0, -2).replace(/\s+$/, "") + ">";
    if (!r.hasRef) open = setAttr(open, "r", String(rowNum + 1));
    const spans = /\sspans\s*=\s*"(\d+):(\d+)"/.exec(open);
    if (hi >= 0) {
      if (spans) {
        const a = Math.min(Number(spans[1]), lo + 1);
        const b = Math.max(Number(spans[2]), hi + 1);
        open = setAttr(open, "spans", `${a}:${b}`);
      } else open = removeAttr(open, "spans");
    }
    const close = r.selfClosing ? `</${p}row>` : text.slice(pos, r.end);
    return open + out + close;
  };

  const touchedRow = (r: RowNode) => edits.has(r.row) || r.cells.some((c) => plan.expandF.has(c) || plan.removeF.has(c));

  const newRows = [...edits.keys()].sort((a, b) => a - b);
  const existing = new Set(ix.rows.map((r) => r.row));
  const fresh = newRows.filter((r) => !existing.has(r));
  let out = "";
  let f = 0;
  const sd = ix.sheetData!;
  let pos = sd.selfClosing ? sd.end : sd.openEnd;
  let head = text.slice(0, sd.start);
  let open = text.slice(sd.start, sd.openEnd);
  if (sd.selfClosing) open = open.slice(0, -2).replace(/\s+$/, "") + ">";
  for (const r of ix.rows) {
    let before = "";
    while (f < fresh.length && fresh[f] < r.row) before += rowXml(null, fresh[f], edits.get(fresh[f++]));
    out += text.slice(pos, r.start) + before;
    out += touchedRow(r) ? rowXml(r, r.row, edits.get(r.row)) : text.slice(r.start, r.end);
    pos = r.end;
  }
  while (f < fresh.length) out += rowXml(null, fresh[f], edits.get(fresh[f++]));
  const close = sd.selfClosing ? `</${p}sheetData>` : text.slice(sd.closeStart, sd.end);
  const inner = sd.selfClosing ? out : out + text.slice(pos, sd.closeStart);
  let tail = text.slice(sd.end);

  // The used area grows to what we wrote.
  if (ix.dimension && maxR >= 0) {
    const d = ix.dimension;
    const old = parseRangeRef(d.ref);
    const r0 = Math.min(old ? old.r0 : minR, minR);
    const c0 = Math.min(old ? old.c0 : minC, minC);
    const r1 = Math.max(old ? old.r1 : maxR, maxR);
    const c1 = Math.max(old ? old.c1 : maxC, maxC);
    const ref = r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`;
    if (!old || ref !== d.ref) {
      const tag = setAttr(text.slice(d.start, d.end), "ref", ref);
      if (d.end <= sd.start) head = text.slice(0, d.start) + tag + text.slice(d.end, sd.start);
      else tail = tail.slice(0, d.start - sd.end) + tag + tail.slice(d.end - sd.end);
    }
  }
  return { text: head + open + inner + close + tail, formulasRemoved };
}
