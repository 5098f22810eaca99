/**
 * 导入工作簿, the pane's loop: each picked file is read in the pane with the CLI's own reader
 * (src/xlsx, no Node APIs), planned by the core against what the open workbook already holds,
 * and applied through the gateway — one file at a time, so progress is per file and a cancel
 * between files leaves every imported file complete (sheets, summary rows, 来源清单 row).
 * An .xls, WPS or .ods file is read by the legacy reader, a chunk fetched the first time one
 * is imported; its sheets go in as values and merges (Excel inserts whole sheets from .xlsx only).
 */
import { Grid, IntakePlan, Lang, Scheme, SourceRead, commitPlan, detectScheme, intakeTarget, newSummary, planSource, review, sha256Bytes, sheetFilter, sourcesRow, sourcesSheet, strings, xlsxStrings } from "../core";
import type { WorkbookGateway } from "../host";
import { LegacyFormat, LegacyInput, LegacyReader, XlsxError, legacyInput, openLegacy, openXlsx } from "../xlsx";

/** A workbook a clerk picked: its name, size and bytes (read only when its turn comes). */
export interface PickedFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export type FileResult = "taken" | "replaced" | "same" | "skipped";

export interface FileReport {
  file: string;
  result: FileResult;
  /** Why it was skipped, or what to know about it. */
  note: string | null;
  sheets: string[];
}

export interface ImportEvents {
  progress(done: number, total: number, file: string): void;
  /** Chambers of this file already in the workbook with other content: replace them? */
  ask(file: string, names: string[]): Promise<boolean>;
  /** Checked between files. */
  cancelled(): boolean;
}

export interface ImportRun {
  files: FileReport[];
  cancelled: boolean;
  /** Sheets went in as values and merges only (Excel below 1.13, or a file too large for one request). */
  valuesOnly: boolean;
}

/** Files above this are refused in the pane: the browser holds the file, its zip and its sheets at once. */
export const PANE_FILE_LIMIT = 64 * 1024 * 1024;

/** Fetches the legacy reader; `codepages`: the file is an Excel 5.0/95 one, whose texts need them. */
export type LegacyLoader = (codepages: boolean) => Promise<LegacyReader>;

/** Marks a failure to fetch the legacy reader, so the dialog can say which part is missing. */
export const READER_UNAVAILABLE = "legacy-reader";

/** The reader's chunk (and the code pages', for an Excel 95 file), fetched when first wanted. */
export const loadLegacyReader: LegacyLoader = async (codepages) => {
  try {
    const m = await import(/* webpackChunkName: "legacy-reader" */ "../xlsx/legacy/sheetjs.js");
    if (codepages) await m.loadCodepages();
    return m;
  } catch (e) {
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { part: READER_UNAVAILABLE });
  }
};

/** Legacy files by their names: the reader is fetched before the first file goes in, so a failure leaves the workbook as it was. */
const LEGACY_NAME = /\.(xls|et|ods)$/i;

function failure(e: unknown, lang: Lang): SourceRead {
  if (e instanceof XlsxError) return { error: e.text(lang) };
  return { error: e instanceof Error ? e.message : String(e) };
}

/**
 * The one call into the file reader: the sheets `scheme` may read, or why the file cannot be
 * read; `legacy` when it was an .xls, WPS or .ods file. The legacy reader is loaded only for
 * such a file; a chunk that cannot be fetched rejects (the import stops and says so), it does
 * not make the file "unreadable".
 */
export async function readSource(bytes: Uint8Array, scheme: Scheme | null, lang: Lang, load: LegacyLoader = loadLegacyReader): Promise<{ read: SourceRead; legacy: LegacyFormat | null }> {
  let input: LegacyInput | null;
  try {
    input = legacyInput(bytes);
  } catch (e) {
    return { read: failure(e, lang), legacy: null };
  }
  const reader = input ? await load(input.format !== "ods" && input.biff.version < 8) : null;
  try {
    const book = input ? openLegacy(input, reader!) : openXlsx(bytes);
    return { read: { grids: book.grids(sheetFilter(scheme)) }, legacy: input?.format ?? null };
  } catch (e) {
    return { read: failure(e, lang), legacy: null };
  }
}

