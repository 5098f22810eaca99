/** An open workbook file: read as grids, patched by write plans, written back losing nothing. */
import { FILL_COLORS, FillMemo, Grid, SheetSpec, WritePlan, a1, copyGrid, diffHighlights, isOurColor, memoKey, parseA1 } from "../core";
import { pruneCalcChain } from "./calc-chain";
import { readThemeColors } from "./colors";
import { protectedSheet, protectedStructure } from "./errors";
import { readMemo, writeMemo } from "./memo-part";
import { legalSheetName, uniqueSheetName } from "./names";
import { Package, relKind } from "./package";
import { CellEdit, SheetEdits, addEdit, patchSheet } from "./patch";
import { readSharedStrings, readSheet } from "./read";
import { storedQuotaText, storedScheme } from "./settings";
import { RowNode, SheetIndex, indexSheet, inheritedStyle } from "./sheet-index";
import { NewSheet, worksheetXml } from "./sheet-xml";
import { DEFAULT_STYLES, STYLES_TYPE, Styles, readIndexedColors } from "./styles";
import { SheetRef, WORKSHEET_TYPE, WorkbookInfo, addSheetEntries, readWorkbook, setFullCalcOnLoad } from "./workbook";

export interface ApplyStats {
  cellsWritten: number;
  highlights: number;
  restored: number;
  partsChanged: string[];
}

export interface XlsxBook {
  readonly sheetNames: string[];
  grids(): Grid[];
  storedScheme(): string | null;
  /** The pane's quota setting as stored (JSON text), or null. */
  storedQuotas(): string | null;
  apply(plan: WritePlan): ApplyStats;
  clearHighlights(): number;
  addSheets(specs: SheetSpec[]): string[];
  toBytes(): Uint8Array;
}

const OUR_COLORS = [FILL_COLORS.error, FILL_COLORS.warning];

function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
}

/** What one write (apply or clear) works on: indexes and styles read once, edits gathered, then written. */
class Write {
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

  isOurs(xf: number): boolean {
    return isOurColor(this.styles().solidColor(xf), OUR_COLORS);
  }

