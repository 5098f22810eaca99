/** Which sheets of a 创新中国 workbook are expert score sheets and which are case lists. */
import type { Grid } from "../../kernel/grid";
import { sheetHead } from "../../kernel/headerBlock";
import type { Sighting } from "../../contract/programme";
import type { CaseScheme } from "./scheme";
import { isOurReport } from "../../kernel/reportSheet";
import { normName } from "../../kernel/text";
import { CaseSheet, ExpertSheet, caseIndex, detectCaseHeader, detectExpertHeader, expertIndex, readCaseSheet, readExpertSheet } from "./caseSheets";

export interface Classified {
  cases: CaseSheet[];
  experts: ExpertSheet[];
}

/** An expert sheet may also list 类别 and 案例名称: the criterion columns decide, so it is tried first. */
export function classify(grids: Grid[], scheme: CaseScheme): Classified {
  const cix = caseIndex(scheme);
  const eix = expertIndex(scheme);
  const out: Classified = { cases: [], experts: [] };
  for (const g of grids) {
    if (isOurReport(g)) continue;
    const head = sheetHead(g);
    const ex = detectExpertHeader(head, eix);
    if (ex) {
      out.experts.push(readExpertSheet(g, ex, scheme));
      continue;
    }
    const cs = detectCaseHeader(head, cix);
    if (cs) out.cases.push(readCaseSheet(g, cs));
  }
  return out;
}

/** The first expert score sheet or, failing that, the first 推介汇总表 (headers only; nothing is read), or null. */
export function caseSighting(grids: Grid[], scheme: CaseScheme): Sighting | null {
  const eix = expertIndex(scheme);
  const expert = grids.find((g) => !isOurReport(g) && detectExpertHeader(sheetHead(g), eix) !== null);
  if (expert) return { sheet: expert.name, sheetKind: "experts" };
  const cix = caseIndex(scheme);
  const list = grids.find((g) => !isOurReport(g) && detectCaseHeader(sheetHead(g), cix) !== null);
  return list ? { sheet: list.name, sheetKind: "cases" } : null;
}

/** SPEC §4.1: containment, most specific first (the scheme lists categories in that order). */
export function mapCaseCategory(text: string, scheme: CaseScheme): string | null {
  const t = normName(text);
  if (t === "") return null;
  for (const c of scheme.categories) if (c.match.some((m) => t.includes(normName(m)))) return c.name;
  return null;
}
