/** Chambers' workbooks as files, for 导入工作簿: made with the file adapter's writer from realistic sheets. */
import { Cell, Grid, PlanValue, SheetSpec, gridFromValues } from "../../src/core";
import { gridToValues } from "../../src/core/testing";
import { createXlsx } from "../../src/xlsx";
import type { PickedFile } from "../../src/taskpane/importer";
import { scores, selfGrid, summaryGrid } from "../helpers/grids";

function spec(g: Grid): SheetSpec {
  return { name: g.name, values: gridToValues(g) as PlanValue[][], merges: g.merges ?? [], widths: [] };
}

/** The sheets of a chamber's own workbook: its one-row summary and its 自评表 (sheet called just 自评表, as chambers do). */
export function chamberSheets(name: string, stated: number, over: Record<number, Cell> = {}, province = "四川省"): SheetSpec[] {
  return [spec(summaryGrid([{ name, stated, group: province }])), spec(selfGrid("自评表", name, scores(over)))];
}

export function chamberFile(name: string, stated: number, over: Record<number, Cell> = {}, province = "四川省"): Uint8Array {
  return createXlsx(chamberSheets(name, stated, over, province));
}

/** A chamber's workbook with no summary: the 自评表 alone (the province comes from the pane). */
export function selfOnlyFile(name: string): Uint8Array {
  return createXlsx([spec(selfGrid("自评表", name))]);
}

export function picked(name: string, bytes: Uint8Array): PickedFile {
  return { name, size: bytes.length, bytes: async () => bytes };
}

/** The office's workbook before the import: a summary listing one chamber, and its sheet. */
export function officeBook(): Grid[] {
  return [summaryGrid([{ name: "甲商会", stated: 500 }]), selfGrid("甲商会", "甲商会")];
}

export function blankOffice(): Grid[] {
  return [gridFromValues("Sheet1", [])];
}