  /** The format to give back to a highlighted cell showing `current`. */
  original(m: FillMemo, current: number): number {
    const st = this.styles();
    // The remembered index is trusted only while the cell's format is still our copy of it:
    // another program may have renumbered the formats since. Otherwise the cell keeps what it
    // shows now (font, border, number format) and gets the remembered fill colour back.
    const s = m.style;
    if (s !== undefined && Number.isInteger(s) && st.isCloneOf(current, s) && sameColor(st.solidColor(s), m.fill)) return s;
    return st.withFill(current, m.fill ? st.solidFill(m.fill) : st.noFill());
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

export class Book implements XlsxBook {
  private wb: WorkbookInfo;
  private sst: string[] | null = null;
  private readonly gridCache = new Map<string, { text: string; grid: Grid; protected: boolean }>();

  constructor(private readonly pkg: Package) {
    this.wb = readWorkbook(pkg);
  }

  get sheetNames(): string[] {
    return this.wb.sheets.map((s) => s.name);
  }

  private sharedStrings(): string[] {
    if (!this.sst) {
      const rel = this.pkg.rels(this.wb.part).find((r) => relKind(r.type) === "sharedStrings" && !r.external);
      const part = rel ? this.pkg.find(rel.target) : null;
      this.sst = part ? readSharedStrings(this.pkg.need(part), part) : [];
    }
    return this.sst;
  }

  private content(s: SheetRef): { grid: Grid; protected: boolean } {
    if (!s.part || s.kind === "chartsheet") return { grid: { name: s.name, rows: [], merges: [] }, protected: false };
    const text = this.pkg.need(s.part);
    const hit = this.gridCache.get(s.part);
    if (hit && hit.text === text && hit.grid.name === s.name) return hit;
    const c = readSheet(text, { part: s.part, sheet: s.name, sst: this.sharedStrings() });
    this.gridCache.set(s.part, { text, ...c });
    return c;
  }

  grids(): Grid[] {
    return this.wb.sheets.map((s) => {
      const c = this.content(s);
      // A copy per call: callers may change what they get without changing the book.
      const g: Grid = { ...copyGrid(c.grid), name: s.name, merges: (c.grid.merges ?? []).map((m) => ({ ...m })) };
      if (s.hidden) g.hidden = true;
      if (c.protected) g.protected = true;
      return g;
    });
  }

  storedScheme(): string | null {
    return storedScheme(this.pkg);
  }

  storedQuotas(): string | null {
    return storedQuotaText(this.pkg);
  }

  private isProtected(s: SheetRef): boolean {
    return s.part !== null && s.kind !== "chartsheet" && this.content(s).protected;
  }

  apply(plan: WritePlan): ApplyStats {
    const { result, changed } = this.pkg.transact(() => this.applyIn(plan));
    this.wb = readWorkbook(this.pkg);
    return { ...result, partsChanged: changed };
  }

  private applyIn(plan: WritePlan): Omit<ApplyStats, "partsChanged"> {
    const w = new Write(this.pkg, this.wb);
    const reportName = legalSheetName(plan.report.sheet);
    const report = this.wb.sheets.find((s) => s.name.toLowerCase() === reportName.toLowerCase()) ?? null;
    const isReport = (name: string) => report !== null && name === report.name;

    // Refuse before changing anything.
    const targets = new Set<string>();
    for (const b of plan.blocks) if (!isReport(b.sheet)) targets.add(b.sheet);
    for (const h of plan.highlights) if (!isReport(h.sheet)) targets.add(h.sheet);
    for (const name of targets) {
      const s = w.cellSheet(name);
      if (!s) throw new Error(`the write plan names sheet "${name}", which this workbook has no cells for`);
      if (this.isProtected(s)) throw protectedSheet(name);
    }
    if (report && this.isProtected(report)) throw protectedSheet(report.name);
    if (!report && this.wb.lockStructure) throw protectedStructure(reportName);

    let cellsWritten = 0;
    for (const b of plan.blocks) {
      if (isReport(b.sheet)) continue;
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          w.setValue(b.sheet, b.row + i, b.col + j, { value: { v } });
          cellsWritten++;
        }),
      );
    }

    const highlights = plan.highlights.filter((h) => !isReport(h.sheet));
    const memo = readMemo(this.pkg, this.wb.part);
    const diff = diffHighlights(memo.state, highlights);
    const { kept, restored } = this.restore(w, diff.restore.filter((m) => !isReport(m.sheet)));
    const byKey = new Map(diff.keep.map((m) => [memoKey(m.sheet, m.cell), m]));
    const memoOut: FillMemo[] = [];
    const fresh: FillMemo[] = [];
    for (const h of highlights) {
      const st = w.styles();
      const s = w.cellSheet(h.sheet)!;
      const cell = a1(h.row, h.col);
      const cur = w.currentStyle(s, h.row, h.col);
      const prev = byKey.get(memoKey(h.sheet, cell));
      if (prev && w.isOurs(cur)) {
        memoOut.push(prev);
      } else {
        // New, or the user re-formatted a cell we had marked: what it shows now is its original.
        const entry: FillMemo = { sheet: h.sheet, cell, fill: st.solidColor(cur), style: cur };
        if (prev) memoOut.push(entry);
        else fresh.push(entry);
      }
      w.setStyle(s.name, h.row, h.col, st.withFill(cur, st.solidFill(h.color)));
    }
    // Keep order stable across fills: earlier entries first, in their earlier order.
    const order = new Map(memo.state.highlights.map((m, i) => [memoKey(m.sheet, m.cell), i]));
    memoOut.sort((a, b) => order.get(memoKey(a.sheet, a.cell))! - order.get(memoKey(b.sheet, b.cell))!);
    const state = { version: 1 as const, highlights: [...memoOut, ...fresh, ...kept] };

