/**
 * A third review programme, small on purpose: a pass/fail checklist. It is docs/architecture.md's
 * example of what a programme module holds; a real one would live in
 * src/core/programmes/<name>/ and be registered by one line in src/core/index.ts.
 */
import { widthsOf } from "../../../src/core/kernel/sheetSpec";
import type { Cell } from "../../../src/core/kernel/grid";
import { withHeadCache } from "../../../src/core/kernel/headerBlock";
import type { Programme } from "../../../src/core/contract/programme";
import { rankText, statusText, whyText } from "../../../src/core/contract/tableCells";
import { ChecklistEntry, RESULT_KEYS, header, listedRows, reviewChecklist, sighting } from "./review";
import { CHECKLIST_DEMO, ChecklistScheme, ChecklistSchemeSchema } from "./scheme";

const LIST_SHEET = "检查清单";

export const checklistProgramme: Programme<ChecklistScheme, ChecklistEntry, Cell[][]> = {
  kind: "checklist",
  loadSchema: async () => ChecklistSchemeSchema,
  builtins: [CHECKLIST_DEMO],
  words: {
    zh: { workbook: () => '"合规检查清单"', current: '"合规检查清单"', short: '"合规检查清单"', sheets: { list: "检查清单" } },
    en: { workbook: () => '"compliance checklist"', current: 'the "compliance checklist"', short: '"compliance checklist"', sheets: { list: "checklist" } },
  },
  codes: {
    CHECK_UNREADABLE: {
      severity: "error",
      message: {
        zh: (p) => `"${p.item}"应填"${p.pass}"或"${p.fail}"，现为"${p.value}"`,
        en: (p) => `"${p.item}" should read "${p.pass}" or "${p.fail}", not "${p.value}"`,
      },
    },
  },
  reasons: {
    CHECK_FAILED: { zh: (p) => `必查项"${p.item}"未通过`, en: (p) => `Required item "${p.item}" failed` },
  },
  detect: (grids, scheme) => sighting(grids, scheme),
  reads: (scheme) => (head) => header(head, scheme) !== null,
  review: (grids, scheme, ctx) => reviewChecklist(grids, scheme, ctx.detected),
  resultKeys: () => RESULT_KEYS,
  resultValue: (e, key) => {
    if (key === "passed") return e.passed;
    throw new Error(`unknown result column ${key}`);
  },
  jsonEntry: (e) => ({ head: { passed: e.passed, failed: e.failed }, tail: {} }),
  table: {
    columns: (_s, _t, lang) =>
      (lang === "zh" ? ["单位", "通过项", "资格审查", "排名", "不合格原因"] : ["Unit", "Passed", "Status", "Rank", "Why"]).map((label, i) => ({ label, align: i === 1 || i === 3 ? "right" : "left" })),
    row: (e, _s, t, lang) => [e.name, e.passed === null ? "" : String(e.passed), statusText(e, t), rankText(e), whyText(e, lang)],
  },
  template: (scheme) => [
    {
      name: LIST_SHEET,
      values: [[scheme.headers.list.name[0], ...scheme.items.map((i) => i.name)]],
      merges: [],
      widths: [30, ...scheme.items.map(() => 12)],
    },
  ],
  pane: { groups: "quota" },
  results: { group: () => null, score: (e) => e.passed, line: () => null, tie: () => false, out: () => false },
  consolidation: {
    reserved: () => [LIST_SHEET],
    // Each source's units, into one list headed like the template, with the file they came from.
    gather: (grids, scheme) => withHeadCache(() => listedRows(grids, scheme)),
    empty: (rows) => rows.length === 0,
    sheets: () => [],
    layout: (sources, scheme) => {
      const values = [
        [scheme.headers.list.name[0], ...scheme.items.map((i) => i.name), "来源文件"],
        ...sources.flatMap((s) => s.gathered.map((row) => [...row.map((v) => (typeof v === "boolean" ? String(v) : v)), s.file])),
      ];
      return [{ name: LIST_SHEET, values, merges: [], widths: widthsOf(values, []) }];
    },
  },
};
