/**
 * What undo does, decided from the record and what the workbook holds now: a cell still
 * holding what the fill wrote is put back; a cell holding what it held before needs nothing
 * (a fill that failed half-way never wrote it); anything else is the user's and stays, and
 * is listed. The report sheet goes back (or away) only when nothing in it is the user's.
 */
import { a1, colName, parseA1, quoteSheet } from "../kernel/grid";
import { MemoState } from "./memo";
import { Input, UndoRecord, rowCheck } from "./undo";

export interface UndoNow {
  /** Whether a sheet exists now (by name, ignoring case) and is protected. */
  sheet(name: string): { exists: boolean; locked: boolean };
  /** A written cell's content now, as an input (the same form the record keeps). */
  value(sheet: string, row: number, col: number): Input;
  /** A painted cell's fill now; null for none. */
  fill(sheet: string, cell: string): string | null;
  /** The report sheet's content now, from A1 (rows of inputs); null when it is gone. */
  report: Input[][] | null;
}

export type UndoRefusal = { code: "UNDO_SHEET_GONE"; sheet: string } | { code: "SHEET_PROTECTED"; sheet: string };

export interface UndoPlan {
  /** Cells to put back, with the input that restores each. */
  cells: { sheet: string; row: number; col: number; input: Input }[];
  fills: { sheet: string; cell: string; fill: string | null }[];
  /** restore: write the old report back; delete: remove the sheet the fill added; keep: leave it. */
  report: "restore" | "delete" | "keep" | "none";
  /** Every cell left alone because the user changed it since the fill, as `Sheet!A1` (a row range for a report row). */
  kept: string[];
  /** The memo to leave (null: none). */
  memo: MemoState | null;
  /** Cells put back, fills put back. */
  counts: { cells: number; fills: number };
}

const same = (a: Input | null | undefined, b: Input | null | undefined) => (a ?? "") === (b ?? "");
const sameFill = (a: string | null, b: string | null) => (a ?? "").toUpperCase() === (b ?? "").toUpperCase();

/** `汇总表!K5`, the sheet quoted only when Excel would quote it. */
export function cellAddress(sheet: string, cell: string): string {
  return `${/^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet) && !parseA1(sheet) ? sheet : quoteSheet(sheet)}!${cell}`;
}

function reportKept(record: UndoRecord, now: Input[][]): string[] {
  const r = record.report!;
  const kept: string[] = [];
  const before = r.before?.inputs ?? [];
  const rows = Math.max(now.length, r.rows.length);
  for (let i = 0; i < rows; i++) {
    const row = now[i] ?? [];
    // Cells right of what the fill wrote are the user's as soon as they hold anything.
    row.forEach((v, j) => {
      if (j >= r.width && !same(v, "")) kept.push(cellAddress(r.sheet, a1(i, j)));
    });
    const mine = row.slice(0, r.width);
    const check = rowCheck(mine);
    const empty = mine.every((v) => same(v, ""));
    if (empty || check === r.rows[i] || check === rowCheck((before[i] ?? []).slice(0, r.width))) continue;
    const wrote = r.rows[i] ? parseInt(r.rows[i].split(".")[1], 36) : 0;
    // Cells the fill left empty and the user filled: blank them, and if the row is then ours, they are the user's.
    const extra = mine.map((v, j) => (!(wrote & (1 << j)) && !same(v, "") ? j : -1)).filter((j) => j >= 0);
    const cleaned = mine.map((v, j) => (extra.includes(j) ? "" : v));
    if (extra.length && rowCheck(cleaned) === r.rows[i]) extra.forEach((j) => kept.push(cellAddress(r.sheet, a1(i, j))));
    else kept.push(cellAddress(r.sheet, `A${i + 1}:${colName(r.width - 1)}${i + 1}`));
  }
  return kept;
}

export function undoDecision(record: UndoRecord, now: UndoNow): { ok: true; plan: UndoPlan } | { ok: false; refusal: UndoRefusal } {
  for (const s of record.sheets) {
    const st = now.sheet(s);
    if (!st.exists) return { ok: false, refusal: { code: "UNDO_SHEET_GONE", sheet: s } };
    if (st.locked) return { ok: false, refusal: { code: "SHEET_PROTECTED", sheet: s } };
  }
  const kept: string[] = [];
  const cells: UndoPlan["cells"] = [];
  const keptCols = new Set<string>();
  const headers: { sheet: string; row: number; col: number; input: Input }[] = [];
  for (const b of record.blocks) {
    b.after.forEach((row, i) =>
      row.forEach((after, j) => {
        if (after === null) return;
        const at = { sheet: b.sheet, row: b.row + i, col: b.col + j };
        // Written with what it held already: nothing to put back, but anything else there now is the user's.
        const unchanged = b.before[i]?.[j] === null;
        const before = unchanged ? after : b.before[i]?.[j] ?? "";
        const cur = now.value(at.sheet, at.row, at.col);
        if (same(cur, after)) {
          if (unchanged) return;
          const isHeader = record.table && record.table.sheet === at.sheet && record.table.headerRow === at.row;
          (isHeader ? headers : cells).push({ ...at, input: before });
        } else if (!same(cur, before)) {
          kept.push(cellAddress(at.sheet, a1(at.row, at.col)));
          keptCols.add(`${at.sheet}\u0000${at.col}`);
        }
      }),
    );
  }
  // A result column keeping a value of the user's keeps its label, so the value is not left without a header.
  cells.push(...headers.filter((h) => !keptCols.has(`${h.sheet}\u0000${h.col}`)));
  const fills: UndoPlan["fills"] = [];
  for (const f of record.fills) {
    for (const cell of f.cells) {
      const cur = now.fill(f.sheet, cell);
      if (sameFill(cur, f.after)) {
        if (!sameFill(f.before, f.after)) fills.push({ sheet: f.sheet, cell, fill: f.before });
      } else if (!sameFill(cur, f.before)) kept.push(cellAddress(f.sheet, cell));
    }
  }
  let report: UndoPlan["report"] = "none";
  if (record.report) {
    const reportKeeps = now.report ? reportKept(record, now.report) : [];
    kept.push(...reportKeeps);
    if (reportKeeps.length) report = "keep";
    else report = record.report.created ? "delete" : "restore";
  }
  // Once something is the user's, the workbook's memo must say what is ours: nothing is guessed from content then.
  let memo = record.memoBefore;
  if (kept.length && (!memo || memo.version !== 2)) memo = { version: 2, highlights: memo?.highlights ?? [], reports: [], columns: [] };
  return { ok: true, plan: { cells, fills, report, kept: [...new Set(kept)], memo, counts: { cells: cells.length, fills: fills.length } } };
}
