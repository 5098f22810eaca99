/** A range's format and fill, and merged areas (RangeAreas), as Excel answers them. */
import { Area, qualified } from "./address";
import type { ExcelHost } from "./host";
import { HostSheet } from "./model";
import { HostObject, accessDenied, invalid } from "./objects";
import { RangeObj } from "./range";
import { FormatProtectionObj } from "./validation";

/** A range over one rectangle (the class lives in range.ts, which imports this file). */
function rangeOn(host: ExcelHost, sheet: HostSheet, area: Area): RangeObj {
  return new RangeObj(host, sheet, area);
}

/** Column width of a fresh sheet in points (8.43 characters of Calibri 11). */
const DEFAULT_WIDTH = 48;

export class FormatObj extends HostObject {
  readonly className = "RangeFormat";
  override readonly scalars = ["ColumnWidth"];

  constructor(
    private readonly host: ExcelHost,
    readonly range: RangeObj,
  ) {
    super(host.apiVersion);
  }

  protected override getProp(prop: string): unknown {
    if (prop === "Fill") return new FillObj(this.host, this.range);
    if (prop === "Protection") return new FormatProtectionObj(this.host, this.range);
    if (prop === "ColumnWidth") {
      const { c0, c1 } = this.range.area;
      const w = this.range.sheet.widths.get(c0) ?? DEFAULT_WIDTH;
      for (let c = c0; c <= c1; c++) if ((this.range.sheet.widths.get(c) ?? DEFAULT_WIDTH) !== w) return null;
      return w;
    }
    return super.getProp(prop);
  }

  protected override setProp(prop: string, value: unknown): void {
    if (prop !== "ColumnWidth") return super.setProp(prop, value);
    if (typeof value !== "number" || value < 0) throw invalid("columnWidth must be a non-negative number");
    for (let c = this.range.area.c0; c <= this.range.area.c1; c++) this.range.sheet.widths.set(c, value);
  }
}

const HEX = /^#[0-9A-Fa-f]{6}$/;

export class FillObj extends HostObject {
  readonly className = "RangeFill";
  override readonly scalars = ["Color"];

  constructor(
    host: ExcelHost,
    private readonly range: RangeObj,
  ) {
    super(host.apiVersion);
  }

  /** The one fill of every cell, undefined when they differ; null is no fill. */
  private uniform(): string | null | undefined {
    const { sheet, area } = this.range;
    const first = sheet.cell(area.r0, area.c0)?.fill ?? null;
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) if ((sheet.cell(r, c)?.fill ?? null) !== first) return undefined;
    }
    return first;
  }

  protected override getProp(prop: string): unknown {
    const f = this.uniform();
    // Excel answers #FFFFFF for a cell without fill; only tintAndShade (1.9) tells them apart.
    if (prop === "Color") return f === undefined ? null : (f ?? "#FFFFFF");
    if (prop === "TintAndShade") return f === undefined || f === null ? null : 0;
    return super.getProp(prop);
  }

  protected override setProp(prop: string, value: unknown): void {
    if (prop !== "Color") return super.setProp(prop, value);
    if (typeof value !== "string" || !HEX.test(value)) throw invalid(`Not a colour: ${String(value)}`);
    this.paint(value.toUpperCase());
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    if (method !== "Clear") return super.callMethod(method, args);
    this.paint(undefined);
    return null;
  }

  private paint(fill: string | undefined): void {
    const { sheet, area } = this.range;
    if (sheet.protected) throw accessDenied(sheet.name);
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) {
        if (fill === undefined) {
          const cell = sheet.cell(r, c);
          if (cell) delete cell.fill;
          sheet.tidy(r, c);
        } else sheet.touch(r, c).fill = fill;
      }
    }
  }
}

export class AreasObj extends HostObject {
  readonly className = "RangeAreas";
  override readonly scalars = ["Address", "AreaCount"];

  constructor(
    private readonly host: ExcelHost,
    private readonly sheet: HostSheet,
    private readonly areas: Area[],
  ) {
    super(host.apiVersion);
  }

  protected override getProp(prop: string): unknown {
    if (prop === "Address") return this.areas.map((a) => qualified(this.sheet.name, a)).join(", ");
    if (prop === "AreaCount") return this.areas.length;
    if (prop === "Format") return new AreasFormatObj(this.host, this.sheet, this.areas);
    return super.getProp(prop);
  }
}

/** The format of several rectangles: what is set applies to each; a read is the common value, else null. */
class AreasFormatObj extends HostObject {
  readonly className = "RangeFormat";

  constructor(
    private readonly host: ExcelHost,
    private readonly sheet: HostSheet,
    private readonly areas: Area[],
  ) {
    super(host.apiVersion);
  }

  protected override getProp(prop: string): unknown {
    if (prop === "Fill") return new AreasFillObj(this.host, this.areas.map((a) => new FillObj(this.host, rangeOn(this.host, this.sheet, a))));
    return super.getProp(prop);
  }
}

class AreasFillObj extends HostObject {
  readonly className = "RangeFill";
  override readonly scalars = ["Color"];

  constructor(
    host: ExcelHost,
    private readonly fills: FillObj[],
  ) {
    super(host.apiVersion);
  }

  protected override getProp(prop: string): unknown {
    const all = this.fills.map((f) => f.get(prop));
    return all.every((v) => v === all[0]) ? all[0] : null;
  }

  protected override setProp(prop: string, value: unknown): void {
    for (const f of this.fills) f.set(prop, value);
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    for (const f of this.fills) f.call(method, args);
    return null;
  }
}
