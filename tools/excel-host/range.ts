/** Range, as Excel answers it (its format and fill are in format.ts). */
import { Area, parseArea, qualified } from "./address";
import type { ExcelHost } from "./host";
import { HostCell, HostHyperlink, HostSheet, enter } from "./model";
import { AreasObj, FormatObj } from "./format";
import { HostError, HostObject, accessDenied, invalid } from "./objects";
import { DataValidationObj } from "./validation";

/** Excel on the web refuses to read more cells than this in one range. */
const READ_CELL_LIMIT = 5_000_000;

function cells(a: Area): number {
  return (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);
}

export class RangeObj extends HostObject {
  readonly className = "Range";
  override readonly scalars = ["Address", "RowCount", "ColumnCount", "Values", "Formulas", "NumberFormat"];

  constructor(
    private readonly host: ExcelHost,
    readonly sheet: HostSheet,
    readonly area: Area,
  ) {
    super(host.apiVersion);
  }

  private grid<T>(f: (c: HostCell | undefined) => T): T[][] {
    if (cells(this.area) > READ_CELL_LIMIT) throw new HostError("ResponsePayloadSizeLimitExceeded", "Range too large to read", 413);
    const out: T[][] = [];
    for (let r = this.area.r0; r <= this.area.r1; r++) {
      const row: T[] = [];
      for (let c = this.area.c0; c <= this.area.c1; c++) row.push(f(this.sheet.cell(r, c)));
      out.push(row);
    }
    return out;
  }

  /** On a protected sheet only unlocked cells take input, as in Excel. */
  private writable(): boolean {
    if (!this.sheet.protected) return true;
    for (let r = this.area.r0; r <= this.area.r1; r++) {
      for (let c = this.area.c0; c <= this.area.c1; c++) if (this.sheet.cell(r, c)?.locked !== false) return false;
    }
    return true;
  }

