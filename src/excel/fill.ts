/**
 * Applies a WritePlan. Reads the workbook as it is now (sheets, protection, memo, the cells
 * and fills the plan replaces); lets the core settle the plan against it (settle.ts); then
 * writes the undo record into the workbook ahead of everything else in the same requests,
 * so a fill that fails and cannot be put back can still be undone later; then the values,
 * the report, the fills and the memo, in as few syncs as the payload limit allows.
 */
import {
  FillNote,
  Input,
  MAX_UNDO_BYTES,
  MemoState,
  UndoRecord,
  WritePlan,
  a1,
  followRenames,
  highlightChanges,
  legalSheetName,
  memoParts,
  nthSheetName,
  ourColumnReads,
  parseRangeRef,
  partsBytes,
  reportReads,
  restoreCandidates,
  rowCheck,
  settlePlan,
  undoParts,
} from "../core";
import type { ProgressFn } from "../host";
import { CellBlock, mergeBlocks } from "./blocks";
import { ANSWER, SyncCount, opBytes } from "./budget";
import { AreaRead, Reader, fillAt, fillReads, inputReads, runReads } from "./cells";
import { ExcelAdapterError } from "./errors";
import { paintOps } from "./fills";
import { inputValue, toInput } from "./literal";
import { addPartOps, deletePartOps, partOps } from "./memoPart";
import { Sheets, runOps } from "./ops";
import { RANGE_AREAS, supports } from "./requirements";
import { recordBlocks, recordFills } from "./record";
import { reportCellBytes, reportWriteOps, widthReads } from "./report";
import { WorkbookNow, readNow, sheetFinder } from "./state";
import { rowOps } from "./writes";

/** A write failed after the checks: carries what is needed to put the workbook back. */
export class WriteFailure extends Error {
  constructor(
    readonly failure: unknown,
    readonly record: UndoRecord,
    /** Undo parts of the fill before this one: putting this fill back leaves them. */
    readonly earlierParts: Set<string>,
  ) {
    super("write failed");
  }
}

export interface FillResult {
  record: UndoRecord;
  cellsWritten: number;
  highlights: number;
  notes: FillNote[];
}

type Candidates = Map<string, { title: Input | null; used: string | null; content: Input[][] | null }>;

/**
 * Existing sheets that could be the report (`校验报告`, `校验报告 (2)`, …): their A1 and used
 * range, and — for one the memo records what it wrote on — its values over that extent, so
 * that the core can tell whether it still holds them (and the undo record has them).
 */
function reportCandidates(sheets: Sheets, now: WorkbookNow, plan: WritePlan): Reader<Candidates> {
  const find = sheetFinder(now);
  const base = legalSheetName(plan.report.sheet);
  const names: string[] = [];
  for (let n = 1; find(nthSheetName(base, n)); n++) names.push(find(nthSheetName(base, n))!.name);
  const recorded = new Map(reportReads(now.memo).map((c) => [c.sheet.toLowerCase(), c]));
  const got = names.map((name) => ({ name }) as { name: string; top?: Excel.Range; used?: Excel.Range });
  const areas = names.flatMap((name) => {
    const c = recorded.get(name.toLowerCase());
    return c && c.rows > 0 && c.cols > 0 ? [{ sheet: name, area: { r0: 0, c0: 0, r1: c.rows - 1, c1: c.cols - 1 } }] : [];
  });
  const content = inputReads(sheets, areas, reportCellBytes(plan.report));
  return {
    ops: [
      ...got.map((g) => ({
        bytes: opBytes("read", "A1") * 2,
        answer: ANSWER * 2 + 400,
        read: true,
        run: () => {
          g.top = sheets.range(g.name, "A1");
          g.top.load("values");
          g.used = sheets.get(g.name).getUsedRangeOrNullObject(true);
          g.used.untrack();
          g.used.load("address");
        },
      })),
      ...content.ops,
    ],
    result: () => {
      const read = new Map(content.result().map((inputs, i) => [areas[i].sheet.toLowerCase(), inputs]));
      return new Map(got.map((g) => [g.name.toLowerCase(), { title: g.top!.values[0][0] as Input, used: g.used!.isNullObject ? null : g.used!.address, content: read.get(g.name.toLowerCase()) ?? null }]));
    },
  };
}

/** A candidate's extent from A1 and, when it was read over exactly that extent, its values. */
function contentOf(c: { used: string | null; content: Input[][] | null } | undefined) {
  if (!c) return null;
  const area = c.used ? parseRangeRef(c.used) : null;
  const rows = area ? area.r1 + 1 : 0;
  const cols = area ? area.c1 + 1 : 0;
  const read = c.content && c.content.length === rows && (c.content[0]?.length ?? 0) === cols ? c.content : null;
  return { rows, cols, at: (r: number, col: number) => (read ? inputValue(read[r]?.[col] ?? "") : null) };
}

