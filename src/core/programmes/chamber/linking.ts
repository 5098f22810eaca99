/** Summary rows linked to their 自评表, and the verdict each entry takes from its sheet. */
import { Grid, Pos } from "../../kernel/grid";
import { Issue } from "../../kernel/issues";
import { makeIssue } from "./codes";
import { groupKey } from "../../kernel/provinces";
import { entryBase } from "../../kernel/result";
import type { ChamberEntry } from "./entry";
import { formatScore, normName, shownValue } from "../../kernel/text";
import { SelfSheet } from "./self";
import { SummarySheet } from "./summary";
import { SheetEval } from "./sheet";

function baseEntry(sheet: string, row: number, name: string, nameAt: Pos | null): ChamberEntry {
  return {
    kind: "chamber",
    ...entryBase(sheet, row, name, nameAt),
    group: null,
    groupKey: null,
    type: null,
    selfAssessmentSheet: null,
    total: null,
    statedTotal: null,
    categories: {},
    vetoFailed: [],
    vetoUnknown: true,
    basicShortfall: null,
    withinQuota: null,
  };
}

/** Applies a sheet's verdict to an entry: 不合格 beats 待核 beats 合格. */
function applySheet(e: ChamberEntry, ev: SheetEval | null) {
  if (ev) {
    e.selfAssessmentSheet = ev.sheet.grid.name;
    e.total = ev.total;
    e.categories = ev.categories;
    e.vetoFailed = ev.vetoFailed;
    e.vetoUnknown = ev.vetoUnknown;
    e.basicShortfall = ev.basicShortfall;
    e.reasons = ev.reasons;
    e.errors = [...ev.errors, ...e.errors];
  }
  e.status = e.reasons.length ? "disqualified" : e.errors.length ? "pending" : "qualified";
}

export function standaloneEntry(s: SelfSheet, ev: SheetEval): ChamberEntry {
  const row = s.chamberAt ? s.chamberAt.row : s.header.top;
  const e = baseEntry(s.grid.name, row, s.chamber, s.chamberAt);
  applySheet(e, ev);
  return e;
}

export function linkEntries(
  summary: SummarySheet,
  selves: SelfSheet[],
  evals: Map<SelfSheet, SheetEval>,
  issues: Issue[],
  grids: Grid[],
): ChamberEntry[] {
  const sheetName = summary.grid.name;
  const byKey = new Map<string, SelfSheet[]>();
  for (const s of selves) {
    const list = byKey.get(s.key);
    if (list) list.push(s);
    else byKey.set(s.key, [s]);
  }
  const bySheetName = new Map(selves.map((s) => [normName(s.grid.name), s]));
  const gridNames = new Set(grids.map((g) => normName(g.name)));
  const referenced = new Set<SelfSheet>();

  const rowsByKey = new Map<string, number[]>();
  for (const r of summary.rows) {
    const list = rowsByKey.get(r.key);
    if (list) list.push(r.row);
    else rowsByKey.set(r.key, [r.row]);
  }

  const entries: ChamberEntry[] = [];
  const linked = new Map<ChamberEntry, SheetEval | null>();
  const unlinked: { entry: ChamberEntry; key: string }[] = [];
  for (const r of summary.rows) {
    const e = baseEntry(sheetName, r.row, r.name, r.nameAt);
    e.group = r.group;
    e.groupKey = r.group === null ? null : groupKey(r.group);
    e.type = r.type;
    e.statedTotal = r.stated.kind === "number" ? r.stated.value : null;
    const dupRows = rowsByKey.get(r.key)!;
    if (dupRows.length > 1) {
      const di = makeIssue("DUPLICATE_ENTRY", sheetName, r.nameAt, {
        name: r.name,
        rows: dupRows.map((x) => x + 1).join("、"),
      });
      issues.push(di);
      e.errors.push(di);
    }
    let sheet: SelfSheet | null = null;
    if (r.sheetRef !== null) {
      const refKey = normName(r.sheetRef);
      sheet = bySheetName.get(refKey) ?? null;
      if (!sheet) {
        const at = { row: r.row, col: summary.header.cols.sheetRef as number };
        const nf = makeIssue("SHEET_NOT_FOUND", sheetName, at, { name: r.name, ref: r.sheetRef, exists: gridNames.has(refKey) ? 1 : 0 });
        issues.push(nf);
        e.errors.push(nf);
      }
    } else {
      const found = byKey.get(r.key) ?? [];
      if (found.length === 1) sheet = found[0];
      else if (found.length > 1) {
        const amb = makeIssue("AMBIGUOUS_SHEET", sheetName, r.nameAt, {
          name: r.name,
          sheets: found.map((s) => s.grid.name).join("、"),
        });
        issues.push(amb);
        e.errors.push(amb);
        found.forEach((s) => referenced.add(s));
      } else {
        unlinked.push({ entry: e, key: r.key });
      }
    }
    if (sheet) referenced.add(sheet);
    const ev = sheet ? evals.get(sheet)! : null;
    linked.set(e, ev);
    entries.push(e);
    if (ev && ev.total !== null && r.statedAt && r.stated.kind !== "missing") {
      const same = r.stated.kind === "number" && Math.abs(r.stated.value - ev.total) < 1e-6;
      if (!same) {
        const w = makeIssue("SUMMARY_TOTAL_MISMATCH", sheetName, r.statedAt, {
          stated: shownValue(r.stated),
          computed: formatScore(ev.total),
        });
        issues.push(w);
        e.notes.push(w);
      }
    }
  }

  for (const row of summary.nameless) {
    const e = baseEntry(sheetName, row, "", { row, col: summary.header.cols.name as number });
    const ni = makeIssue("NAME_MISSING", sheetName, e.nameAt, { row: row + 1 });
    issues.push(ni);
    e.errors.push(ni);
    linked.set(e, null);
    entries.push(e);
  }
  entries.sort((a, b) => a.row - b.row);

  const orphans = selves.filter((s) => !referenced.has(s));
  for (const { entry, key } of unlinked) {
    const hint = orphans.find((s) => key.includes(s.key) || s.key.includes(key) || key.includes(normName(s.grid.name)));
    const nf = makeIssue("SHEET_NOT_FOUND", sheetName, entry.nameAt, hint ? { name: entry.name, hint: hint.grid.name } : { name: entry.name });
    issues.push(nf);
    entry.errors.push(nf);
  }
  for (const s of orphans) {
    issues.push(makeIssue("ORPHAN_SHEET", s.grid.name, s.chamberAt, { sheet: s.grid.name, name: s.chamber }));
  }
  for (const e of entries) applySheet(e, linked.get(e) ?? null);
  return entries;
}
