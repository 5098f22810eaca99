import { Grid } from "./grid";
import { ChamberEntry } from "./result";
import { review } from "./review";
import { Scheme } from "./scheme/schema";

/** One row of the generated 推荐名单汇总表, and the 自评表 it points to (if any). */
export interface ChamberRow {
  group: string | null;
  name: string;
  type: string | null;
  stated: number | null;
  sheet: Grid | null;
}

/** What one source workbook gives to the consolidated workbook. */
export interface Gathered {
  /** 四好: summary rows with their sheets. */
  rows: ChamberRow[];
  /** 创新中国: expert score sheets. */
  experts: Grid[];
  /** 创新中国: the source's case list (推介汇总表), if it has one. */
  caseSheet: Grid | null;
}

/**
 * A sheet is a 自评表 when the engine, shown that sheet alone, makes it an entry of its
 * own; the engine's reader stays the only judge of what a sheet is.
 */
function standaloneChamber(g: Grid, scheme: Scheme): ChamberEntry | null {
  const r = review([g], { scheme });
  const e = r.entries.find((x) => x.kind === "chamber" && x.selfAssessmentSheet === g.name);
  return e && e.kind === "chamber" ? e : null;
}

function isExpertSheet(g: Grid, scheme: Scheme): boolean {
  return review([g], { scheme }).entries.some((e) => e.kind === "case" && e.sheet === g.name && e.experts > 0);
}

/**
 * The rows a source contributes: every row of its own summary (province, type and stated
 * total kept; a row without a sheet stays, so the gap is reported again), then each
 * 自评表 no row points to, with a blank province.
 */
function gatherChamber(grids: Grid[], scheme: Scheme): Gathered {
  const selves = new Map<string, { grid: Grid; entry: ChamberEntry }>();
  for (const g of grids) {
    const e = standaloneChamber(g, scheme);
    if (e) selves.set(g.name, { grid: g, entry: e });
  }
  const full = review(grids, { scheme });
  const summary = full.table?.sheet ?? null;
  const rows: ChamberRow[] = [];
  const linked = new Set<string>();
  for (const e of full.entries) {
    if (e.kind !== "chamber" || summary === null || e.sheet !== summary || e.name === "") continue;
    const self = e.selfAssessmentSheet !== null ? selves.get(e.selfAssessmentSheet) : undefined;
    if (self) linked.add(self.grid.name);
    rows.push({ group: e.group, name: e.name, type: e.type, stated: e.statedTotal, sheet: self ? self.grid : null });
  }
  for (const { grid, entry } of selves.values()) {
    if (!linked.has(grid.name)) rows.push({ group: null, name: entry.name, type: null, stated: null, sheet: grid });
  }
  return { rows, experts: [], caseSheet: null };
}

function gatherCase(grids: Grid[], scheme: Scheme): Gathered {
  const experts = grids.filter((g) => isExpertSheet(g, scheme));
  const caseName = review(grids, { scheme }).table?.sheet ?? null;
  const caseSheet = caseName === null ? null : grids.find((g) => g.name === caseName) ?? null;
  return { rows: [], experts, caseSheet };
}

export function gather(grids: Grid[], scheme: Scheme): Gathered {
  return scheme.kind === "chamber" ? gatherChamber(grids, scheme) : gatherCase(grids, scheme);
}

/** True when the source gives nothing to consolidate. */
export function isEmptyGathering(g: Gathered): boolean {
  return g.rows.length === 0 && g.experts.length === 0 && g.caseSheet === null;
}
