/**
 * Range.dataValidation (ExcelApi 1.8) and Range.format.protection (1.2), as Excel answers them:
 * a cell has at most one validation; setting a rule on a range gives its cells that rule
 * (replacing what they had); reading a range with no rule answers type "None", with one rule
 * over the whole range that rule, and otherwise "Inconsistent". The host does not evaluate
 * rules (`valid` is not modelled): typing is a user's action, not an add-in's.
 */
import type { Area } from "./address";
import type { ExcelHost } from "./host";
import type { HostSheet } from "./model";
import { HostObject, accessDenied, invalid } from "./objects";
import type { RangeObj } from "./range";

export interface HostValidation {
  area: Area;
  type: string;
  rule: Record<string, unknown>;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  ignoreBlanks: boolean;
}

const RULE_TYPES: Record<string, string> = {
  custom: "Custom",
  date: "Date",
  decimal: "Decimal",
  list: "List",
  textLength: "TextLength",
  time: "Time",
  wholeNumber: "WholeNumber",
};

const overlaps = (a: Area, b: Area) => a.r0 <= b.r1 && a.r1 >= b.r0 && a.c0 <= b.c1 && a.c1 >= b.c0;
const covers = (a: Area, b: Area) => a.r0 <= b.r0 && a.r1 >= b.r1 && a.c0 <= b.c0 && a.c1 >= b.c1;

/** `area` minus `hole`: up to four rectangles around it. */
function subtract(area: Area, hole: Area): Area[] {
  if (!overlaps(area, hole)) return [area];
  const out: Area[] = [];
  if (area.r0 < hole.r0) out.push({ ...area, r1: hole.r0 - 1 });
  if (area.r1 > hole.r1) out.push({ ...area, r0: hole.r1 + 1 });
  const r0 = Math.max(area.r0, hole.r0);
  const r1 = Math.min(area.r1, hole.r1);
  if (area.c0 < hole.c0) out.push({ r0, r1, c0: area.c0, c1: hole.c0 - 1 });
  if (area.c1 > hole.c1) out.push({ r0, r1, c0: hole.c1 + 1, c1: area.c1 });
  return out;
}

function blank(area: Area): HostValidation {
  return {
    area,
    type: "None",
    rule: {},
    prompt: { message: "", showPrompt: false, title: "" },
    errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
    ignoreBlanks: true,
  };
}

export class DataValidationObj extends HostObject {
  readonly className = "DataValidation";
  override readonly scalars = ["Type", "Rule", "Prompt", "ErrorAlert", "IgnoreBlanks"];

  constructor(
    host: ExcelHost,
    private readonly range: RangeObj,
  ) {
    super(host.apiVersion);
  }

  private get sheet(): HostSheet {
    return this.range.sheet;
  }

  /** The one validation over the whole range, null for none, undefined when mixed. */
  private current(): HostValidation | null | undefined {
    const hit = this.sheet.validations.filter((v) => overlaps(v.area, this.range.area));
    if (!hit.length) return null;
    return hit.length === 1 && covers(hit[0].area, this.range.area) ? hit[0] : undefined;
  }

  protected override getProp(prop: string): unknown {
    const v = this.current();
    const shown = v === undefined ? null : (v ?? blank(this.range.area));
    switch (prop) {
      case "Type":
        return v === undefined ? "Inconsistent" : shown!.type;
      case "Rule":
        return shown ? { ...shown.rule } : null;
      case "Prompt":
        return shown ? { ...shown.prompt } : null;
      case "ErrorAlert":
        return shown ? { ...shown.errorAlert } : null;
      case "IgnoreBlanks":
        return shown ? shown.ignoreBlanks : null;
    }
    return super.getProp(prop);
  }

  /** The validation of exactly this range, made (replacing what its cells had) when needed. */
  private own(): HostValidation {
    if (this.sheet.protected) throw accessDenied(this.sheet.name);
    const area = this.range.area;
    const same = this.sheet.validations.find((v) => v.area.r0 === area.r0 && v.area.c0 === area.c0 && v.area.r1 === area.r1 && v.area.c1 === area.c1);
    if (same) return same;
    const kept = this.sheet.validations.flatMap((v) => subtract(v.area, area).map((a) => ({ ...v, area: a })));
    const made = blank(area);
    this.sheet.validations = [...kept, made];
    return made;
  }

  protected override setProp(prop: string, value: unknown): void {
    const o = (value ?? {}) as Record<string, unknown>;
    switch (prop) {
      case "Rule": {
        const kinds = Object.keys(o).filter((k) => o[k] !== undefined && o[k] !== null);
        if (kinds.length !== 1 || !RULE_TYPES[kinds[0]]) throw invalid("A data validation rule has exactly one type");
        const body = o[kinds[0]] as Record<string, unknown>;
        if (kinds[0] === "custom" && (typeof body?.formula !== "string" || body.formula === "")) throw invalid("A custom rule needs a formula");
        const v = this.own();
        v.type = RULE_TYPES[kinds[0]];
        v.rule = { [kinds[0]]: { ...body } };
        return;
      }
      case "Prompt":
        return void Object.assign(this.own().prompt, o);
      case "ErrorAlert":
        return void Object.assign(this.own().errorAlert, o);
      case "IgnoreBlanks":
        this.own().ignoreBlanks = value === true;
        return;
    }
    super.setProp(prop, value);
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    if (method !== "Clear") return super.callMethod(method, args);
    if (this.sheet.protected) throw accessDenied(this.sheet.name);
    this.sheet.validations = this.sheet.validations.flatMap((v) => subtract(v.area, this.range.area).map((a) => ({ ...v, area: a })));
    return null;
  }
}

/** Range.format.protection: `locked` (all true, all false, or null when mixed); on a protected sheet it cannot change. */
export class FormatProtectionObj extends HostObject {
  readonly className = "FormatProtection";
  override readonly scalars = ["Locked", "FormulaHidden"];

  constructor(
    host: ExcelHost,
    private readonly range: RangeObj,
  ) {
    super(host.apiVersion);
  }

  protected override getProp(prop: string): unknown {
    const { sheet, area } = this.range;
    if (prop === "FormulaHidden") return false;
    if (prop !== "Locked") return super.getProp(prop);
    const first = sheet.cell(area.r0, area.c0)?.locked !== false;
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) if ((sheet.cell(r, c)?.locked !== false) !== first) return null;
    }
    return first;
  }

  protected override setProp(prop: string, value: unknown): void {
    if (prop !== "Locked") return super.setProp(prop, value);
    const { sheet, area } = this.range;
    if (sheet.protected) throw accessDenied(sheet.name);
    if (typeof value !== "boolean") throw invalid("locked must be true or false");
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) {
        if (value) {
          const cell = sheet.cell(r, c);
          if (cell) delete cell.locked;
          sheet.tidy(r, c);
        } else sheet.touch(r, c).locked = false;
      }
    }
  }
}
