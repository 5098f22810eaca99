/** Checks a write makes before it changes anything. */
import { SHEET_COLS, SHEET_ROWS, WritePlan, a1 } from "../core";

/**
 * The first cell a plan would write outside Excel's grid, or null when everything fits. It
 * is named as if the grid went on (`XFE3`), which tells the user where the results would go.
 */
export function firstOutside(plan: WritePlan): { sheet: string; cell: string } | null {
  for (const b of plan.blocks) {
    const width = Math.max(0, ...b.values.map((r) => r.length));
    if (!b.values.length || !width) continue;
    if (b.col + width > SHEET_COLS) return { sheet: b.sheet, cell: a1(b.row, Math.max(b.col, SHEET_COLS)) };
    if (b.row + b.values.length > SHEET_ROWS) return { sheet: b.sheet, cell: a1(Math.max(b.row, SHEET_ROWS), b.col) };
  }
  for (const h of plan.highlights) if (h.row >= SHEET_ROWS || h.col >= SHEET_COLS) return { sheet: h.sheet, cell: a1(h.row, h.col) };
  if (plan.report.values.length > SHEET_ROWS) return { sheet: plan.report.sheet, cell: `A${SHEET_ROWS + 1}` };
  return null;
}

/** True when a worksheet part holds a formula element (`<f>`, `<x:f …>`): searched in the bytes, no text made. */
export function hasFormulaElement(b: Uint8Array): boolean {
  // Look for the rare byte `f` (a native search), then at what surrounds it: `<f` or `<x:f`.
  for (let i = b.indexOf(102, 1); i >= 0 && i + 1 < b.length; i = b.indexOf(102, i + 1)) {
    const after = b[i + 1];
    if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) continue;
    if (b[i - 1] === 60) return true;
    if (b[i - 1] !== 58) continue;
    let k = i - 2;
    while (k >= 0 && i - k < 18 && isNameByte(b[k])) k--;
    if (k >= 0 && k < i - 2 && b[k] === 60) return true;
  }
  return false;
}

function isNameByte(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}
