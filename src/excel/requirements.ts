/**
 * Requirement sets checked at run time (Office.context.requirements.isSetSupported). The
 * baseline is ExcelApi 1.7 (Excel 2019): hyperlinks, custom XML parts (1.5), used-range
 * null objects (1.4) and calculation suspension (1.6) are all within it.
 */
import type { Capabilities } from "../host";
import { ExcelAdapterError } from "./errors";

export const BASELINE = "1.7";
/** Range.getMergedAreasOrNullObject. */
export const MERGED_AREAS = "1.13";
/** RangeFill.tintAndShade: the only way to tell "no fill" from a white fill. */
export const FILL_TINT = "1.9";
/** Worksheet.getRanges: many rectangles of one colour painted by one operation. */
export const RANGE_AREAS = "1.9";
/** Excel.run({ mergeUndoGroup: true }). */
export const UNDO_GROUP = "1.20";
/** Range.dataValidation: scoring sheets' score checks as they are typed. */
export const DATA_VALIDATION = "1.8";

export function supports(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return !!office?.context?.requirements?.isSetSupported("ExcelApi", version);
}

export function capabilities(): Capabilities {
  return {
    baseline: supports(BASELINE),
    mergedAreas: supports(MERGED_AREAS),
    nativeUndo: supports(UNDO_GROUP),
    dataValidation: supports(DATA_VALIDATION),
  };
}

/** Refuses clearly (zh/en) on an Excel older than 2019 instead of failing half-way. */
export function requireBaseline(): Capabilities {
  const caps = capabilities();
  if (!caps.baseline) throw new ExcelAdapterError("NEEDS_NEWER_EXCEL", { version: BASELINE, feature: "baseline" });
  return caps;
}