  /** Calls f for every cell of the range with the matching entry of a 2D argument (or the one scalar). */
  private each(value: unknown, f: (c: HostCell, v: unknown) => void): void {
    if (!this.writable()) throw accessDenied(this.sheet.name);
    const rows = this.area.r1 - this.area.r0 + 1;
    const cols = this.area.c1 - this.area.c0 + 1;
    const scalar = !Array.isArray(value);
    if (!scalar) {
      const v = value as unknown[][];
      if (v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw invalid(`The array is ${v.length} rows, the range ${rows}×${cols}`);
      }
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const cell = this.sheet.touch(this.area.r0 + r, this.area.c0 + c);
        f(cell, scalar ? value : (value as unknown[][])[r][c]);
        this.sheet.tidy(this.area.r0 + r, this.area.c0 + c);
      }
    }
  }

  protected override getProp(prop: string): unknown {
    switch (prop) {
      case "Address":
        return qualified(this.sheet.name, this.area);
      case "RowCount":
        return this.area.r1 - this.area.r0 + 1;
      case "ColumnCount":
        return this.area.c1 - this.area.c0 + 1;
      case "CellCount":
        return cells(this.area);
      case "Values":
        return this.grid((c) => (c?.value === null || c?.value === undefined ? "" : c.value));
      case "Formulas":
        return this.grid((c) => c?.formula ?? (c?.value === null || c?.value === undefined ? "" : c.value));
      case "NumberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "ValueTypes":
        return this.grid((c) => {
          const v = c?.value;
          if (v === null || v === undefined) return "Empty";
          if (typeof v === "boolean") return "Boolean";
          if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
          return /^#/.test(v) && !c?.quotePrefix ? "Error" : "String";
        });
      case "Hyperlink": {
        const h = this.sheet.cell(this.area.r0, this.area.c0)?.hyperlink;
        return h ? { ...h } : null;
      }
      case "Format":
        return new FormatObj(this.host, this);
      case "DataValidation":
        return new DataValidationObj(this.host, this);
    }
    return super.getProp(prop);
  }

  protected override setProp(prop: string, value: unknown): void {
    switch (prop) {
      case "Values":
      case "Formulas":
        return this.each(value, (c, v) => enter(c, v));
      case "NumberFormat":
        return this.each(value, (c, v) => {
          if (v === null || v === undefined) return;
          if (v === "" || v === "General") delete c.numberFormat;
          else c.numberFormat = String(v);
        });
      case "Hyperlink":
        return this.setHyperlink(value as HostHyperlink | null);
    }
    super.setProp(prop, value);
  }

  /** Excel shows `textToDisplay` in the top-left cell and links every cell of the range. */
  private setHyperlink(h: HostHyperlink | null): void {
    if (h && !h.address && !h.documentReference) throw invalid("A hyperlink needs an address or a documentReference");
    if (h?.documentReference && !/^(?:'(?:[^']|'')+'|[^'!]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.test(h.documentReference)) {
      throw invalid(`Not a reference: ${h.documentReference}`);
    }
    this.each(null, (c) => {
      if (h) c.hyperlink = { ...h };
      else delete c.hyperlink;
    });
    if (h?.textToDisplay !== undefined) {
      const tl = this.sheet.touch(this.area.r0, this.area.c0);
      tl.value = h.textToDisplay;
      delete tl.formula;
    }
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    switch (method) {
      case "Select":
        this.host.activeSheet = this.sheet.name;
        this.host.selection = { sheet: this.sheet.name, address: qualified(this.sheet.name, this.area) };
        return null;
      case "Clear":
        return this.clear(String(args[0] ?? "All"));
      case "Merge":
        return this.merge(args[0] === true);
      case "_ValidateArraySize": {
        // The runtime checks a large array's size before writing it in row pieces.
        const rows = this.area.r1 - this.area.r0 + 1;
        const cols = this.area.c1 - this.area.c0 + 1;
        if (args[0] !== rows || args[1] !== cols) throw invalid(`The array is ${String(args[0])}×${String(args[1])}, the range ${rows}×${cols}`);
        return null;
      }
      case "GetRow": {
        const r = this.area.r0 + Number(args[0]);
        if (!Number.isInteger(r) || r > this.area.r1 || r < this.area.r0) throw invalid(`row ${String(args[0])}`);
        return new RangeObj(this.host, this.sheet, { ...this.area, r0: r, r1: r });
      }
      case "GetBoundingRect": {
        const other = args[0] instanceof RangeObj ? args[0].area : parseArea(String(args[0]));
        if (!other) throw invalid("getBoundingRect needs a range");
        const a = this.area;
        return new RangeObj(this.host, this.sheet, { r0: Math.min(a.r0, other.r0), c0: Math.min(a.c0, other.c0), r1: Math.max(a.r1, other.r1), c1: Math.max(a.c1, other.c1) });
      }
      case "GetMergedAreasOrNullObject": {
        const hit = this.sheet.merges.filter((m) => m.r0 <= this.area.r1 && m.r1 >= this.area.r0 && m.c0 <= this.area.c1 && m.c1 >= this.area.c0);
        return hit.length ? new AreasObj(this.host, this.sheet, hit) : null;
      }
    }
    return super.callMethod(method, args);
  }

  private clear(applyTo: string): null {
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    const links = applyTo === "All" || applyTo === "Hyperlinks";
    if (!contents && !formats && !links) throw invalid(`clear(${applyTo})`);
    if (this.sheet.protected) throw accessDenied(this.sheet.name);
    // Deleting the entry being visited is safe in a Map iteration.
    for (const [k, c] of this.sheet.cells) {
      const r = Math.floor(k / 16384);
      const col = k % 16384;
      if (r < this.area.r0 || r > this.area.r1 || col < this.area.c0 || col > this.area.c1) continue;
      if (contents) {
        c.value = null;
        delete c.formula;
        delete c.quotePrefix;
      }
      if (formats) {
        delete c.fill;
        delete c.numberFormat;
      }
      if (links) delete c.hyperlink;
      this.sheet.tidy(r, col);
    }
    return null;
  }

  private merge(across: boolean): null {
    if (this.sheet.protected) throw accessDenied(this.sheet.name);
    const { r0, c0, r1, c1 } = this.area;
    const add = across ? Array.from({ length: r1 - r0 + 1 }, (_, i) => ({ r0: r0 + i, c0, r1: r0 + i, c1 })) : [{ r0, c0, r1, c1 }];
    this.sheet.merges = this.sheet.merges.filter((m) => m.r0 > r1 || m.r1 < r0 || m.c0 > c1 || m.c1 < c0);
    this.sheet.merges.push(...add.filter((m) => m.r0 !== m.r1 || m.c0 !== m.c1));
    return null;
  }
}

export function rangeOf(host: ExcelHost, sheet: HostSheet, address: unknown): RangeObj {
  const area = parseArea(String(address));
  if (!area) throw invalid(`Not an address: ${String(address)}`);
  return new RangeObj(host, sheet, area);
}