    const formulasRemoved = w.flush();
    this.writeReport(report, reportName, {
      name: report?.name ?? reportName,
      values: plan.report.values,
      links: plan.report.links,
      widths: plan.report.widths,
    });
    writeMemo(this.pkg, this.wb.part, memo, state);
    if (formulasRemoved.size) pruneCalcChain(this.pkg, this.wb.part, formulasRemoved);
    if (formulasRemoved.size || (cellsWritten > 0 && this.hasFormulas())) setFullCalcOnLoad(this.pkg, this.wb.part);
    return { cellsWritten, highlights: highlights.length, restored };
  }

  /** True when some sheet holds a formula whose cached result a write may have made stale. */
  private hasFormulas(): boolean {
    return this.wb.sheets.some((s) => {
      if (!s.part || s.kind === "chartsheet") return false;
      return /<(?:[\w.-]+:)?f[\s>/]/.test(this.pkg.need(s.part));
    });
  }

  private writeReport(existing: SheetRef | null, name: string, sheet: NewSheet): void {
    const xml = worksheetXml(sheet, { main: this.wb.mainNs, rel: this.wb.relNs });
    if (existing && existing.part) {
      if (existing.kind !== "worksheet") {
        this.pkg.setRelType(this.wb.part, existing.rid, this.pkg.relTypeLike("worksheet"));
        this.pkg.setContentType(existing.part, WORKSHEET_TYPE);
      }
      if (this.pkg.text(existing.part) !== xml) this.pkg.setText(existing.part, xml);
      return;
    }
    this.addSheetParts([{ ...sheet, name }]);
  }

  private addSheetParts(sheets: NewSheet[]): void {
    const parts: string[] = [];
    for (const s of sheets) {
      const part = this.pkg.freeName("xl/worksheets/", "sheet", ".xml");
      this.pkg.setText(part, worksheetXml(s, { main: this.wb.mainNs, rel: this.wb.relNs }));
      parts.push(part);
    }
    const type = this.pkg.relTypeLike("worksheet");
    const ids = this.pkg.addRels(this.wb.part, parts.map((part) => ({ part, type })));
    this.pkg.setContentTypes(parts.map((part) => ({ part, type: WORKSHEET_TYPE })));
    addSheetEntries(this.pkg, this.wb, sheets.map((s, i) => ({ name: s.name, rid: ids[i] })));
  }

  /**
   * Puts back the original styles of remembered highlights that still show ours. Cells on a
   * protected sheet stay remembered (they cannot be written); re-formatted cells are left alone.
   */
  private restore(w: Write, memos: FillMemo[]): { kept: FillMemo[]; restored: number } {
    const kept: FillMemo[] = [];
    let restored = 0;
    for (const m of memos) {
      const s = w.cellSheet(m.sheet);
      const at = parseA1(m.cell);
      if (!s || !at) continue;
      if (this.isProtected(s)) {
        kept.push(m);
        continue;
      }
      const cur = w.currentStyle(s, at.row, at.col);
      if (!w.isOurs(cur)) continue;
      w.setStyle(s.name, at.row, at.col, w.original(m, cur));
      restored++;
    }
    return { kept, restored };
  }

  clearHighlights(): number {
    const { result } = this.pkg.transact(() => {
      const memo = readMemo(this.pkg, this.wb.part);
      if (!memo.part || !memo.state.highlights.length) return 0;
      const w = new Write(this.pkg, this.wb);
      const { kept, restored } = this.restore(w, memo.state.highlights);
      w.flush();
      writeMemo(this.pkg, this.wb.part, memo, { version: 1, highlights: kept });
      return restored;
    });
    return result;
  }

  addSheets(specs: SheetSpec[]): string[] {
    if (!specs.length) return [];
    const { result } = this.pkg.transact(() => {
      const taken = new Set(this.wb.sheets.map((s) => s.name.toLowerCase()));
      const sheets = specs.map((s) => ({ ...s, name: uniqueSheetName(s.name, taken) }));
      if (this.wb.lockStructure) throw protectedStructure(sheets[0].name);
      this.addSheetParts(sheets);
      return sheets.map((s) => s.name);
    });
    this.wb = readWorkbook(this.pkg);
    return result;
  }

  toBytes(): Uint8Array {
    return this.pkg.toBytes();
  }
}
