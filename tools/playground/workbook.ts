/** The workbook behind the playground: which one is open, and how the grid page sees it. */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { QUOTA_SETTING, SCHEME_SETTING, type Grid } from "../../src/core";
import { ExcelHost } from "../excel-host";
import { MAX_COLS } from "../excel-host/address";
import type { HostSheet } from "../excel-host/model";
import { sampleGrids } from "./sample";
import type { CellView, SheetView, WorkbookView } from "./view";
import { readXlsx } from "./xlsx";

export const SAMPLE_FILE = join(__dirname, "..", "..", "samples", "sihao-province.xlsx");

export interface OpenWorkbook {
  file: string;
  host: ExcelHost;
}

export function hostFor(grids: Grid[], api: string, scheme: string | null = null, quotas: string | null = null): ExcelHost {
  const host = ExcelHost.fromGrids(grids, { apiVersion: api });
  // Office hands an add-in the settings saved in the workbook; the file reader found them.
  if (scheme !== null) host.settings.set(SCHEME_SETTING, scheme);
  if (quotas !== null) host.settings.set(QUOTA_SETTING, parsedOrText(quotas));
  return host;
}

/** Office deserialises each stored setting from JSON; text that is not JSON reaches the pane as it is. */
function parsedOrText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** An .xlsx file's workbook on a fresh host. */
export function fileWorkbook(name: string, bytes: Uint8Array, api: string): OpenWorkbook {
  const book = readXlsx(bytes);
  return { file: name, host: hostFor(book.grids, api, book.scheme, book.quotas) };
}

/** The sample the project ships, or a generated one with the same kind of defects until it exists. */
export function sampleWorkbook(api: string): OpenWorkbook {
  if (existsSync(SAMPLE_FILE)) return fileWorkbook("sihao-province.xlsx", readFileSync(SAMPLE_FILE), api);
  return { file: "示例工作簿（生成）.xlsx", host: hostFor(sampleGrids(), api) };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Math.round(v * 1e9) / 1e9);
  return String(v);
}

function sheetView(s: HostSheet): SheetView {
  const cells: CellView[] = [];
  const used = s.usedArea(false);
  // HostSheet keys cells by row * MAX_COLS + col.
  for (const [key, c] of s.cells) {
    const r = Math.floor(key / MAX_COLS);
    const col = key % MAX_COLS;
    const text = c.value === null && c.formula ? c.formula : cellText(c.value);
    const view: CellView = { r, c: col, text };
    if (typeof c.value === "number") view.numeric = true;
    if (c.fill) view.fill = c.fill;
    if (c.hyperlink) view.link = { address: c.hyperlink.address, documentReference: c.hyperlink.documentReference, screenTip: c.hyperlink.screenTip };
    cells.push(view);
  }
  return {
    name: s.name,
    hidden: s.visibility !== "Visible",
    protected: s.protected,
    rows: used ? used.r1 + 1 : 0,
    cols: used ? used.c1 + 1 : 0,
    cells,
    merges: s.merges.map((m) => ({ ...m })),
    widths: Object.fromEntries(s.widths),
  };
}

export function workbookView(w: OpenWorkbook, version: number): WorkbookView {
  return {
    version,
    file: w.file,
    active: w.host.activeSheet,
    selection: w.host.selection ? { ...w.host.selection } : null,
    sheets: w.host.sheets.map(sheetView),
  };
}
