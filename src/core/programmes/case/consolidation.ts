/** `consolidate` for 创新中国: the first source's case list, then every expert sheet (file name added when two share a name). */
import { copySheet } from "../../kernel/sheetSpec";
import type { Grid } from "../../kernel/grid";
import type { Consolidation, GatheredSource, SheetNamer } from "../../contract/programme";
import { withHeadCache } from "../../kernel/headerBlock";
import { preferNamed } from "../../kernel/table";
import type { SheetSpec } from "../../kernel/sheetSpec";
import { classify } from "./classify";
import { blankEntry } from "./eligibility";
import type { ExpertSheet } from "./caseSheets";
import { countedRows } from "./recusal";
import { checkRows } from "./rows";
import type { CaseScheme } from "./scheme";

export interface CaseGathering {
  /** Expert score sheets. */
  experts: Grid[];
  /** The source's case list (推介汇总表), if it has one. */
  caseSheet: Grid | null;
}

/**
 * True when the engine, shown this expert sheet alone, gives some case a counted score: alone,
 * the review makes one blank entry per case key (no case list, so no unit to conflict with)
 * and scores it from the rows that count — the same steps, without the rest of a review.
 */
function scoresAlone(ex: ExpertSheet): boolean {
  for (const list of checkRows([ex], []).values()) {
    const first = list[0];
    const e = blankEntry(ex.grid.name, first.row.row, first.row.label, first.row.keyAt);
    if (countedRows(e, list, [], new Map()).length > 0) return true;
  }
  return false;
}

/**
 * Each sheet read once, as the review reads it (no review: which sheets are expert sheets and
 * which case list the review would take is all a source gives).
 */
function gather(grids: Grid[], scheme: CaseScheme): CaseGathering {
  const c = withHeadCache(() => classify(grids, scheme));
  const experts = c.experts.filter(scoresAlone).map((ex) => ex.grid);
  const caseName = preferNamed(c.cases, scheme.summarySheetHint)?.grid.name ?? null;
  const caseSheet = caseName === null ? null : grids.find((g) => g.name === caseName) ?? null;
  return { experts, caseSheet };
}

function layout(sources: GatheredSource<CaseGathering>[], names: SheetNamer): SheetSpec[] {
  const specs: SheetSpec[] = [];
  const list = sources.find((s) => s.gathered.caseSheet)?.gathered.caseSheet ?? null;
  if (list) {
    const name = names.unique(list.name);
    names.copied(list, name);
    specs.push(copySheet(list, name));
  }
  const count = new Map<string, number>();
  for (const s of sources) for (const g of s.gathered.experts) count.set(g.name.toLowerCase(), (count.get(g.name.toLowerCase()) ?? 0) + 1);
  for (const s of sources) {
    for (const g of s.gathered.experts) {
      // Each expert's workbook may call its sheet 专家评分表: then the file tells them apart.
      const wanted = count.get(g.name.toLowerCase())! > 1 ? `${s.stem}-${g.name}` : g.name;
      const name = names.unique(wanted);
      names.copied(g, name);
      specs.push(copySheet(g, name));
    }
  }
  return specs;
}

export const caseConsolidation: Consolidation<CaseScheme, CaseGathering> = {
  reserved: () => [],
  gather: (grids, scheme) => gather(grids, scheme),
  empty: (g) => g.experts.length === 0 && g.caseSheet === null,
  sheets: (g) => [...g.experts, ...(g.caseSheet ? [g.caseSheet] : [])],
  layout: (sources, _scheme, names) => layout(sources, names),
};
