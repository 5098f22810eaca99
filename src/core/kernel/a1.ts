/** A1-style cell and range addresses, 0-based positions inside. */
import type { MergeArea } from "./gridTypes";

export function colName(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `F12` for 0-based row 11, column 5. */
export function a1(row: number, col: number): string {
  return colName(col) + (row + 1);
}

/** The 0-based column of letters such as `AB` (any case). */
export function colOf(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  const row = parseInt(m[2], 10);
  if (row < 1) return null;
  return { row: row - 1, col: colOf(m[1]) };
}

/** `A1:C3` (or a single cell) to 0-based inclusive bounds. */
export function parseRangeRef(ref: string): MergeArea | null {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = bare.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) return null;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

/** Sheet name quoted for use in a reference, as Excel writes it. */
export function quoteSheet(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'";
}
