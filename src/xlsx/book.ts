/** An open workbook file: read as grids, patched by write plans, written back losing nothing. */
import { FillMemo, FillNote, Grid, GridRow, HEAD_ROWS, MemoState, MergeArea, SheetSpec, WritePlan, a1, clearChanges, parseA1, rowsIn } from "../core";
import { pruneCalcChain } from "./calc-chain";
import { readThemeColors } from "./colors";
import { corrupt, noRoom, protectedStructure } from "./errors";
import { firstOutside, hasFormulaElement } from "./guards";
import { BookKind, bookKind } from "./kind";
import { Formats, SheetView, markCells, settleFile } from "./marks";
import { dropUndoRecord, readMemo, writeMemo } from "./memo-part";
import { uniqueSheetName } from "./names";
import { CONTENT_TYPES, Package, relKind } from "./package";
import { CellEdit, SheetEdits, addEdit, patchSheet } from "./patch";
import { readSharedStrings, readSheet } from "./read";
import { storedQuotaText, storedScheme } from "./settings";
import { verifyWritten } from "./verify";
import { RowNode, SheetIndex, indexSheet, inheritedStyle } from "./sheet-index";
import { NewSheet, worksheetXml } from "./sheet-xml";
import { DEFAULT_STYLES, STYLES_TYPE, Styles, readIndexedColors } from "./styles";
import { SheetRef, WORKSHEET_TYPE, WorkbookInfo, addSheetEntries, readWorkbook, setFullCalcOnLoad } from "./workbook";

export interface ApplyStats {
  cellsWritten: number;
  highlights: number;
  restored: number;
  partsChanged: string[];
  /** What the fill did differently from the plan (a locked sheet's highlights skipped, a user's sheet avoided). */
  notes: FillNote[];
}

export interface XlsxBook {
  readonly sheetNames: string[];
  /** What the package is (a macro workbook must keep its kind and extension). */
  readonly kind: BookKind;
  /**
   * Every sheet as a grid. With `need`, a sheet is read in full only when `need` accepts its
   * first `HEAD_ROWS` rows; any other sheet's grid holds just those rows.
   */
  grids(need?: (head: Grid) => boolean): Grid[];
  storedScheme(): string | null;
  /** The pane's quota setting as stored (JSON text), or null. */
  storedQuotas(): string | null;
  apply(plan: WritePlan): ApplyStats;
  clearHighlights(): number;
  addSheets(specs: SheetSpec[]): string[];
  /** The workbook as a file, read back and checked first (VerifyError when it is not sound). */
  toBytes(): Uint8Array;
  /** The memo the workbook keeps (highlights' original fills, what the tool created). */
  memo(): MemoState;
  /** Every cell showing a solid fill, as `#RRGGBB` (what Excel would answer for it). */
  cellFills(): { sheet: string; cell: string; fill: string }[];
}

/** How much of a sheet part is inflated to find its first rows: enough for them in any sane sheet. */
const HEAD_BYTES = 256 * 1024;

/** A remembered fill: `#RRGGBB`, null for none, undefined when it is neither. */
function memoFill(v: unknown): string | null | undefined {
  if (v === null || v === undefined || v === "") return null;
  return typeof v === "string" && /^#?[0-9A-Fa-f]{6}$/.test(v) ? v : undefined;
}

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

export class Book implements XlsxBook {
  private wb: WorkbookInfo;
  private sst: string[] | null = null;
  /** Per sheet part: its grid until it is handed out (then null: the next call reads it again), and protection. */
  private readonly gridCache = new Map<string, { text: string; grid: Grid | null; protected: boolean }>();

  readonly kind: BookKind;
  private readonly inputNames: string[];