/** Base64 without Node: the browser's btoa over binary-string chunks. */
export function toBase64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function report(plan: IntakePlan): FileReport {
  if (plan.kind === "take") return { file: plan.file.name, result: plan.replaced.length ? "replaced" : "taken", note: plan.notes.join("；") || null, sheets: plan.sheets.map((s) => s.to) };
  if (plan.kind === "skip") return { file: plan.file.name, result: plan.same ? "same" : "skipped", note: plan.reason, sheets: [] };
  return { file: plan.file.name, result: "skipped", note: null, sheets: [] };
}

/**
 * The scheme of an import: the pane's, else the open workbook's own, else (an empty workbook)
 * that of the first file that can be read.
 */
async function schemeFor(grids: Grid[], picked: PickedFile[], lang: Lang, load: LegacyLoader): Promise<Scheme> {
  if (review(grids).issues.every((i) => i.code !== "NO_KNOWN_SHEET")) return detectScheme(grids);
  for (const f of picked.slice(0, 5)) {
    if (f.size > PANE_FILE_LIMIT) continue;
    const { read } = await readSource(await f.bytes(), null, lang, load);
    if ("grids" in read && read.grids.length) return detectScheme(read.grids);
  }
  return detectScheme(grids);
}

export interface ImportOptions {
  lang: Lang;
  province: string | null;
  now: () => Date;
  /** How the legacy reader is fetched (tests: a chunk that cannot be). */
  loadLegacy?: LegacyLoader;
}

export async function runImport(gw: WorkbookGateway, picked: PickedFile[], chosen: Scheme | null, o: ImportOptions, ev: ImportEvents): Promise<ImportRun> {
  const t = strings(o.lang).intake;
  const load = o.loadLegacy ?? loadLegacyReader;
  if (picked.some((f) => LEGACY_NAME.test(f.name))) await load(false);
  const grids = await gw.read();
  const scheme = chosen ?? (await schemeFor(grids, picked, o.lang, load));
  const target = intakeTarget(grids, review(grids, { scheme }));
  const whole = gw.canInsertWhole();
  const out: ImportRun = { files: [], cancelled: false, valuesOnly: false };
  for (const [i, f] of picked.entries()) {
    if (ev.cancelled()) {
      out.cancelled = true;
      break;
    }
    ev.progress(i, picked.length, f.name);
    const file = { name: f.name, size: f.size, hash: "" };
    let read: SourceRead;
    let legacy: LegacyFormat | null = null;
    let bytes: Uint8Array | null = null;
    if (f.size > PANE_FILE_LIMIT) read = { error: t.reason.tooLarge((f.size / 1024 / 1024).toFixed(1)) };
    else {
      bytes = await f.bytes();
      file.hash = `sha256:${sha256Bytes(bytes)}`;
      ({ read, legacy } = await readSource(bytes, scheme, o.lang, load));
    }
    const opts = { lang: o.lang, province: o.province };
    let plan = planSource(file, read, target, scheme, opts);
    if (plan.kind === "ask") plan = planSource(file, read, target, scheme, { ...opts, replace: await ev.ask(f.name, plan.names) });
    if (plan.kind !== "take") {
      out.files.push(report(plan));
      continue;
    }
    const create = [];
    const summary = newSummary(target, scheme);
    if (summary) create.push(summary);
    if (!target.sources) {
      create.push(sourcesSheet(target.sourcesName, o.lang));
      target.sources = { sheet: target.sourcesName, nextRow: 1 };
      target.taken.add(target.sourcesName.toLowerCase());
    }
    // A plan made before these sheets existed has no rows for the summary and may use their names: plan again.
    if (create.length) plan = planSource(file, read, target, scheme, { ...opts, replace: plan.replaced.length > 0 });
    if (plan.kind !== "take") {
      out.files.push(report(plan));
      continue;
    }
    // Excel inserts whole sheets from an .xlsx only: a legacy file's go in as values and merges, all it has.
    const base64 = whole && bytes && !legacy ? toBase64(bytes) : null;
    const done = await gw.importFile({ plan, base64, create, sources: { sheet: target.sources.sheet, row: target.sources.nextRow, values: sourcesRow(plan, o.now(), o.lang) } });
    if (!done.whole && !legacy) out.valuesOnly = true;
    for (const s of create) target.taken.add(s.name.toLowerCase());
    commitPlan(target, plan);
    const line = report(plan);
    if (legacy) line.note = [line.note, t.reason.converted(xlsxStrings(o.lang).legacyName[legacy])].filter(Boolean).join("；");
    out.files.push(line);
  }
  ev.progress(out.files.length, picked.length, "");
  return out;
}
