/**
 * What the sheets read from one workbook may add up to (LIMITS.bookCells, bookBytes): a cap
 * per sheet alone lets a small file of a few hundred sheets, each under it, fill gigabytes.
 * consolidate gives each source's budget a parent shared by all the sources.
 */
import type { Grid } from "../core";
import { XlsxError, tooLarge } from "./errors";
import { LIMITS } from "./limits";
import type { FastCtx } from "./sheetFast";

export class ReadBudget {
  private cellsLeft: number;
  private bytesLeft: number;

  constructor(
    /** `book`: one workbook; `sources`: all of consolidate's sources together. */
    readonly scope: "book" | "sources" = "book",
    private readonly parent: ReadBudget | null = null,
    readonly cells = LIMITS.bookCells,
    readonly bytes = LIMITS.bookBytes,
  ) {
    this.cellsLeft = cells;
    this.bytesLeft = bytes;
  }

  /** A budget for one more workbook under this one (consolidate's sources). */
  child(): ReadBudget {
    return new ReadBudget("book", this);
  }

  /** Cells a sheet may hold now, `had` of them counted for it already (an earlier read of the same part). */
  maxCells(had: number): number {
    return Math.min(LIMITS.sheetCells, this.cellsLeft + had, this.parent ? this.parent.maxCells(had) : Infinity);
  }

  /** The refusal when a sheet reaches `maxCells` below the sheet's own cap. */
  overCells(sheet: string, part: string, had: number): XlsxError {
    const own = this.cellsLeft + had;
    const binding = this.parent && this.parent.maxCells(had) < own ? this.parent : this;
    const what = binding.scope === "sources" ? "sources-cells" : "book-cells";
    return tooLarge({ what, sheet, part, size: binding.cells + 1, limit: binding.cells });
  }

  /** A part's cells read: `now` of them, where an earlier read of it counted `had`. */
  spendCells(had: number, now: number): void {
    this.cellsLeft -= now - had;
    this.parent?.spendCells(had, now);
  }

  /** Inflated bytes about to be read for a sheet; refused (before inflating) past the budget. */
  spendBytes(n: number, sheet: string, part: string): void {
    this.bytesLeft -= n;
    if (this.bytesLeft < 0) throw tooLarge({ what: "book-bytes", sheet, part, size: this.bytes - this.bytesLeft, limit: this.bytes });
  }
}

/**
 * One workbook's reads against a budget, per sheet part: a part read again (its first rows,
 * then whole; once for the review, again for a write) counts once, at the most read, so
 * `check` and `fill` count the same whatever they read twice.
 */
export class BookMeter {
  private readonly cellsOf = new Map<string, number>();
  private readonly bytesOf = new Map<string, number>();

  constructor(private readonly budget: ReadBudget = new ReadBudget()) {}

  /** `n` inflated bytes of a sheet's part about to be read: refused past the budget, before inflating. */
  bytes(part: string, sheet: string, n: number): void {
    const had = this.bytesOf.get(part) ?? 0;
    if (n <= had) return;
    this.budget.spendBytes(n - had, sheet, part);
    this.bytesOf.set(part, n);
  }

  /** A sheet's part read within the budget: the reader stops where it ends, and the cells it gave are counted. */
  read<T extends { grid: Grid }>(ctx: Omit<FastCtx, "maxCells" | "overBudget">, read: (ctx: FastCtx) => T): T {
    const had = this.cellsOf.get(ctx.part) ?? 0;
    const c = read({ ...ctx, maxCells: this.budget.maxCells(had), overBudget: () => this.budget.overCells(ctx.sheet, ctx.part, had) });
    let cells = 0;
    for (const r of c.grid.rows) cells += r.cols.length;
    this.budget.spendCells(had, cells);
    this.cellsOf.set(ctx.part, cells);
    return c;
  }
}