  constructor(private readonly pkg: Package) {
    this.wb = readWorkbook(pkg);
    this.inputNames = this.wb.sheets.map((s) => s.name);
    // Every package must say what its parts are; a write needs it, so a read asks for it too.
    if (!pkg.has(CONTENT_TYPES)) throw corrupt({ kind: "missing-part", part: CONTENT_TYPES });
    this.kind = bookKind(pkg, this.wb.part);
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
    if (hit && hit.text === text && hit.grid && hit.grid.name === s.name) return { grid: hit.grid, protected: hit.protected };
    const c = readSheet(text, { part: s.part, sheet: s.name, sst: this.sharedStrings() });
    this.gridCache.set(s.part, { text, grid: c.grid, protected: c.protected });
    return c;
  }

  /** The sheet's grid for a caller, who may change it: it leaves the cache rather than being copied. */
  private handOut(s: SheetRef): { grid: Grid; protected: boolean } {
    const c = this.content(s);
    const hit = s.part ? this.gridCache.get(s.part) : undefined;
    if (hit) hit.grid = null;
    return c;
  }

  /** A sheet's first rows, inflating and scanning no more of its part than they need. */
  private head(s: SheetRef): Grid {
    const ctx = { part: s.part!, sheet: s.name, sst: this.sharedStrings() };
    const start = this.pkg.textHead(s.part!, HEAD_BYTES)!;
    let rows: GridRow[];
    let merges: MergeArea[] = [];
    if (start.complete) {
      // A small part is read whole once (and kept): most sheets of a review workbook are needed.
      const full = this.content(s).grid;
      rows = rowsIn(full, 0, HEAD_ROWS).map((r) => ({ row: r.row, cols: r.cols.slice(), values: r.values.slice() }));
      // Its merges are known too: a header merged down over a blank row needs them to read as one block.
      merges = (full.merges ?? []).filter((m) => m.r0 < HEAD_ROWS).map((m) => ({ ...m }));
    } else {
      // The merges of a large part come after its rows, out of reach: the header is judged without them.
      const c = readSheet(start.text, ctx, { rows: HEAD_ROWS, partial: true });
      // First rows longer than the look-ahead (long texts in a case list): read the whole part.
      rows = (c.complete ? c : readSheet(this.pkg.need(s.part!), ctx, { rows: HEAD_ROWS, partial: false })).grid.rows;
    }
    return { name: s.name, rows, merges, ...(s.hidden ? { hidden: true } : {}) };
  }

