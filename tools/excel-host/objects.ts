/**
 * The base of the host's object model: every object the runtime can address answers
 * `get` (PascalCase property), `set` and `call` (PascalCase method), as Excel's server does.
 */
export class HostError extends Error {
  constructor(
    public code: string,
    message: string,
    public status = 400,
  ) {
    super(message);
  }
}

/** Minimum ExcelApi version of the members the host knows to be newer than 1.1. */
const SINCE: Record<string, number> = {
  "Worksheet.Protection": 1.2,
  "Range.Merge": 1.2,
  "Range.Unmerge": 1.2,
  "RangeFormat.ColumnWidth": 1.2,
  "Worksheet.GetUsedRangeOrNullObject": 1.4,
  "Range.GetUsedRangeOrNullObject": 1.4,
  "WorksheetCollection.GetItemOrNullObject": 1.4,
  "Workbook.CustomXmlParts": 1.5,
  "Workbook.Protection": 1.7,
  "Application.SuspendApiCalculationUntilNextSync": 1.6,
  "Range.Hyperlink": 1.7,
  "Range.Clear": 1.1,
  "RangeFill.TintAndShade": 1.9,
  "Range.GetMergedAreasOrNullObject": 1.13,
  "Workbook.InsertWorksheetsFromBase64": 1.13,
  "Worksheet.GetRanges": 1.9,
  "RangeAreas.Format": 1.9,
  "Range.DataValidation": 1.8,
  "RangeFormat.Protection": 1.2,
  "WorksheetProtection.Protect": 1.2,
  "WorksheetProtection.Unprotect": 1.2,
  "WorksheetProtection.Options": 1.2,
};

export function versionNumber(v: string): number {
  const [major, minor] = v.split(".").map((x) => parseInt(x, 10));
  return major + (minor || 0) / 100;
}

export abstract class HostObject {
  abstract readonly className: string;
  /** Properties returned by a `load()` without a selection. */
  readonly scalars: string[] = [];

  constructor(protected readonly apiVersion: number) {}

  /** Refuses members newer than the host's ExcelApi version, as an older Excel would. */
  protected require(member: string): void {
    const since = SINCE[`${this.className}.${member}`];
    if (since !== undefined && versionNumber(String(since)) > this.apiVersion) {
      throw new HostError("ApiNotFound", `${this.className}.${member} needs ExcelApi ${since}`, 404);
    }
  }

  get(prop: string): unknown {
    this.require(prop);
    return this.getProp(prop);
  }

  set(prop: string, value: unknown): void {
    this.require(prop);
    this.setProp(prop, value);
  }

  call(method: string, args: unknown[]): unknown {
    this.require(method);
    return this.callMethod(method, args);
  }

  protected getProp(prop: string): unknown {
    throw new HostError("NotImplemented", `${this.className}.${prop} is not modelled by the local host`, 501);
  }

  protected setProp(prop: string, _value: unknown): void {
    throw new HostError("NotImplemented", `setting ${this.className}.${prop} is not modelled by the local host`, 501);
  }

  protected callMethod(method: string, _args: unknown[]): unknown {
    throw new HostError("NotImplemented", `${this.className}.${method}() is not modelled by the local host`, 501);
  }

  /** What an Instantiate action answers; an `Id` lets the runtime address the object by id later. */
  identity(): Record<string, unknown> {
    return {};
  }

  /** Collections list their items. */
  items(): HostObject[] | null {
    return null;
  }
}

export function invalid(message: string): HostError {
  return new HostError("InvalidArgument", message);
}

export function notFound(message: string): HostError {
  return new HostError("ItemNotFound", message, 404);
}

export function accessDenied(sheet: string): HostError {
  return new HostError("AccessDenied", `The sheet "${sheet}" is protected`, 403);
}
