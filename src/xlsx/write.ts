/** One write (apply or clear) on an open workbook: what it reads once, the edits it gathers, then writes. */
import { FillMemo, a1 } from "../core";
import { readThemeColors } from "./colors";
import { Package, relKind } from "./package";
import { CellEdit, SheetEdits, addEdit, patchSheet } from "./patch";
import { RowNode, SheetIndex, indexSheet, inheritedStyle } from "./sheetIndex";
import { DEFAULT_STYLES, STYLES_TYPE, Styles, readIndexedColors } from "./styles";
import { Formats } from "./marks";
import { NewSheet, worksheetXml } from "./sheetXml";
import { SheetRef, WORKSHEET_TYPE, WorkbookInfo, addSheetEntries } from "./workbook";

/** A remembered fill: `#RRGGBB`, null for none, undefined when it is neither. */
function memoFill(v: unknown): string | null | undefined {
  if (v === null || v === undefined || v === "") return null;
  return typeof v === "string" && /^#?[0-9A-Fa-f]{6}$/.test(v) ? v : undefined;
}

function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
}

/** What one write (apply or clear) works on: indexes and styles read once, edits gathered, then written. */
export class Write {
  private readonly indexes = new Map<string, SheetIndex>();
  private readonly rowMaps = new Map<string, Map<number, RowNode>>();
  readonly edits = new Map<string, SheetEdits>();
  private stylesObj: Styles | null = null;
  private stylesPart: string | null = null;
  private stylesSource = "";

  constructor(
    private readonly pkg: Package,
    private readonly wb: WorkbookInfo,
  ) {}

  /** A sheet we can write cells into, or null. */
  cellSheet(name: string): SheetRef | null {
    const s = this.wb.sheets.find((x) => x.name === name);
    return s && s.part && s.kind !== "chartsheet" ? s : null;
  }

  index(s: SheetRef): SheetIndex {
    let ix = this.indexes.get(s.name);
    if (!ix) {
      ix = indexSheet(this.pkg.need(s.part!), s.part!, s.name);
      this.indexes.set(s.name, ix);
    }
    return ix;
  }

  /** The cell format index a cell shows now (0 = default). */
  currentStyle(s: SheetRef, row: number, col: number): number {
    const pending = this.edits.get(s.name)?.get(row)?.get(col)?.style;
    if (pending !== undefined) return pending;
    const ix = this.index(s);
    let rows = this.rowMaps.get(s.name);
    if (!rows) this.rowMaps.set(s.name, (rows = new Map(ix.rows.map((r) => [r.row, r]))));
    const r = rows.get(row);
    const c = r?.cells.find((x) => x.col === col);
    if (c) return c.style ?? 0;
    return inheritedStyle(ix, r, col) ?? 0;
  }

  styles(): Styles {
    if (!this.stylesObj) {
      const rels = this.pkg.rels(this.wb.part);
      const rel = rels.find((r) => relKind(r.type) === "styles" && !r.external);
      this.stylesPart = rel ? this.pkg.find(rel.target) : null;
      this.stylesSource = this.stylesPart ? this.pkg.need(this.stylesPart) : DEFAULT_STYLES;
      const theme = rels.find((r) => relKind(r.type) === "theme" && !r.external);
      const themePart = theme ? this.pkg.find(theme.target) : null;
      const palette = {
        indexed: readIndexedColors(this.stylesSource, this.stylesPart ?? "xl/styles.xml"),
        theme: readThemeColors(themePart ? this.pkg.text(themePart) : null, themePart ?? ""),
      };
      this.stylesObj = new Styles(this.stylesSource, this.stylesPart ?? "xl/styles.xml", palette);
    }
    return this.stylesObj;
  }

  /** The format to give back to a highlighted cell showing `current`. */
  original(m: FillMemo, current: number): number {
    const st = this.styles();
    // A memo from elsewhere may hold anything: only a #RRGGBB colour or none is put back.
    const fill = memoFill(m.fill);
    if (fill === undefined) return current;
    // The remembered index is trusted only while the cell's format is still our copy of it:
    // another program may have renumbered the formats since. Otherwise the cell keeps what it
    // shows now (font, border, number format) and gets the remembered fill colour back.
    const s = m.style;
    if (s !== undefined && Number.isInteger(s) && st.isCloneOf(current, s) && sameColor(st.solidColor(s), fill)) return s;
    return st.withFill(current, fill ? st.solidFill(fill) : st.noFill());
  }