const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

function blockArea(b: CellBlock) {
  return { r0: b.row, c0: b.col, r1: b.row + b.inputs.length - 1, c1: b.col + b.inputs[0].length - 1 };
}

/** Keeps what area reads found, cell by cell. */
function remember(into: Map<string, Input>, areas: AreaRead[], inputs: Input[][][]): void {
  areas.forEach((a, i) => inputs[i].forEach((row, r) => row.forEach((v, c) => into.set(cellKey(a.sheet, a.area.r0 + r, a.area.c0 + c), v))));
}

export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, tint: boolean, count: SyncCount, onProgress?: ProgressFn): Promise<FillResult> {
  const now = await readNow(context, count);
  const find = sheetFinder(now);
  const names = now.sheets.map((s) => s.name);
  const sheets = new Sheets(context, supports(RANGE_AREAS));

  // One round of reads: the report candidates, the table's header row, every cell the plan writes, the highlights' fills.
  const table = plan.table && find(plan.table.sheet) ? plan.table : null;
  const header: AreaRead[] = table ? [{ sheet: table.sheet, area: { r0: table.headerRow, c0: 0, r1: table.headerRow, c1: Math.max(table.appendAt, ...table.columns.map((c) => c.col)) + 32 } }] : [];
  const areas = [...header, ...mergeBlocks(plan.blocks.filter((b) => find(b.sheet))).map((b) => ({ sheet: b.sheet, area: blockArea(b) }))];
  const reports = reportCandidates(sheets, now, plan);
  const values = inputReads(sheets, areas);
  const highlightCells = plan.highlights.filter((h) => find(h.sheet)).map((h) => ({ sheet: h.sheet, cell: a1(h.row, h.col), expect: h.color }));
  const fills = await runReads(context, sheets, count, tint, [reports, values], fillReads(sheets, highlightCells, tint));
  const seen = new Map<string, Input>();
  remember(seen, areas, values.result());
  const candidates = reports.result();
  const headerNow = table
    ? Array.from({ length: header[0].area.c1 + 1 }, (_, c) => seen.get(cellKey(table!.sheet, table!.headerRow, c)) ?? "").flatMap((v, c) =>
        typeof v === "string" && v.trim() !== "" ? [{ col: c, text: v.startsWith("'") ? v.slice(1) : v }] : [],
      )
    : [];

  // Our own columns `…【评审助手】` already in the header: their cells too, to tell whether they still hold what we wrote.
  const ownCols = table ? ourColumnReads(table, headerNow) : [];
  const dataRows = table ? plan.blocks.filter((b) => b.sheet === table.sheet && b.row + b.values.length - 1 > table.headerRow) : [];
  if (ownCols.length && dataRows.length) {
    const r0 = Math.max(table!.headerRow + 1, Math.min(...dataRows.map((b) => b.row)));
    const r1 = Math.max(...dataRows.map((b) => b.row + b.values.length - 1));
    const own = ownCols.map((c) => ({ sheet: table!.sheet, area: { r0, c0: c, r1, c1: c } }));
    const reads = inputReads(sheets, own);
    await runReads(context, sheets, count, tint, [reads], null);
    remember(seen, own, reads.result());
  }

  const settled = settlePlan(plan, {
    sheets: now.sheets,
    structureLocked: now.structureLocked,
    memo: now.memo,
    titleOf: (name) => candidates.get(name.toLowerCase())?.title ?? undefined,
    isBlank: (name) => candidates.has(name.toLowerCase()) && candidates.get(name.toLowerCase())!.used === null,
    contentOf: (name) => contentOf(candidates.get(name.toLowerCase())),
    header: headerNow,
    valueAt: (sheet, row, col) => {
      const v = seen.get(cellKey(sheet, row, col));
      return v === undefined ? null : inputValue(v);
    },
  });
  if (!settled.ok) throw new ExcelAdapterError(settled.refusal.code, { sheet: settled.refusal.sheet });
  const { plan: final, reportExists, notes, owned } = settled.settled;

  // A second round only when needed: moved result columns, fills to put back, the report being replaced.
  const lookup = (sheet: string, cell: string) => {
    const f = fillAt(fills, sheet, cell);
    return f === undefined ? undefined : { fill: f };
  };
  const memo = followRenames(now.memo, names, final.highlights, lookup);
  const restoreCells = restoreCandidates(memo, final.highlights, names).filter((m) => !find(m.sheet)!.protected);
  const blocks = mergeBlocks(final.blocks);
  const unread = blocks.filter((b) => b.inputs.some((row, r) => row.some((v, c) => v !== null && !seen.has(cellKey(b.sheet, b.row + r, b.col + c)))));
  const ours = reportExists ? candidates.get(final.report.sheet.toLowerCase()) : undefined;
  const used = ours?.used ?? null;
  const oldArea = used ? { r0: 0, c0: 0, r1: parseRangeRef(used)!.r1, c1: parseRangeRef(used)!.c1 } : null;
  const more = inputReads(sheets, unread.map((b) => ({ sheet: b.sheet, area: blockArea(b) })));
  // The report the memo's record matched was read whole already.
  const readBefore = oldArea && ours?.content && ours.content.length === oldArea.r1 + 1 && (ours.content[0]?.length ?? 0) === oldArea.c1 + 1 ? ours.content : null;
  const old = inputReads(sheets, oldArea && !readBefore ? [{ sheet: final.report.sheet, area: oldArea }] : [], reportCellBytes(final.report));
  const widths = reportExists ? widthReads(sheets, final.report.sheet, Math.max(final.report.widths.length - 1, oldArea?.c1 ?? 0)) : null;
  const second = [more, old, ...(widths ? [widths] : [])];
  const restored = second.some((r) => r.ops.length) || restoreCells.length ? await runReads(context, sheets, count, tint, second, fillReads(sheets, restoreCells, tint)) : new Map();
  for (const [k, v] of restored) fills.set(k, v);
  remember(seen, unread.map((b) => ({ sheet: b.sheet, area: blockArea(b) })), more.result());

  const changes = highlightChanges(memo, final.highlights, lookup, { exists: (n) => !!find(n), locked: (n) => !!find(n)?.protected });
  const next: MemoState = { version: 2, highlights: changes.highlights, reports: owned.reports, reportChecks: owned.reportChecks, columns: owned.columns };
  const befores = blocks.map((b) => b.inputs.map((row, r) => row.map((_, c) => seen.get(cellKey(b.sheet, b.row + r, b.col + c)) ?? "")));
  const oldInputs = oldArea ? readBefore ?? old.result()[0] : null;
  const record: UndoRecord = {
    version: 1,
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    time: new Date().toISOString(),
    sheets: [...new Set([...final.touched, ...changes.restore.map((r) => r.memo.sheet), ...(reportExists ? [final.report.sheet] : [])])],
    table: final.table ? { sheet: final.table.sheet, headerRow: final.table.headerRow } : null,
    blocks: recordBlocks(blocks, befores),
    fills: recordFills(final.highlights, changes.restore, lookup),
    report: {
      sheet: final.report.sheet,
      created: !reportExists,
      rows: final.report.values.map((r) => rowCheck(r.map(toInput))),
      width: Math.max(...final.report.values.map((r) => r.length)),
      before: oldInputs ? { inputs: oldInputs, widths: widths!.result() } : null,
    },
    memoBefore: now.memoXmls.length ? now.memo : null,
  };
  const parts = undoParts(record);
  const size = partsBytes(parts);
  if (size > MAX_UNDO_BYTES) throw new ExcelAdapterError("UNDO_TOO_LARGE", { bytes: size, limit: MAX_UNDO_BYTES, sheet: final.report.sheet });

  // The record leads the first request: Excel stops a request at its first failing action, so
  // no cell is written unless the record is in the workbook.
  const earlier = new Set(now.undoParts.map((p) => p.id));
  const writes = [
    ...addPartOps(context, parts),
    ...blocks.flatMap((b) => rowOps(sheets, b.sheet, b.row, b.col, b.inputs, "values")),
    ...reportWriteOps(context, sheets, final.report, reportExists),
    ...paintOps(sheets, final.highlights.map((h) => ({ sheet: h.sheet, cell: a1(h.row, h.col), fill: h.color }))),
    ...paintOps(sheets, changes.restore.map((r) => ({ sheet: r.memo.sheet, cell: r.memo.cell, fill: r.memo.fill }))),
    ...partOps(context, now.memoParts, memoParts(next)),
  ];
  try {
    await runOps(context, writes, count, { before: () => context.application.suspendApiCalculationUntilNextSync(), progress: { fn: onProgress, step: "write" } });
  } catch (e) {
    throw new WriteFailure(e, record, earlier);
  }
  // The earlier fill's record no longer describes the workbook. Failing to drop it loses nothing: undo takes the latest.
  if (now.undoParts.length) await runOps(context, deletePartOps(now.undoParts), count).catch(() => undefined);
  const cellsWritten = final.blocks.reduce((n, b) => n + b.values.length * b.values[0].length, 0) + final.report.values.length * (final.report.values[0]?.length ?? 0);
  return { record, cellsWritten, highlights: final.highlights.length, notes };
}
