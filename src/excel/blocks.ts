/**
 * Value blocks of one sheet merged into their bounding rectangle when it is not much larger:
 * a null entry in a written 2D array leaves that cell unchanged (documented Excel behaviour),
 * so one range write replaces many single-cell writes (the blank 小计 cells of 1,500 sheets).
 */
import type { ValueBlock } from "../core";
import type { Input } from "./literal";
import { toInput } from "./literal";

export interface CellBlock {
  sheet: string;
  row: number;
  col: number;
  /** Inputs to write; null leaves the cell as it is. */
  inputs: (Input | null)[][];
}

/** Merge when the rectangle has at most this many cells per written cell (plus a little slack). */
const SPARSENESS = 8;

function asBlock(b: ValueBlock): CellBlock {
  return { sheet: b.sheet, row: b.row, col: b.col, inputs: b.values.map((r) => r.map(toInput)) };
}

export function mergeBlocks(blocks: ValueBlock[]): CellBlock[] {
  const bySheet = new Map<string, ValueBlock[]>();
  for (const b of blocks) bySheet.set(b.sheet, [...(bySheet.get(b.sheet) ?? []), b]);
  const out: CellBlock[] = [];
  for (const [sheet, list] of bySheet) {
    const r0 = Math.min(...list.map((b) => b.row));
    const c0 = Math.min(...list.map((b) => b.col));
    const r1 = Math.max(...list.map((b) => b.row + b.values.length - 1));
    const c1 = Math.max(...list.map((b) => b.col + b.values[0].length - 1));
    const written = list.reduce((n, b) => n + b.values.length * b.values[0].length, 0);
    const area = (r1 - r0 + 1) * (c1 - c0 + 1);
    if (list.length === 1 || area > SPARSENESS * written + 64) {
      out.push(...list.map(asBlock));
      continue;
    }
    const inputs: (Input | null)[][] = Array.from({ length: r1 - r0 + 1 }, () => Array<Input | null>(c1 - c0 + 1).fill(null));
    for (const b of list) b.values.forEach((row, i) => row.forEach((v, j) => (inputs[b.row - r0 + i][b.col - c0 + j] = toInput(v))));
    out.push({ sheet, row: r0, col: c0, inputs });
  }
  return out;
}
