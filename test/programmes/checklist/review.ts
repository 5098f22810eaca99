/** Reading and judging a checklist: one row per unit, one column per item, each cell pass or fail. */
import { Cell, Grid, cellAt, isEmpty, isRowEmpty, rowEnd } from "../../../src/core/kernel/grid";
import { AliasTable, HeaderMatch, LabelKinds, labelKinds } from "../../../src/core/kernel/header";
import { SheetHead, findBlock, sheetHead } from "../../../src/core/kernel/headerBlock";
import { Issue, sortIssues } from "../../../src/core/kernel/issues";
import { makeIssue } from "../../../src/core/contract/registry";
import type { Sighting } from "../../../src/core/contract/programme";
import { EntryBase, Review, entryBase } from "../../../src/core/kernel/result";
import { countsOf } from "../../../src/core/kernel/counts";
import { isOurReport } from "../../../src/core/kernel/reportSheet";
import { resultColumns, resultTable } from "../../../src/core/kernel/table";
import { cellText, normName } from "../../../src/core/kernel/text";
import type { ChecklistScheme } from "./scheme";

export interface ChecklistEntry extends EntryBase {
  kind: "checklist";
  /** Items passed; null when a cell could not be read. */
  passed: number | null;
  failed: string[];
}

type Field = "name" | `i:${string}`;

function kinds(scheme: ChecklistScheme): LabelKinds<Field> {
  const table = { name: scheme.headers.list.name } as AliasTable<Field>;
  for (const it of scheme.items) table[`i:${it.name}`] = [it.name];
  return labelKinds(table, Object.values(scheme.resultColumns));
}

export function header(head: SheetHead, scheme: ChecklistScheme): HeaderMatch<Field> | null {
  return findBlock(head, kinds(scheme), (m) => m.cols.name !== undefined && Object.keys(m.cols).some((k) => k.startsWith("i:")));
}

export function sighting(grids: Grid[], scheme: ChecklistScheme): Sighting | null {
  const g = grids.find((x) => !isOurReport(x) && header(sheetHead(x), scheme) !== null);
  return g ? { sheet: g.name, sheetKind: "list" } : null;
}

/** The units of a workbook's lists as written: name and each item's cell. */
export function listedRows(grids: Grid[], scheme: ChecklistScheme): Cell[][] {
  const out: Cell[][] = [];
  for (const g of grids) {
    if (isOurReport(g)) continue;
    const h = header(sheetHead(g), scheme);
    if (!h) continue;
    for (let row = h.row + 1; row < rowEnd(g) && !isRowEmpty(g, row); row++) {
      const col = (k: Field) => h.cols[k];
      out.push([cellAt(g, row, col("name")!), ...scheme.items.map((it) => (col(`i:${it.name}`) === undefined ? null : cellAt(g, row, col(`i:${it.name}`)!)))]);
    }
  }
  return out;
}

export const RESULT_KEYS = ["passed", "status", "note"] as const;

export function reviewChecklist(grids: Grid[], scheme: ChecklistScheme, detected: boolean): Review {
  const issues: Issue[] = [];
  const entries: ChecklistEntry[] = [];
  const pass = new Set(scheme.pass.map(normName));
  const fail = new Set(scheme.fail.map(normName));
  let table: Review["table"] = null;
  for (const g of grids) {
    if (isOurReport(g)) continue;
    const h = header(sheetHead(g), scheme);
    if (!h) continue;
    let row = h.row + 1;
    for (; row < rowEnd(g) && !isRowEmpty(g, row); row++) {
      const nameAt = { row, col: h.cols.name! };
      const e: ChecklistEntry = { kind: "checklist", ...entryBase(g.name, row, cellText(cellAt(g, row, nameAt.col)).trim(), nameAt), passed: 0, failed: [] };
      let passed = 0;
      for (const it of scheme.items) {
        const col = h.cols[`i:${it.name}`];
        if (col === undefined) continue;
        const v = cellAt(g, row, col);
        const t = isEmpty(v) ? "" : normName(v);
        if (pass.has(t)) passed++;
        else if (fail.has(t)) {
          e.failed.push(it.name);
          if (it.required) e.reasons.push({ code: "CHECK_FAILED", params: { item: it.name } });
        } else {
          const iss = makeIssue("CHECK_UNREADABLE", g.name, { row, col }, { item: it.name, value: cellText(v), pass: scheme.pass[0], fail: scheme.fail[0] });
          issues.push(iss);
          e.errors.push(iss);
        }
      }
      e.passed = e.errors.length ? null : passed;
      e.status = e.reasons.length ? "disqualified" : e.errors.length ? "pending" : "qualified";
      entries.push(e);
    }
    // The first list takes the results; a workbook rarely holds more than one.
    if (!table) table = resultTable(g, h, resultColumns(g, h, RESULT_KEYS, scheme.resultColumns), row);
  }
  if (!table && grids.length) issues.push(makeIssue("NO_KNOWN_SHEET", grids[0].name, null));
  const sheetOrder = grids.map((g) => g.name);
  const sorted = sortIssues(issues, sheetOrder);
  const groups = entries.length
    ? [{ name: null, groupKey: null, listed: entries.length, qualified: entries.filter((e) => e.status === "qualified").length, disqualified: entries.filter((e) => e.status === "disqualified").length, pending: entries.filter((e) => e.status === "pending").length, quota: null, yes: 0, tie: 0 }]
    : [];
  return { scheme, detected, entries, issues: sorted, groups, counts: countsOf(entries, sorted), table, statedFills: [], sheetOrder };
}
