/** The cases of a 推介汇总表 as an expert scoring sheet lists them (the template's input). */
import { Grid, cellAt } from "../../kernel/grid";
import type { PlanValue } from "../../kernel/sheetSpec";
import type { CaseScheme } from "./scheme";
import { preferNamed } from "../../kernel/table";
import { classify, mapCaseCategory } from "./classify";

export interface ListedCase {
  /** The 序号 as written (number or text), or null when the sheets match cases by name. */
  seq: PlanValue;
  name: string;
  /** The scheme's category name, or the text as written when it maps to none. */
  category: string;
}

export interface CaseListing {
  sheet: string;
  cases: ListedCase[];
  /**
   * True when every case has its own 序号: the scoring sheets then carry it, and scores come
   * back matched by 序号; otherwise they are matched by case name (SPEC §4.2).
   */
  bySeq: boolean;
}

/** The case list of a workbook (the one named 汇总 first), or null when it has none. */
export function caseListing(grids: Grid[], scheme: CaseScheme): CaseListing | null {
  const sheet = preferNamed(classify(grids, scheme).cases, scheme.summarySheetHint);
  if (!sheet) return null;
  const seqCol = sheet.header.cols.seq;
  const keys = sheet.rows.map((r) => r.seqKey);
  const bySeq = seqCol !== undefined && keys.every((k) => k !== null) && new Set(keys).size === keys.length;
  const cases = sheet.rows.map((r) => {
    const v = bySeq ? cellAt(sheet.grid, r.row, seqCol as number) : null;
    return {
      seq: typeof v === "number" || v === null ? v : String(v),
      name: r.name,
      category: mapCaseCategory(r.categoryText, scheme) ?? r.categoryText,
    };
  });
  return { sheet: sheet.grid.name, cases, bySeq };
}
