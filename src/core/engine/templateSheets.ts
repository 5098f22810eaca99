import { programmeOf } from "../contract/registry";
import type { Scheme } from "../kernel/schemeBase";
import type { SheetSpec } from "../kernel/sheetSpec";

/** The blank workbook for a scheme (CLI `template`, the add-in's 插入空白模板). */
export function templateSheets(scheme: Scheme): SheetSpec[] {
  return programmeOf(scheme).template(scheme);
}
