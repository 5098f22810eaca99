import { basename } from "path";
import { Cell, Grid, Lang, MergeArea, PlanValue, Scheme, SheetSpec, cellText, gridToValues, groupKey, cliStrings } from "../core";
import { ChamberRow, Gathered } from "../core/gather";
import { uniqueSheetName } from "../xlsx";
import { displayWidth } from "./width";

/** One source workbook as consolidate saw it. */
export interface SourceResult {
  /** The path as shown to the user. */
  file: string;
  gathered: Gathered | null;
  /** Why it was skipped: an XlsxError code, `unreadable`, `no-sheets` or `other-programme`. */
  skipCode: string | null;
  skipMessage: string | null;
}

/** Per source, for the JSON report and the 来源清单 sheet. */
export interface SourceReport {
  file: string;
  status: "read" | "skipped";
  sheets: { from: string; to: string }[];
  error: { code: string; message: string } | null;
}

export interface Consolidated {
  specs: SheetSpec[];
  sources: SourceReport[];
}

export const SUMMARY_SHEET = "推荐名单汇总表";
const SUMMARY_HEADER = ["序号", "省份", "商会名称", "商会类型", "自评分", "自评表"];

function planValue(v: Cell): PlanValue {
  // Booleans have no place in a score sheet; keep what the cell showed.
  return typeof v === "boolean" ? cellText(v) : v;
}

/** Column widths from the text in each column, ignoring titles merged across columns. */
function widthsOf(values: PlanValue[][], merges: MergeArea[]): number[] {
  const wide = new Set(merges.filter((m) => m.c1 > m.c0).map((m) => `${m.r0},${m.c0}`));
  const widths: number[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || wide.has(`${r},${c}`)) return;
      const w = Math.max(...cellText(v).split(/\r?\n/).map(displayWidth));
      widths[c] = Math.max(widths[c] ?? 6, Math.min(w + 2, 60));
    }),
  );
  return Array.from(widths, (w) => w ?? 8);
}

/** A source sheet as a new sheet: its values from A1 (the used range put back in place) and merges. */
export function copySheet(g: Grid, name: string): SheetSpec {
  const values: PlanValue[][] = gridToValues(g).map((row) => row.map(planValue));
  const merges = (g.merges ?? []).map((m) => ({ ...m }));
  return { name, values, merges, widths: widthsOf(values, merges) };
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

/** Names handed out so far, lower-cased: Excel compares sheet names ignoring case. */
type Taken = Set<string>;

function chamberSheets(sources: SourceResult[], names: Taken, copied: Map<Grid, string>, lang: Lang): SheetSpec[] {
  const t = cliStrings(lang).consolidate;
  const rows: { row: ChamberRow; file: string }[] = [];
  for (const s of sources) for (const row of s.gathered?.rows ?? []) rows.push({ row, file: s.file });
  const copies: SheetSpec[] = [];
  const lines: PlanValue[][] = [];
  byGroup(rows).forEach(({ row, file }, i) => {
    let ref: string | null = null;
    if (row.sheet) {
      ref = copied.get(row.sheet) ?? null;
      if (ref === null) {
        // Named after the chamber: sources often call every sheet just 自评表.
        ref = uniqueSheetName(row.name, names);
        copied.set(row.sheet, ref);
        copies.push(copySheet(row.sheet, ref));
      }
    }
    lines.push([i + 1, row.group, row.name, row.type, row.stated, ref, file]);
  });
  const header = [...SUMMARY_HEADER, t.sourceColumn];
  const summary: SheetSpec = {
    name: SUMMARY_SHEET,
    values: [[t.summaryTitle], [t.fromFiles(sources.filter((s) => s.gathered).length)], header, ...lines],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: header.length - 1 }],
    widths: [6, 14, 36, 12, 10, 28, 36],
  };
  return [summary, ...copies];
}

function caseSheets(sources: SourceResult[], names: Taken, copied: Map<Grid, string>): SheetSpec[] {
  const specs: SheetSpec[] = [];
  const list = sources.find((s) => s.gathered?.caseSheet)?.gathered?.caseSheet ?? null;
  if (list) {
    const name = uniqueSheetName(list.name, names);
    copied.set(list, name);
    specs.push(copySheet(list, name));
  }
  const count = new Map<string, number>();
  for (const s of sources) for (const g of s.gathered?.experts ?? []) count.set(g.name.toLowerCase(), (count.get(g.name.toLowerCase()) ?? 0) + 1);
  for (const s of sources) {
    for (const g of s.gathered?.experts ?? []) {
      // Each expert's workbook may call its sheet 专家评分表: then the file tells them apart.
      const wanted = count.get(g.name.toLowerCase())! > 1 ? `${stem(s.file)}-${g.name}` : g.name;
      const name = uniqueSheetName(wanted, names);
      copied.set(g, name);
      specs.push(copySheet(g, name));
    }
  }
  return specs;
}

function stem(file: string): string {
  return basename(file).replace(/\.xlsx$/i, "");
}

function sourcesSheet(reports: SourceReport[], name: string, lang: Lang): SheetSpec {
  const t = cliStrings(lang).consolidate;
  const values: PlanValue[][] = [t.sourcesHeader];
  for (const r of reports) {
    values.push([
      r.file,
      r.status === "read" ? t.read : t.skippedLabel,
      r.sheets.map((s) => s.from).join("、") || null,
      r.sheets.map((s) => s.to).join("、") || null,
      r.error?.message ?? null,
    ]);
  }
  return { name, values, merges: [], widths: widthsOf(values, []) };
}

/** The new workbook: summary (or case list), one sheet per source sheet, and where each came from. */
export function consolidatedSheets(sources: SourceResult[], scheme: Scheme, lang: Lang): Consolidated {
  const sourcesName = cliStrings(lang).consolidate.sourcesSheet;
  const names: Taken = new Set([SUMMARY_SHEET, sourcesName, scheme.reportSheet].map((n) => n.toLowerCase()));
  const copied = new Map<Grid, string>();
  const specs = scheme.kind === "chamber" ? chamberSheets(sources, names, copied, lang) : caseSheets(sources, names, copied);
  const reports: SourceReport[] = sources.map((s) => {
    const g = s.gathered;
    const grids = g ? [...g.rows.map((r) => r.sheet), ...g.experts, g.caseSheet] : [];
    const seen = new Set<Grid>();
    const sheets: SourceReport["sheets"] = [];
    for (const grid of grids) {
      if (!grid || seen.has(grid) || !copied.has(grid)) continue;
      seen.add(grid);
      sheets.push({ from: grid.name, to: copied.get(grid)! });
    }
    return {
      file: s.file,
      status: g ? "read" : "skipped",
      sheets,
      error: g ? null : { code: s.skipCode ?? "unreadable", message: s.skipMessage ?? "" },
    };
  });
  specs.push(sourcesSheet(reports, sourcesName, lang));
  return { specs, sources: reports };
}