  setStyle(sheet: string, row: number, col: number, style: number): void {
    let e = this.edits.get(sheet);
    if (!e) this.edits.set(sheet, (e = new Map()));
    addEdit(e, row, col, { style });
  }

  setValue(sheet: string, row: number, col: number, e: CellEdit): void {
    let m = this.edits.get(sheet);
    if (!m) this.edits.set(sheet, (m = new Map()));
    addEdit(m, row, col, e);
  }

  /** Writes the gathered edits and styles; returns the cells whose formulas went, by sheetId. */
  flush(): Map<number, Set<string>> {
    const removed = new Map<number, Set<string>>();
    for (const s of this.wb.sheets) {
      const edits = this.edits.get(s.name);
      if (!edits || !edits.size || !s.part) continue;
      const res = patchSheet(this.index(s), edits, s.name);
      if (res.text !== this.pkg.text(s.part)) this.pkg.setText(s.part, res.text);
      if (res.formulasRemoved.length) removed.set(s.sheetId, new Set(res.formulasRemoved));
    }
    const st = this.stylesObj;
    if (st && st.isDirty(this.stylesSource)) {
      if (this.stylesPart) this.pkg.setText(this.stylesPart, st.toXml());
      else {
        const part = this.pkg.has("xl/styles.xml") ? this.pkg.freeName("xl/", "styles", ".xml") : "xl/styles.xml";
        this.pkg.setText(part, st.toXml());
        this.pkg.addRel(this.wb.part, "styles", part, this.pkg.relTypeLike("styles"));
        this.pkg.setContentType(part, STYLES_TYPE);
      }
    }
    return removed;
  }
}

/** How a write reads and paints cell fills, for the highlight rules (marks.ts). */
export function formatsOf(w: Write): Formats {
  return {
    now: (sheet, row, col) => {
      const cur = w.currentStyle(w.cellSheet(sheet)!, row, col);
      return { fill: w.styles().solidColor(cur), style: cur };
    },
    paint: (sheet, row, col, color) => {
      const st = w.styles();
      w.setStyle(sheet, row, col, st.withFill(w.currentStyle(w.cellSheet(sheet)!, row, col), st.solidFill(color)));
    },
    restore: (m, row, col) => w.setStyle(m.sheet, row, col, w.original(m, w.currentStyle(w.cellSheet(m.sheet)!, row, col))),
  };
}

/** The report sheet: its part rewritten in place when it exists, else added. */
export function writeReport(pkg: Package, wb: WorkbookInfo, existing: SheetRef | null, name: string, sheet: NewSheet): void {
  const xml = worksheetXml(sheet, { main: wb.mainNs, rel: wb.relNs });
  if (existing && existing.part) {
    if (existing.kind !== "worksheet") {
      pkg.setRelType(wb.part, existing.rid, pkg.relTypeLike("worksheet"));
      pkg.setContentType(existing.part, WORKSHEET_TYPE);
    }
    if (pkg.text(existing.part) !== xml) pkg.setText(existing.part, xml);
    return;
  }
  addSheetParts(pkg, wb, [{ ...sheet, name }]);
}

/** New worksheets: parts, relationships, content types and workbook entries. */
export function addSheetParts(pkg: Package, wb: WorkbookInfo, sheets: NewSheet[]): void {
  const parts: string[] = [];
  for (const s of sheets) {
    const part = pkg.freeName("xl/worksheets/", "sheet", ".xml");
    pkg.setText(part, worksheetXml(s, { main: wb.mainNs, rel: wb.relNs }));
    parts.push(part);
  }
  const type = pkg.relTypeLike("worksheet");
  const ids = pkg.addRels(wb.part, parts.map((part) => ({ part, type })));
  pkg.setContentTypes(parts.map((part) => ({ part, type: WORKSHEET_TYPE })));
  addSheetEntries(pkg, wb, sheets.map((s, i) => ({ name: s.name, rid: ids[i] })));
}

/** Every cell showing a solid fill, as `#RRGGBB` (what Excel would answer for it). */
export function solidFills(w: Write, sheets: readonly SheetRef[]): { sheet: string; cell: string; fill: string }[] {
  const out: { sheet: string; cell: string; fill: string }[] = [];
  for (const s of sheets) {
    if (!w.cellSheet(s.name)) continue;
    for (const row of w.index(s).rows) {
      for (const c of row.cells) {
        const fill = c.style === undefined || c.style === null ? null : w.styles().solidColor(c.style);
        if (fill) out.push({ sheet: s.name, cell: a1(row.row, c.col), fill: fill.toUpperCase() });
      }
    }
  }
  return out;
}
