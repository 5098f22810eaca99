/**
 * Whose result columns these are (settle.ts, for both adapters). A column is written over only
 * when that loses nothing of the user's: every cell the fill would change is empty, or holds
 * what the tool last wrote in that column (the memo's tally). A column the memo does not
 * claim is taken only when its cells already hold what this fill writes — that is how a
 * first-release fill is recognised too (its memo kept no such record). Anything else is the
 * user's: the result goes to a column of its own, `核验总分【评审助手】`.
 */
import { Cell, colName } from "../kernel/grid";
import { MemoState, OwnedColumns, isTracked } from "./memo";
import { overwriteLosesNothing, tallyOf } from "./owned";
import { PlanTable, ValueBlock } from "./plan";
import { strings } from "../strings";
import { normHeader } from "../kernel/text";

/** The label of our result column when a column of that name is the user's (`n` > 1: that one is the user's too). */
export function ourColumnLabel(label: string, n = 1): string {
  return strings("zh").trust.ourColumn(label, n);
}

/** What settling the columns needs of the workbook (a part of FillState). */
export interface ColumnState {
  memo: MemoState;
  /** The result table's header row now: non-empty cells. */
  header: { col: number; text: string }[];
  /** What a cell holds now: every cell the plan writes, and the cells of our own columns' rows (ourColumnReads). */
  valueAt(sheet: string, row: number, col: number): Cell;
}

export type ColumnNote = { kind: "columnMoved"; sheet: string; label: string; newLabel: string; userColumn: string };

export interface SettledColumns {
  blocks: ValueBlock[];
  /** The result columns of the table's sheet the memo records as ours afterwards. */
  owned: OwnedColumns;
  notes: ColumnNote[];
}

/** Blocks with some columns of one sheet moved elsewhere (each moved column becomes its own block). */
export function moveColumns(blocks: ValueBlock[], sheet: string, moves: Map<number, number>): ValueBlock[] {
  if (!moves.size) return blocks;
  const out: ValueBlock[] = [];
  for (const b of blocks) {
    const width = b.values[0]?.length ?? 0;
    if (b.sheet !== sheet || !Array.from({ length: width }, (_, j) => moves.has(b.col + j)).some(Boolean)) {
      out.push(b);
      continue;
    }
    let run: number[] = [];
    const flush = () => {
      if (run.length) out.push({ sheet, row: b.row, col: b.col + run[0], values: b.values.map((r) => run.map((j) => r[j])) });
      run = [];
    };
    for (let j = 0; j < width; j++) {
      const to = moves.get(b.col + j);
      if (to === undefined) run.push(j);
      else {
        flush();
        out.push({ sheet, row: b.row, col: to, values: b.values.map((r) => [r[j]]) });
      }
    }
    flush();
  }
  return out;
}

/** The values the plan writes below the header, per column: rows and values. */
function dataOf(t: PlanTable, blocks: ValueBlock[]): Map<number, { rows: number[]; values: Cell[] }> {
  const out = new Map<number, { rows: number[]; values: Cell[] }>();
  for (const b of blocks) {
    if (b.sheet !== t.sheet) continue;
    b.values.forEach((row, i) => {
      if (b.row + i <= t.headerRow) return;
      row.forEach((v, j) => {
        const col = out.get(b.col + j) ?? { rows: [], values: [] };
        col.rows.push(b.row + i);
        col.values.push(v);
        out.set(b.col + j, col);
      });
    });
  }
  return out;
}

/** Our columns of this sheet as the memo records them, by normalised label: null tally when none was kept. */
function claimed(t: PlanTable, memo: MemoState): Map<string, { label: string; tally: string | null }> {
  const out = new Map<string, { label: string; tally: string | null }>();
  if (!isTracked(memo)) return out;
  for (const c of memo.columns ?? []) {
    if (c.sheet.toLowerCase() !== t.sheet.toLowerCase()) continue;
    for (const l of c.labels) out.set(normHeader(l), { label: l, tally: c.tallies?.[l] ?? null });
  }
  return out;
}

/** The columns whose cells an adapter must read besides those the plan writes: our own columns `…【评审助手】` in the header now. */
export function ourColumnReads(t: PlanTable, header: readonly { col: number; text: string }[]): number[] {
  // settleColumns tries `…【评审助手n】` up to one past the columns the header has.
  const ours = new Set(t.columns.flatMap((c) => Array.from({ length: header.length + 1 }, (_, i) => normHeader(ourColumnLabel(c.label, i + 1)))));
  return header.filter((h) => ours.has(normHeader(h.text))).map((h) => h.col);
}

export function settleColumns(t: PlanTable, blocks: ValueBlock[], state: ColumnState): SettledColumns | "changed" {
  const at = new Map(state.header.map((h) => [h.col, normHeader(h.text)]));
  // A column is found when its label stands there now; one the plan appends must still be free.
  const found = new Set<number>();
  for (const c of t.columns) {
    const now = at.get(c.col) ?? "";
    if (now === normHeader(c.label)) found.add(c.col);
    else if (!(c.appended && now === "")) return "changed";
  }
  const claims = claimed(t, state.memo);
  const data = dataOf(t, blocks);
  /** True when our values for `from` may be written in column `to`: ours by the memo (with nothing of the user's in it), or nothing would be lost. */
  const takes = (label: string, from: number, to: number): boolean => {
    const d = data.get(from) ?? { rows: [], values: [] };
    const claim = claims.get(normHeader(label));
    // A memo from before the record of values was kept: its word is taken, as then.
    if (claim && claim.tally === null) return true;
    const now = d.rows.map((r) => state.valueAt(t.sheet, r, to));
    return overwriteLosesNothing(now, d.values, claim?.tally ?? null);
  };
  let next = Math.max(t.appendAt, ...t.columns.map((c) => c.col + 1), ...state.header.map((h) => h.col + 1));
  const moves = new Map<number, number>();
  const headerBlocks: ValueBlock[] = [];
  const notes: ColumnNote[] = [];
  const tallies: Record<string, string> = {};
  const written: string[] = [];
  const lost = new Set<string>();
  for (const c of t.columns) {
    let label = c.label;
    if (found.has(c.col) && !takes(c.label, c.col, c.col)) {
      lost.add(normHeader(c.label));
      // Ours goes to `…【评审助手】`, or the next of those that is ours or free.
      let to = -1;
      for (let n = 1; to < 0; n++) {
        label = ourColumnLabel(c.label, n);
        const existing = state.header.find((h) => normHeader(h.text) === normHeader(label));
        if (!existing) {
          to = next++;
          headerBlocks.push({ sheet: t.sheet, row: t.headerRow, col: to, values: [[label]] });
        } else if (takes(label, c.col, existing.col)) to = existing.col;
        else lost.add(normHeader(label));
      }
      moves.set(c.col, to);
      notes.push({ kind: "columnMoved", sheet: t.sheet, label: c.label, newLabel: label, userColumn: colName(c.col) });
    }
    written.push(label);
    tallies[label] = tallyOf(data.get(c.col)?.values ?? []);
  }
  // Claims of earlier fills stay (a column of another scheme), less those found to be the user's now.
  const kept = [...claims.values()].filter((c) => !lost.has(normHeader(c.label)) && !written.some((w) => normHeader(w) === normHeader(c.label)));
  const labels = [...kept.map((c) => c.label), ...written];
  for (const c of kept) if (c.tally !== null) tallies[c.label] = c.tally;
  return { blocks: [...moveColumns(blocks, t.sheet, moves), ...headerBlocks], owned: { sheet: t.sheet, labels, tallies }, notes };
}
