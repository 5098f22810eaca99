/**
 * `consolidate` for 四好: each source's summary rows (province, type and stated total kept)
 * and 自评表, gathered into one generated 推荐名单汇总表 — headed with the scheme's first
 * aliases, so that the scheme reads its own output — and one sheet per 自评表.
 */
import { copySheet } from "../../kernel/sheetSpec";
import type { Grid } from "../../kernel/grid";
import type { PlanValue } from "../../kernel/sheetSpec";
import type { ConsolidateWords, Consolidation, GatheredSource, SheetNamer } from "../../contract/programme";
import { groupKey } from "../../kernel/provinces";
import type { ChamberEntry } from "./entry";
import { withHeadCache } from "../../kernel/headerBlock";
import type { SheetSpec } from "../../kernel/sheetSpec";
import { reviewChamberSheets } from "./review";
import type { ChamberScheme } from "./scheme";

/** One row of the generated 推荐名单汇总表, and the 自评表 it points to (if any). */
export interface ChamberRow {
  group: string | null;
  name: string;
  type: string | null;
  stated: number | null;
  sheet: Grid | null;
}

export const SUMMARY_SHEET = "推荐名单汇总表";

/**
 * The rows a source contributes: every row of its own summary (a row without a sheet
 * stays, so the gap is reported again), then each 自评表 no row points to, with a blank province.
 * One review of the source: the 自评表 it read are the sheets that, shown alone, the engine
 * would make an entry of their own (which sheets are 自评表 is decided sheet by sheet, and the
 * name is the one read from the sheet), so the engine's reader stays the only judge.
 */
function gather(grids: Grid[], scheme: ChamberScheme): ChamberRow[] {
  const { review: full, selves: read } = withHeadCache(() => reviewChamberSheets(grids, scheme, false));
  const selves = new Map<string, { grid: Grid; name: string }>();
  for (const s of read) selves.set(s.grid.name, { grid: s.grid, name: s.chamber });
  const summary = full.table?.sheet ?? null;
  const rows: ChamberRow[] = [];
  const linked = new Set<string>();
  for (const e of full.entries as ChamberEntry[]) {
    if (summary === null || e.sheet !== summary || e.name === "") continue;
    const self = e.selfAssessmentSheet !== null ? selves.get(e.selfAssessmentSheet) : undefined;
    if (self) linked.add(self.grid.name);
    rows.push({ group: e.group, name: e.name, type: e.type, stated: e.statedTotal, sheet: self ? self.grid : null });
  }
  for (const { grid, name } of selves.values()) {
    if (!linked.has(grid.name)) rows.push({ group: null, name, type: null, stated: null, sheet: grid });
  }
  return rows;
}

/**
 * Provinces in the order they first appear; rows without one come first, because the
 * reader gives a blank province cell the province of the row above it.
 */
function byGroup(rows: { row: ChamberRow; file: string }[]): { row: ChamberRow; file: string }[] {
  // 四川 from one source and 四川省 from another are one province (SPEC §3.3).
  const keyOf = (r: ChamberRow) => (r.group === null ? "" : groupKey(r.group));
  const order = new Map<string, number>();
  for (const r of rows) {
    const k = keyOf(r.row);
    if (!order.has(k)) order.set(k, k === "" ? -1 : order.size);
  }
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => order.get(keyOf(a.r.row))! - order.get(keyOf(b.r.row))! || a.i - b.i)
    .map((x) => x.r);
}

function layout(sources: GatheredSource<ChamberRow[]>[], scheme: ChamberScheme, names: SheetNamer, t: ConsolidateWords): SheetSpec[] {
  const h = scheme.headers.summary;
  const rows: { row: ChamberRow; file: string }[] = [];
  for (const s of sources) for (const row of s.gathered) rows.push({ row, file: s.file });
  const copies: SheetSpec[] = [];
  const lines: PlanValue[][] = [];
  byGroup(rows).forEach(({ row, file }, i) => {
    let ref: string | null = null;
    if (row.sheet) {
      ref = names.copiedAs(row.sheet);
      if (ref === null) {
        // Named after the chamber: sources often call every sheet just 自评表.
        ref = names.unique(row.name);
        names.copied(row.sheet, ref);
        copies.push(copySheet(row.sheet, ref));
      }
    }
    lines.push([i + 1, row.group, row.name, row.type, row.stated, ref, file]);
  });
  const header = [h.seq[0], h.group[0], h.name[0], h.type[0], h.statedTotal[0], h.sheetRef[0], t.sourceColumn];
  const summary: SheetSpec = {
    name: SUMMARY_SHEET,
    values: [[t.summaryTitle], [t.fromFiles(sources.length)], header, ...lines],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: header.length - 1 }],
    widths: [6, 14, 36, 12, 10, 28, 36],
  };
  return [summary, ...copies];
}

export const chamberConsolidation: Consolidation<ChamberScheme, ChamberRow[]> = {
  reserved: () => [SUMMARY_SHEET],
  gather: (grids, scheme) => gather(grids, scheme),
  empty: (rows) => rows.length === 0,
  sheets: (rows) => rows.flatMap((r) => (r.sheet ? [r.sheet] : [])),
  layout: (sources, scheme, names, _lang, words) => layout(sources, scheme, names, words),
};
