/**
 * The 校验报告 sheet: rewritten in place on every fill (so references to it stay valid), or
 * added when missing; what it held before is kept so that undo can put it back.
 */
import { MergeArea, ReportPlan, a1, colName, parseA1, parseRangeRef } from "../core";
import { cellReference } from "./address";
import { OP_BYTES, jsonBytes } from "./budget";
import { Input, restoreInput, toInput } from "./literal";
import type { Op, Sheets } from "./ops";
import { rowOps } from "./writes";

export interface ReportBack {
  existed: boolean;
  /** The old used range and what restores each of its cells. */
  area: MergeArea | null;
  inputs: Input[][];
  widths: { col: number; width: number }[];
  links: { row: number; col: number; link: Excel.RangeHyperlink }[];
}

export interface ReportProbe {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Column width in points for a width in characters of the default font (7 px a character plus 5 px padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function queueReportProbe(context: Excel.RequestContext, name: string): ReportProbe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("address,values,formulas");
  return { sheet, used };
}

/**
 * Second look at an existing report: column widths, and the hyperlinks of the cells that
 * hold a cell address (where both adapters put them; probing every cell would cost a range
 * per cell). Gives the reads as operations and a function that builds the record after them.
 */
export function reportDetail(probe: ReportProbe, planWidths: number): { ops: Op[]; build: () => ReportBack } {
  if (probe.sheet.isNullObject) return { ops: [], build: () => ({ existed: false, area: null, inputs: [], widths: [], links: [] }) };
  const area = probe.used.isNullObject ? null : parseRangeRef(probe.used.address);
  const values = area ? probe.used.values : [];
  const formulas = area ? probe.used.formulas : [];
  const lastCol = Math.max(planWidths - 1, area ? area.c1 : -1);
  const widths: { col: number; f: Excel.RangeFormat }[] = [];
  const links: { row: number; col: number; range: Excel.Range }[] = [];
  const ops: Op[] = [];
  for (let c = 0; c <= lastCol; c++) {
    ops.push({
      bytes: OP_BYTES,
      run: () => {
        const f = probe.sheet.getRange(`${colName(c)}:${colName(c)}`).format;
        f.load("columnWidth");
        widths.push({ col: c, f });
      },
    });
  }
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== "string" || !parseA1(v)) return;
      const at = { row: area!.r0 + i, col: area!.c0 + j };
      ops.push({
        bytes: OP_BYTES,
        run: () => {
          const range = probe.sheet.getRange(a1(at.row, at.col));
          range.load("hyperlink");
          links.push({ ...at, range });
        },
      });
    }),
  );
  return {
    ops,
    build: () => ({
      existed: true,
      area,
      inputs: values.map((row, i) => row.map((v, j) => restoreInput(v, formulas[i][j]))),
      widths: widths.map((w) => ({ col: w.col, width: w.f.columnWidth })),
      links: links
        .filter((p) => p.range.hyperlink && (p.range.hyperlink.address || p.range.hyperlink.documentReference))
        .map((p) => ({ row: p.row, col: p.col, link: p.range.hyperlink })),
    }),
  };
}

function linkOp(sheets: Sheets, name: string, row: number, col: number, link: Excel.RangeHyperlink): Op {
  const clean: Excel.RangeHyperlink = {};
  if (link.address) clean.address = link.address;
  if (link.documentReference) clean.documentReference = link.documentReference;
  if (link.textToDisplay !== undefined) clean.textToDisplay = link.textToDisplay;
  if (link.screenTip) clean.screenTip = link.screenTip;
  return { bytes: OP_BYTES + jsonBytes(clean), run: () => void (sheets.get(name).getRange(a1(row, col)).hyperlink = clean) };
}

function widthOp(sheets: Sheets, name: string, col: number, points: number): Op {
  const cols = `${colName(col)}:${colName(col)}`;
  return { bytes: OP_BYTES, run: () => void (sheets.get(name).getRange(cols).format.columnWidth = points) };
}

/** Empties an existing sheet, or adds it; either way later operations find it by name. */
function freshSheetOp(context: Excel.RequestContext, sheets: Sheets, name: string, exists: boolean): Op {
  return {
    bytes: OP_BYTES,
    run: () => {
      if (exists) sheets.get(name).getRange().clear();
      else sheets.put(name, context.workbook.worksheets.add(name));
    },
  };
}

export function reportWriteOps(context: Excel.RequestContext, sheets: Sheets, plan: ReportPlan, exists: boolean): Op[] {
  return [
    freshSheetOp(context, sheets, plan.sheet, exists),
    ...rowOps(sheets, plan.sheet, 0, 0, plan.values.map((r) => r.map(toInput)), "values"),
    ...plan.widths.map((w, c) => widthOp(sheets, plan.sheet, c, widthPoints(w))),
    ...plan.links.map((l) =>
      linkOp(sheets, plan.sheet, l.row, l.col, { documentReference: cellReference(l.sheet, l.cell), textToDisplay: l.cell }),
    ),
  ];
}

/** Puts the report sheet back as it was before the fill (or removes the one the fill added). */
export function reportRestoreOps(context: Excel.RequestContext, sheets: Sheets, name: string, back: ReportBack, existsNow: boolean): Op[] {
  if (!back.existed) return existsNow ? [{ bytes: OP_BYTES, run: () => sheets.get(name).delete() }] : [];
  return [
    freshSheetOp(context, sheets, name, existsNow),
    ...(back.area ? rowOps(sheets, name, back.area.r0, back.area.c0, back.inputs, "formulas") : []),
    ...back.widths.map((w) => widthOp(sheets, name, w.col, w.width)),
    ...back.links.map((l) => linkOp(sheets, name, l.row, l.col, l.link)),
  ];
}
