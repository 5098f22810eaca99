/**
 * The 校验报告 sheet: rewritten in place on every fill (so references to it stay valid), or
 * added when missing. It is only ever a sheet the tool made (settle.ts), so what it held
 * before is its values, column widths and the links the tool puts on cell addresses.
 */
import { ReportPlan, colName, parseA1 } from "../core";
import { cellReference } from "./address";
import { ANSWER, jsonBytes, opBytes } from "./budget";
import type { Reader } from "./cells";
import { Input, toInput } from "./literal";
import type { Op, Sheets } from "./ops";
import { rowOps } from "./writes";

/** Column width in points for a width in characters of the default font (7 px a character plus 5 px padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Average answer bytes per cell when reading values and formulas of a report like this plan's. */
export function reportCellBytes(plan: ReportPlan): number {
  const cells = plan.values.reduce((n, r) => n + r.length, 0) || 1;
  return Math.ceil((2 * jsonBytes(plan.values)) / cells) + 8;
}

/** Reads of the widths of columns 0..last; the widths are known after the sync. */
export function widthReads(sheets: Sheets, name: string, last: number): Reader<{ col: number; width: number }[]> {
  const got: { col: number; f?: Excel.RangeFormat }[] = Array.from({ length: last + 1 }, (_, col) => ({ col }));
  const ops = got.map((g) => {
    const cols = `${colName(g.col)}:${colName(g.col)}`;
    return {
      bytes: opBytes("width", cols),
      answer: ANSWER,
      read: true,
      run: () => {
        g.f = sheets.range(name, cols).format;
        g.f.load("columnWidth");
      },
    };
  });
  return { ops, result: () => got.filter((g) => g.f && typeof g.f.columnWidth === "number").map((g) => ({ col: g.col, width: g.f!.columnWidth })) };
}

function linkOp(sheets: Sheets, name: string, row: number, col: number, link: Excel.RangeHyperlink): Op {
  const cell = `${colName(col)}${row + 1}`;
  return { bytes: opBytes("link", cell, link), run: () => void (sheets.range(name, cell).hyperlink = link) };
}

function widthOp(sheets: Sheets, name: string, col: number, points: number): Op {
  const cols = `${colName(col)}:${colName(col)}`;
  return { bytes: opBytes("width", cols), run: () => void (sheets.range(name, cols).format.columnWidth = points) };
}

/** Empties an existing sheet, or adds it; either way later operations find it by name. */
function freshSheetOp(context: Excel.RequestContext, sheets: Sheets, name: string, exists: boolean): Op {
  return {
    bytes: opBytes("call", name),
    run: () => {
      if (exists) sheets.range(name).clear();
      else sheets.put(name, context.workbook.worksheets.add(name));
    },
  };
}

export function reportWriteOps(context: Excel.RequestContext, sheets: Sheets, plan: ReportPlan, exists: boolean): Op[] {
  return [
    freshSheetOp(context, sheets, plan.sheet, exists),
    ...rowOps(sheets, plan.sheet, 0, 0, plan.values.map((r) => r.map(toInput)), "values"),
    ...plan.widths.map((w, c) => widthOp(sheets, plan.sheet, c, widthPoints(w))),
    ...plan.links.map((l) => linkOp(sheets, plan.sheet, l.row, l.col, { documentReference: cellReference(l.sheet, l.cell), textToDisplay: l.cell })),
  ];
}

/** The links the tool puts on a report: a cell address (column D) beside its sheet (column C). */
function reportLinks(inputs: Input[][]): { row: number; link: Excel.RangeHyperlink }[] {
  const out: { row: number; link: Excel.RangeHyperlink }[] = [];
  inputs.forEach((row, i) => {
    const sheet = row[2];
    const cell = row[3];
    if (typeof sheet !== "string" || sheet === "" || typeof cell !== "string" || !parseA1(cell)) return;
    const name = sheet.startsWith("'") ? sheet.slice(1) : sheet;
    out.push({ row: i, link: { documentReference: cellReference(name, cell), textToDisplay: cell } });
  });
  return out;
}

/** Puts the report sheet back as it was before the fill (or removes the one the fill added). */
export function reportRestoreOps(
  context: Excel.RequestContext,
  sheets: Sheets,
  name: string,
  before: { inputs: Input[][]; widths: { col: number; width: number }[] } | null,
  existsNow: boolean,
): Op[] {
  if (!before) return existsNow ? [{ bytes: opBytes("call", name), run: () => sheets.get(name).delete() }] : [];
  return [
    freshSheetOp(context, sheets, name, existsNow),
    ...rowOps(sheets, name, 0, 0, before.inputs, "formulas"),
    ...before.widths.map((w) => widthOp(sheets, name, w.col, w.width)),
    ...reportLinks(before.inputs).map((l) => linkOp(sheets, name, l.row, 3, l.link)),
  ];
}
