/** An open workbook file: read as grids, patched by write plans, written back losing nothing. */
import { FillNote, Grid, GridRow, HEAD_ROWS, MemoState, MergeArea, SheetSpec, WritePlan, clearChanges, parseA1, rowsIn } from "../core";
import { pruneCalcChain } from "./calcChain";
import { corrupt, noRoom, protectedStructure } from "./errors";
import { firstOutside, hasFormulaElement } from "./guards";
import { BookKind, bookKind } from "./kind";
import { SheetView, markCells, settleFile } from "./marks";
import { dropUndoRecord, readMemo, writeMemo } from "./memoPart";
import { uniqueSheetName } from "./names";
import { CONTENT_TYPES, Package, relKind } from "./package";
import { readSharedStrings, readSheet } from "./read";
import { storedQuotaText, storedScheme } from "./settings";
import { BookMeter, ReadBudget } from "./budget";
import { verifyPackage, verifyWritten } from "./verify";
import { Write, addSheetParts, formatsOf, solidFills, writeReport } from "./write";
import { SheetRef, WorkbookInfo, readWorkbook, setFullCalcOnLoad } from "./workbook";

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
  /** The checks `toBytes` makes, on the workbook in memory: what `check` rehearses. */
  verify(): void;
  /** The memo the workbook keeps (highlights' original fills, what the tool created). */
  memo(): MemoState;
  /** Every cell showing a solid fill, as `#RRGGBB` (what Excel would answer for it). */
  cellFills(): { sheet: string; cell: string; fill: string }[];
}

/** A formula element, any prefix. */
const FORMULA = /<(?:[\w.-]+:)?f[\s>/]/;

/** How much of a sheet part is inflated to find its first rows: enough for them in any sane sheet. */
const HEAD_BYTES = 256 * 1024;

export class Book implements XlsxBook {
  private wb: WorkbookInfo;
  private sst: string[] | null = null;
  /**
   * Per sheet part, what reading it told, while the part stays as read (`rev`): its grid until
   * it is handed out (then null: the next call reads it again), protection, and whether it
   * holds a formula. The part's text itself is not kept.
   */
  private readonly gridCache = new Map<string, { rev: number; grid: Grid | null; protected: boolean; formulas: boolean }>();

  /** Texts of cells met so far, one copy each (see `intern`). */
  private readonly pool = new Map<string, string>();
  readonly kind: BookKind;
  /** The sheets read, against what they may add up to. */
  private readonly meter: BookMeter;

