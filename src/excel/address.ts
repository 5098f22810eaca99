/** A1 addresses between core positions and Excel's (possibly quoted, sheet-qualified) addresses. */
import { MergeArea, a1, parseRangeRef, quoteSheet } from "../core";

export function areaAddress(r0: number, c0: number, r1: number, c1: number): string {
  return r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`;
}

/** `'Sheet'!F12`, the documentReference of an internal hyperlink. */
export function cellReference(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}`;
}

/**
 * Areas of an address such as `'a, b'!A1:B2, 'a, b'!D4` (Range or RangeAreas): split on the
 * commas outside quoted sheet names, then drop each sheet prefix.
 */
export function parseAreas(address: string): MergeArea[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => parseRangeRef(p.trim())).filter((a): a is MergeArea => a !== null);
}
