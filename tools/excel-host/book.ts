/** Workbook, worksheets, protection, application and custom XML parts, as Excel answers them. */
import { parseArea, validSheetName } from "./address";
import type { ExcelHost } from "./host";
import { HostSheet, Visibility } from "./model";
import { HostError, HostObject, invalid, notFound } from "./objects";
import { AreasObj } from "./format";
import { insertFromBase64 } from "./insert";
import { PartsObj } from "./parts";
import { RangeObj, rangeOf } from "./range";

export class WorkbookObj extends HostObject {
  readonly className = "Workbook";

  constructor(private readonly host: ExcelHost) {
    super(host.apiVersion);
  }

  protected override getProp(prop: string): unknown {
    if (prop === "Worksheets") return new WorksheetsObj(this.host);
    if (prop === "Application") return new ApplicationObj(this.host);
    if (prop === "CustomXmlParts") return new PartsObj(this.host, null);
    if (prop === "Protection") return new WorkbookProtectionObj(this.host);
    return super.getProp(prop);
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    if (method === "InsertWorksheetsFromBase64") return insertFromBase64(this.host, args);
    return super.callMethod(method, args);
  }
}

/** The workbook's structure protection (no sheet can be added, removed or renamed). */
class WorkbookProtectionObj extends HostObject {
  readonly className = "WorkbookProtection";
  override readonly scalars = ["Protected"];

  constructor(private readonly host: ExcelHost) {
    super(host.apiVersion);
  }

  protected override getProp(prop: string): unknown {
    return prop === "Protected" ? this.host.structureProtected : super.getProp(prop);
  }
}

class ApplicationObj extends HostObject {
  readonly className = "Application";

  constructor(private readonly host: ExcelHost) {
    super(host.apiVersion);
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    if (method !== "SuspendApiCalculationUntilNextSync") return super.callMethod(method, args);
    this.host.calcSuspensions++;
    return null;
  }
}

class WorksheetsObj extends HostObject {
  readonly className = "WorksheetCollection";

  constructor(private readonly host: ExcelHost) {
    super(host.apiVersion);
  }

  override items(): HostObject[] {
    return this.host.sheets.map((s) => new WorksheetObj(this.host, s));
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    const key = String(args[0] ?? "");
    switch (method) {
      case "GetItem": {
        const s = this.host.sheet(key);
        if (!s) throw notFound(`The worksheet "${key}" does not exist`);
        return new WorksheetObj(this.host, s);
      }
      case "GetItemOrNullObject": {
        const s = this.host.sheet(key);
        return s ? new WorksheetObj(this.host, s) : null;
      }
      case "GetItemAt": {
        const s = this.host.sheets[Number(args[0])];
        if (!s) throw notFound(`No worksheet at ${String(args[0])}`);
        return new WorksheetObj(this.host, s);
      }
      case "GetCount":
        return this.host.sheets.length;
      case "GetActiveWorksheet":
        return new WorksheetObj(this.host, this.host.sheet(this.host.activeSheet ?? "") ?? this.host.sheets[0]);
      case "Add":
        return new WorksheetObj(this.host, this.add(args[0] === undefined || args[0] === null ? null : key));
    }
    return super.callMethod(method, args);
  }

  private add(name: string | null): HostSheet {
    if (this.host.structureProtected) throw new HostError("AccessDenied", "The workbook structure is protected", 403);
    let n = this.host.sheets.length + 1;
    while (name === null && this.host.sheet(`Sheet${n}`)) n++;
    const chosen = name ?? `Sheet${n}`;
    if (!validSheetName(chosen)) throw invalid(`"${chosen}" is not a valid sheet name`);
    if (this.host.sheet(chosen)) throw new HostError("ItemAlreadyExists", `A sheet named "${chosen}" already exists`, 409);
    return this.host.addSheet(chosen);
  }
}

class WorksheetObj extends HostObject {
  readonly className = "Worksheet";
  override readonly scalars = ["Name", "Id", "Position", "Visibility"];

  constructor(
    private readonly host: ExcelHost,
    private readonly sheet: HostSheet,
  ) {
    super(host.apiVersion);
  }

  override identity(): Record<string, unknown> {
    return { Id: this.sheet.id };
  }

  private live(): HostSheet {
    if (!this.host.sheets.includes(this.sheet)) throw new HostError("InvalidReference", "The worksheet was deleted", 400);
    return this.sheet;
  }

  protected override getProp(prop: string): unknown {
    const s = this.live();
    switch (prop) {
      case "Name":
        return s.name;
      case "Id":
        return s.id;
      case "Position":
        return this.host.sheets.indexOf(s);
      case "Visibility":
        return s.visibility;
      case "Protection":
        return new ProtectionObj(this.host, s);
    }
    return super.getProp(prop);
  }