  constructor(
    private readonly pkg: Package,
    /** A workbook made here, not yet checked: its written bytes are checked whole, not just the changed parts. */
    private readonly unchecked = false,
    budget = new ReadBudget(),
  ) {
    this.meter = new BookMeter(budget);
    this.wb = readWorkbook(pkg);
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
      const text = part ? this.pkg.readText(part) : null;
      if (part && text === null) throw corrupt({ kind: "missing-part", part });
      this.sst = part ? readSharedStrings(text!, part) : [];
    }
    return this.sst;
  }

  /** A sheet's grid and protection; `known`: its whole text, when the caller has it already. */
  private content(s: SheetRef, known?: string): { grid: Grid; protected: boolean } {
    if (!s.part || s.kind === "chartsheet") return { grid: { name: s.name, rows: [], merges: [] }, protected: false };
    const rev = this.pkg.revision(s.part);
    const hit = this.gridCache.get(s.part);
    if (hit && hit.rev === rev && hit.grid && hit.grid.name === s.name) return { grid: hit.grid, protected: hit.protected };
    this.meter.bytes(s.part, s.name, this.pkg.size(s.part));
    const text = known ?? this.pkg.readText(s.part);
    if (text === null) throw corrupt({ kind: "missing-part", part: s.part });
    const c = this.meter.read(this.ctx(s), (ctx) => readSheet(text, ctx));
    this.gridCache.set(s.part, { rev, grid: c.grid, protected: c.protected, formulas: FORMULA.test(text) });
    return c;
  }

  /** What reading a sheet's part needs: its names, the shared strings, the pool of texts. */
  private ctx(s: SheetRef) {
    return { part: s.part!, sheet: s.name, sst: this.sharedStrings(), pool: this.pool };
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
    this.meter.bytes(s.part!, s.name, Math.min(this.pkg.size(s.part!), HEAD_BYTES));
    const start = this.pkg.textHead(s.part!, HEAD_BYTES)!;
    let rows: GridRow[];
    let merges: MergeArea[] = [];
    if (start.complete) {
      // A small part is read whole once (and kept): most sheets of a review workbook are needed.
      const full = this.content(s, start.text).grid;
      rows = rowsIn(full, 0, HEAD_ROWS).map((r) => ({ row: r.row, cols: r.cols.slice(), values: r.values.slice() }));
      // Its merges are known too: a header merged down over a blank row needs them to read as one block.
      merges = (full.merges ?? []).filter((m) => m.r0 < HEAD_ROWS).map((m) => ({ ...m }));
    } else {
      // The merges of a large part come after its rows, out of reach: the header is judged without them.
      const c = this.meter.read(this.ctx(s), (ctx) => readSheet(start.text, ctx, { rows: HEAD_ROWS, partial: true }));
      // First rows longer than the look-ahead (long texts in a case list): read the whole part.
      if (!c.complete) this.meter.bytes(s.part!, s.name, this.pkg.size(s.part!));
      rows = (c.complete ? c : this.meter.read(this.ctx(s), (ctx) => readSheet(this.pkg.readText(s.part!)!, ctx, { rows: HEAD_ROWS, partial: false }))).grid.rows;
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
    return hit && hit.rev === this.pkg.revision(s.part) ? hit.protected : this.content(s).protected;
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
    const marked = markCells(formatsOf(w), memo.state, final.highlights, this.sheetsInfo());
    const state: MemoState = { version: 2, highlights: marked.highlights, ...settled.owned };

    const formulasRemoved = w.flush();
    writeReport(this.pkg, this.wb, report, final.report.sheet, {
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
      // Sheets read for the review were looked at then; others are searched in their bytes.
      const hit = this.gridCache.get(s.part);
      if (hit && hit.rev === this.pkg.revision(s.part)) return hit.formulas;
      const text = this.pkg.knownText(s.part);
      return text !== null ? FORMULA.test(text) : hasFormulaElement(this.pkg.bytes(s.part) ?? new Uint8Array(0));
    });
  }

  clearHighlights(): number {
    const { result } = this.pkg.transact(() => {
      const memo = readMemo(this.pkg, this.wb.part);
      if (!memo.parts.length || !memo.state.highlights.length) return 0;
      const w = new Write(this.pkg, this.wb);
      const formats = formatsOf(w);
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
    return solidFills(new Write(this.pkg, this.wb), this.wb.sheets);
  }

  addSheets(specs: SheetSpec[]): string[] {
    if (!specs.length) return [];
    const { result } = this.pkg.transact(() => {
      const taken = new Set(this.wb.sheets.map((s) => s.name.toLowerCase()));
      const sheets = specs.map((s) => ({ ...s, name: uniqueSheetName(s.name, taken) }));
      if (this.wb.lockStructure) throw protectedStructure(sheets[0].name);
      addSheetParts(this.pkg, this.wb, sheets);
      return sheets.map((s) => s.name);
    });
    this.wb = readWorkbook(this.pkg);
    return result;
  }

  toBytes(): Uint8Array {
    const out = this.pkg.toBytes();
    verifyWritten(out, this.unchecked ? null : this.pkg.changedParts(), this.before());
    return out;
  }

  verify(): void {
    verifyPackage(this.pkg, this.unchecked ? null : this.pkg.changedParts(), this.before());
  }

  /** The input as it was opened, for comparing a write with it. */
  private before(): { pkg: Package } | undefined {
    return this.unchecked ? undefined : { pkg: new Package(this.pkg.original(), true) };
  }
}