  grids(need?: (head: Grid) => boolean): Grid[] {
    return this.wb.sheets.map((s) => {
      if (need && s.part && s.kind !== "chartsheet") {
        const head = this.head(s);
        if (!need(head)) return head;
      }
      const c = this.handOut(s);
      const g: Grid = { ...c.grid, name: s.name, merges: c.grid.merges ?? [] };
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
    if (s.part === null || s.kind === "chartsheet") return false;
    const hit = this.gridCache.get(s.part);
    return hit && hit.text === this.pkg.text(s.part) ? hit.protected : this.content(s).protected;
  }

  apply(plan: WritePlan): ApplyStats {
    const { result, changed } = this.pkg.transact(() => this.applyIn(plan));
    this.wb = readWorkbook(this.pkg);
    return { ...result, partsChanged: changed };
  }

  private view(): SheetView[] {
    return this.wb.sheets.map((s) => {
      const locked = () => this.isProtected(s);
      return {
        name: s.name,
        // Known only by parsing the sheet: asked only of the sheets the write touches, so a
        // large sheet no review reads is never parsed whole for it.
        get protected() {
          return locked();
        },
        cells: s.part !== null && s.kind !== "chartsheet",
        grid: () => this.content(s).grid,
      };
    });
  }

  private formats(w: Write): Formats {
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

  private sheetsInfo(): { names: string[]; exists(name: string): boolean; locked(name: string): boolean } {
    const cells = new Map(this.wb.sheets.filter((s) => s.part && s.kind !== "chartsheet").map((s) => [s.name, s]));
    return { names: [...cells.keys()], exists: (n) => cells.has(n), locked: (n) => this.isProtected(cells.get(n)!) };
  }

  private applyIn(plan: WritePlan): Omit<ApplyStats, "partsChanged"> {
    const w = new Write(this.pkg, this.wb);
    const memo = readMemo(this.pkg, this.wb.part);
    // Refuses (before changing anything) what must not be written; names the report; places the result columns.
    const settled = settleFile(plan, this.view(), this.wb.lockStructure, memo.state);
    const final = settled.plan;
    const report = settled.reportExists ? this.wb.sheets.find((s) => s.name.toLowerCase() === final.report.sheet.toLowerCase())! : null;
    // Where the results would go past Excel's grid, refuse rather than write a sheet Excel cannot open.
    const outside = firstOutside(final);
    if (outside) throw noRoom(outside.sheet, outside.cell);

    let cellsWritten = 0;
    for (const b of final.blocks) {
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          w.setValue(b.sheet, b.row + i, b.col + j, { value: { v } });
          cellsWritten++;
        }),
      );
    }
    const marked = markCells(this.formats(w), memo.state, final.highlights, this.sheetsInfo());
    const state: MemoState = { version: 2, highlights: marked.highlights, reports: settled.owned.reports, columns: settled.owned.columns };

    const formulasRemoved = w.flush();
    this.writeReport(report, final.report.sheet, {
      name: final.report.sheet,
      values: final.report.values,
      links: final.report.links,
      widths: final.report.widths,
    });
    writeMemo(this.pkg, this.wb.part, memo, state);
    dropUndoRecord(this.pkg, this.wb.part);
    if (formulasRemoved.size) pruneCalcChain(this.pkg, this.wb.part, formulasRemoved);
    if (formulasRemoved.size || (cellsWritten > 0 && this.hasFormulas())) setFullCalcOnLoad(this.pkg, this.wb.part);
    return { cellsWritten, highlights: final.highlights.length, restored: marked.restored, notes: settled.notes };
  }

  /** True when some sheet holds a formula whose cached result a write may have made stale. */
  private hasFormulas(): boolean {
    return this.wb.sheets.some((s) => {
      if (s.part === null || s.kind === "chartsheet") return false;
      // Sheets read for the review are decoded already; others are searched in their bytes.
      const text = this.pkg.knownText(s.part);
      return text !== null ? /<(?:[\w.-]+:)?f[\s>/]/.test(text) : hasFormulaElement(this.pkg.bytes(s.part) ?? new Uint8Array(0));
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

  clearHighlights(): number {
    const { result } = this.pkg.transact(() => {
      const memo = readMemo(this.pkg, this.wb.part);
      if (!memo.parts.length || !memo.state.highlights.length) return 0;
      const w = new Write(this.pkg, this.wb);
      const formats = this.formats(w);
      const info = this.sheetsInfo();
      const changes = clearChanges(
        memo.state,
        (sheet, cell) => {
          const p = parseA1(cell);
          return info.exists(sheet) && p ? formats.now(sheet, p.row, p.col) : undefined;
        },
        info,
      );
      for (const r of changes.restore) {
        const p = parseA1(r.memo.cell)!;
        formats.restore(r.memo, p.row, p.col);
      }
      w.flush();
      writeMemo(this.pkg, this.wb.part, memo, { ...memo.state, highlights: changes.highlights });
      dropUndoRecord(this.pkg, this.wb.part);
      return changes.restore.length;
    });
    return result;
  }

  memo(): MemoState {
    return readMemo(this.pkg, this.wb.part).state;
  }

  cellFills(): { sheet: string; cell: string; fill: string }[] {
    const w = new Write(this.pkg, this.wb);
    const out: { sheet: string; cell: string; fill: string }[] = [];
    for (const s of this.wb.sheets) {
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
    const out = this.pkg.toBytes();
    verifyWritten(out, this.pkg.changedParts(), { pkg: new Package(this.pkg.original()), names: this.inputNames });
    return out;
  }
}