  protected override setProp(prop: string, value: unknown): void {
    const s = this.live();
    switch (prop) {
      case "Name": {
        if (this.host.structureProtected) throw new HostError("AccessDenied", "The workbook structure is protected", 403);
        const name = String(value);
        if (!validSheetName(name)) throw invalid(`"${name}" is not a valid sheet name`);
        const other = this.host.sheet(name);
        if (other && other !== s) throw new HostError("ItemAlreadyExists", `A sheet named "${name}" already exists`, 409);
        s.name = name;
        return;
      }
      case "Position": {
        const at = Number(value);
        if (!Number.isInteger(at) || at < 0 || at >= this.host.sheets.length) throw invalid(`position ${String(value)}`);
        this.host.sheets.splice(this.host.sheets.indexOf(s), 1);
        this.host.sheets.splice(at, 0, s);
        return;
      }
      case "Visibility": {
        const v = String(value) as Visibility;
        if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw invalid(`visibility ${v}`);
        const othersVisible = this.host.sheets.some((o) => o !== s && o.visibility === "Visible");
        if (v !== "Visible" && !othersVisible) throw new HostError("InvalidOperation", "A workbook needs one visible sheet");
        s.visibility = v;
        return;
      }
    }
    super.setProp(prop, value);
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    const s = this.live();
    switch (method) {
      case "GetRanges":
        return rangesOf(this.host, s, String(args[0] ?? ""));
      case "GetRange":
        return args[0] === undefined || args[0] === null || args[0] === "" ? new RangeObj(this.host, s, parseArea("A:XFD")!) : rangeOf(this.host, s, args[0]);
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        const a = s.usedArea(args[0] === true);
        // An empty sheet's used range is A1; the OrNullObject variant answers a null object.
        if (!a) return method === "GetUsedRange" ? new RangeObj(this.host, s, { r0: 0, c0: 0, r1: 0, c1: 0 }) : null;
        return new RangeObj(this.host, s, a);
      }
      case "Activate":
        if (s.visibility !== "Visible") throw new HostError("InvalidOperation", "A hidden sheet cannot be activated");
        this.host.activeSheet = s.name;
        return null;
      case "Delete": {
        if (this.host.structureProtected) throw new HostError("AccessDenied", "The workbook structure is protected", 403);
        const visible = this.host.sheets.filter((o) => o.visibility === "Visible");
        if (visible.length === 1 && visible[0] === s) throw new HostError("InvalidOperation", "A workbook needs one visible sheet");
        this.host.sheets.splice(this.host.sheets.indexOf(s), 1);
        if (this.host.activeSheet === s.name) this.host.activeSheet = visible.find((o) => o !== s)?.name ?? null;
        return null;
      }
    }
    return super.callMethod(method, args);
  }
}

class ProtectionObj extends HostObject {
  readonly className = "WorksheetProtection";
  override readonly scalars = ["Protected", "Options"];

  constructor(
    host: ExcelHost,
    private readonly sheet: HostSheet,
  ) {
    super(host.apiVersion);
  }

  protected override getProp(prop: string): unknown {
    if (prop === "Options") return { ...this.sheet.protectionOptions };
    return prop === "Protected" ? this.sheet.protected : super.getProp(prop);
  }

  /** protect(options?, password?): fails on a sheet already protected (documented); unprotect lifts it. */
  protected override callMethod(method: string, args: unknown[]): unknown {
    switch (method) {
      case "Protect":
        if (this.sheet.protected) throw new HostError("InvalidOperation", `The sheet "${this.sheet.name}" is already protected`);
        this.sheet.protected = true;
        this.sheet.protectionOptions = { ...((args[0] as Record<string, boolean> | null) ?? {}) };
        return null;
      case "Unprotect":
        this.sheet.protected = false;
        this.sheet.protectionOptions = {};
        return null;
    }
    return super.callMethod(method, args);
  }
}

/** `Worksheet.getRanges("A1:B2, D4")`: Excel takes at most 255 characters of address. */
function rangesOf(host: ExcelHost, sheet: HostSheet, address: string): AreasObj {
  if (address.length > 255) throw invalid(`The address is ${address.length} characters; at most 255`);
  const areas = address.split(",").map((a) => parseArea(a.trim()));
  if (!areas.length || areas.some((a) => !a)) throw invalid(`Not an address: ${address}`);
  return new AreasObj(host, sheet, areas as NonNullable<(typeof areas)[number]>[]);
}
