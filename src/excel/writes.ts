/** Cell value writes split so that each fits a request. */
import { areaAddress } from "./address";
import { PAYLOAD_BUDGET, jsonBytes, opBytes } from "./budget";
import type { Input } from "./literal";
import type { Op, Sheets } from "./ops";

/** Writes rows in pieces of at most half the budget each, sized by their JSON. */
export function rowOps(sheets: Sheets, name: string, r0: number, c0: number, rows: (Input | null)[][], prop: "values" | "formulas"): Op[] {
  const ops: Op[] = [];
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (!width) return ops;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = opBytes("write", areaAddress(r0, c0, r0 + rows.length - 1, c0 + width - 1));
    while (end < rows.length && (end === start || bytes + jsonBytes(rows[end]) + width * 5 < PAYLOAD_BUDGET / 2)) bytes += jsonBytes(rows[end++]) + width * 5;
    const piece = rows.slice(start, end).map((r) => [...r, ...Array<null>(width - r.length).fill(null)]);
    const address = areaAddress(r0 + start, c0, r0 + end - 1, c0 + width - 1);
    ops.push({ bytes, run: () => void (sheets.range(name, address)[prop] = piece) });
    start = end;
  }
  return ops;
}
