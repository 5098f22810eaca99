/** `consolidate` for 创新中国: the first source's case list, then every expert sheet (file name added when two share a name). */
import { copySheet } from "../../consolidate";
import type { Grid } from "../../grid";
import type { Consolidation, GatheredSource, SheetNamer } from "../types";
import type { CaseEntry } from "./entry";
import { withHeadCache } from "../../headerBlock";
import type { SheetSpec } from "../../template";
import { reviewCase } from "./review";
import type { CaseScheme } from "./scheme";

export interface CaseGathering {
  /** Expert score sheets. */
  experts: Grid[];
  /** The source's case list (推介汇总表), if it has one. */
  caseSheet: Grid | null;
}

function isExpertSheet(g: Grid, scheme: CaseScheme): boolean {
  return (withHeadCache(() => reviewCase([g], scheme, false)).entries as CaseEntry[]).some((e) => e.sheet === g.name && e.experts > 0);
}

function gather(grids: Grid[], scheme: CaseScheme): CaseGathering {
  const experts = grids.filter((g) => isExpertSheet(g, scheme));
  const caseName = withHeadCache(() => reviewCase(grids, scheme, false)).table?.sheet ?? null;
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
