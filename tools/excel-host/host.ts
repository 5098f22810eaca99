/**
 * A local Excel host: an in-memory workbook that answers Office.js `ProcessQuery` requests
 * (see protocol.ts), counts syncs and request bytes, and lets tests look inside.
 */
import { Cell, Grid, gridFromValues, parseA1 } from "../../src/core";
import { Area, MAX_COLS, validSheetName } from "./address";
import { HostCell, HostHyperlink, HostPart, HostSheet, namespaceOf, sheetFromGrid } from "./model";
import { versionNumber } from "./objects";

/** Excel on the web refuses requests and responses above 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface HostOptions {
  /** Highest ExcelApi version the host answers; newer members fail with ApiNotFound. Default "1.20". */
  apiVersion?: string;
  /** Milliseconds added to every sync (a round trip to Excel on the web). */
  latencyMs?: number;
  /** Request and response payload limit in bytes; default 5 MB as in Excel on the web. */
  payloadLimit?: number;
}

export interface HostStats {
  /** Requests that carried work (a `context.sync()`). */
  syncs: number;
  /** Requests that only released references after an `Excel.run`. */
  cleanups: number;
  requestBytes: { total: number; max: number };
  responseBytes: { total: number; max: number };
  /** How often each method or property setter was called, e.g. `Range.set Values`. */
  calls: Map<string, number>;
}

function emptyStats(): HostStats {
  return { syncs: 0, cleanups: 0, requestBytes: { total: 0, max: 0 }, responseBytes: { total: 0, max: 0 }, calls: new Map() };
}

export class ExcelHost {
  readonly sheets: HostSheet[] = [];
  readonly parts: HostPart[] = [];
  /** What `Office.context.document.settings.saveAsync` persisted. */
  readonly settings = new Map<string, unknown>();
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  calcSuspensions = 0;
  stats: HostStats = emptyStats();
  /**
   * Fault injection for tests: the given sync (1-based, counted from the last reset) fails
   * with `code` at action index `action`; the actions before it stay applied, as in Excel.
   */
  fault: { sync: number; action: number; code: string } | null = null;
  latencyMs: number;
  payloadLimit: number;
  readonly apiVersion: number;
  /** Objects the runtime keeps across syncs (its _KeepReference), by reference id. */
  readonly references = new Map<string, unknown>();
  private nextPart = 1;
  private nextRef = 1;

  newReferenceId(): string {
    return `ref${this.nextRef++}`;
  }

  constructor(opts: HostOptions = {}) {
    this.apiVersion = versionNumber(opts.apiVersion ?? "1.20");
    this.latencyMs = opts.latencyMs ?? 0;
    this.payloadLimit = opts.payloadLimit ?? PAYLOAD_LIMIT;
  }

  static fromGrids(grids: Grid[], opts: HostOptions = {}): ExcelHost {
    const host = new ExcelHost(opts);
    for (const g of grids) host.sheets.push(sheetFromGrid(g));
    if (!host.sheets.length) host.addSheet("Sheet1");
    host.activeSheet = host.sheets[0].name;
    return host;
  }

  resetStats(): void {
    this.stats = emptyStats();
    this.calcSuspensions = 0;
  }

  count(name: string): void {
    this.stats.calls.set(name, (this.stats.calls.get(name) ?? 0) + 1);
  }

  calls(name: string): number {
    return this.stats.calls.get(name) ?? 0;
  }

  sheet(name: string): HostSheet | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k || s.id === name);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  addSheet(name: string, at = this.sheets.length): HostSheet {
    if (!validSheetName(name)) throw new Error(`invalid sheet name ${name}`);
    if (this.sheet(name)) throw new Error(`duplicate sheet name ${name}`);
    const s = new HostSheet(name);
    this.sheets.splice(at, 0, s);
    return s;
  }

  addPart(xml: string): HostPart {
    const part = { id: `{REVIEW-HOST-PART-${this.nextPart++}}`, namespaceUri: namespaceOf(xml), xml };
    this.parts.push(part);
    return part;
  }

  partsIn(namespaceUri: string): HostPart[] {
    return this.parts.filter((p) => p.namespaceUri === namespaceUri);
  }

  private at(sheet: string, a1: string): HostCell | undefined {
    const s = this.sheet(sheet);
    const p = parseA1(a1);
    if (!s || !p) throw new Error(`no cell ${sheet}!${a1}`);
    return s.cell(p.row, p.col);
  }

  /** What `values` would answer for one cell (a formula shows its cached value, "" when none). */
  value(sheet: string, a1: string): Cell {
    const c = this.at(sheet, a1);
    return c?.value ?? "";
  }

  formula(sheet: string, a1: string): string | undefined {
    return this.at(sheet, a1)?.formula;
  }

  /** The fill colour, or null for no fill. */
  fill(sheet: string, a1: string): string | null {
    return this.at(sheet, a1)?.fill ?? null;
  }

  hyperlink(sheet: string, a1: string): HostHyperlink | null {
    return this.at(sheet, a1)?.hyperlink ?? null;
  }

  /** Plain data for comparisons: every sheet's cells (values, formulas, fills, links), merges and state. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        merges: s.merges,
        widths: [...s.widths].sort((a, b) => a[0] - b[0]),
        cells: [...s.cells]
          .filter(([, c]) => c.value !== null || c.formula || c.fill || c.hyperlink || c.numberFormat)
          .sort((a, b) => a[0] - b[0])
          .map(([k, c]) => [Math.floor(k / MAX_COLS), k % MAX_COLS, { ...c }]),
      })),
      parts: this.parts.map((p) => ({ ns: p.namespaceUri, xml: p.xml })),
    };
  }

  /** The values of a sheet's used range as a core grid, for comparisons. */
  grid(sheet: string): Grid {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const a: Area | null = s.usedArea(true);
    if (!a) return { name: s.name, rows: [] };
    const values: Cell[][] = [];
    for (let r = a.r0; r <= a.r1; r++) {
      const row: Cell[] = [];
      for (let c = a.c0; c <= a.c1; c++) row.push(s.cell(r, c)?.value ?? null);
      values.push(row);
    }
    return gridFromValues(s.name, values, { origin: { row: a.r0, col: a.c0 } });
  }
}
