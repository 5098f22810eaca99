/**
 * `consolidate`'s new workbook, whatever the programme: the programme lays out its summary
 * and the copied sheets (programmes/<kind>/consolidation.ts); here each source sheet is copied,
 * names are handed out once (legal, unique ignoring case) and the 来源清单 sheet says where
 * each sheet came from.
 */
import type { Grid } from "../kernel/grid";
import { programmeOf } from "../contract/registry";
import type { ConsolidateWords, SheetNamer } from "../contract/programme";
import type { Scheme } from "../kernel/schemeBase";
import { uniqueSheetName } from "../kernel/sheetName";
import type { Lang } from "../strings";
import { type PlanValue, type SheetSpec, widthsOf } from "../kernel/sheetSpec";

/** One source workbook as consolidate saw it. */
export interface SourceResult {
  /** The path as shown to the user. */
  file: string;
  /** The file name without folder and extension. */
  stem: string;
  /** What the programme took from it (`gatherSource`); null when it was skipped. */
  gathered: unknown;
  /** Why it was skipped: a file-reading code, `unreadable`, `no-sheets` or `other-programme`. */
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

/** What one source gives under `scheme`, or null when it gives nothing. */
export function gatherSource(grids: Grid[], scheme: Scheme): unknown {
  const c = programmeOf(scheme).consolidation;
  const g = c.gather(grids, scheme);
  return c.empty(g) ? null : g;
}

/** A file a folder held that was not taken as a source, and why, in words. */
export interface NotTakenRow {
  file: string;
  reason: string;
}

function sourcesSheet(reports: SourceReport[], notTaken: NotTakenRow[], name: string, t: ConsolidateWords): SheetSpec {
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
  for (const n of notTaken) values.push([n.file, t.notTakenLabel, null, null, n.reason]);
  return { name, values, merges: [], widths: widthsOf(values, []) };
}

/** Names handed out so far (lower-cased: Excel compares sheet names ignoring case) and the copies made. */
function namer(reserved: string[]): SheetNamer {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  const copies = new Map<Grid, string>();
  return {
    unique: (wanted) => uniqueSheetName(wanted, taken),
    copiedAs: (g) => copies.get(g) ?? null,
    copied: (g, name) => void copies.set(g, name),
  };
}

/**
 * The new workbook: the programme's summary and copies, then where each sheet came from
 * (and which files of the folders read were not taken, and why). `words` are the command
 * line's (`cliStrings(lang).consolidate`), handed in so that the pane's bundle never carries them.
 */
export function consolidatedSheets(sources: SourceResult[], scheme: Scheme, lang: Lang, words: ConsolidateWords, notTaken: NotTakenRow[] = []): Consolidated {
  const c = programmeOf(scheme).consolidation;
  const sourcesName = words.sourcesSheet;
  const names = namer([...c.reserved(scheme), sourcesName, scheme.reportSheet]);
  const read = sources.filter((s) => s.gathered !== null).map((s) => ({ file: s.file, stem: s.stem, gathered: s.gathered }));
  const specs = c.layout(read, scheme, names, lang, words);
  const reports: SourceReport[] = sources.map((s) => {
    const sheets: SourceReport["sheets"] = [];
    if (s.gathered !== null) {
      const seen = new Set<Grid>();
      for (const grid of c.sheets(s.gathered)) {
        const to = names.copiedAs(grid);
        if (seen.has(grid) || to === null) continue;
        seen.add(grid);
        sheets.push({ from: grid.name, to });
      }
    }
    return {
      file: s.file,
      status: s.gathered !== null ? "read" : "skipped",
      sheets,
      error: s.gathered !== null ? null : { code: s.skipCode ?? "unreadable", message: s.skipMessage ?? "" },
    };
  });
  specs.push(sourcesSheet(reports, notTaken, sourcesName, words));
  return { specs, sources: reports };
}
