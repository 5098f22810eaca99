/**
 * One scoring sheet per expert (SPEC §4.2), from the case list: the expert's name and a blank
 * for their unit above the header, short instructions, the cases locked, score cells that
 * accept 0 to the criterion's maximum with one decimal or 回避, and a 合计 formula.
 */
import { MergeArea, a1 } from "../../kernel/grid";
import type { PlanValue } from "../../kernel/sheetSpec";
import { ABSTAIN } from "./caseSheets";
import type { CaseListing } from "./listing";
import type { CaseScheme } from "./scheme";
import type { Lang } from "../../strings";
import { PANEL_WORDS } from "./panelWords";
import { normName } from "../../kernel/text";
import type { CellFormula, CellRule, SheetSpec } from "../../kernel/sheetSpec";

/** Labels the reader looks for (the expert's is the scheme's first): Chinese whatever the language of the instructions. */
const UNIT_LABEL = "单位：";
const TOTAL_LABEL = "合计";

/** The shade of the cells an expert types in (light green: not the review's red or yellow highlights). */
export const INPUT_FILL = "#E2EFDA";

/** Where the parts of a scoring sheet are (0-based): title, expert and unit, three lines of instructions, header, cases. */
export const EXPERT_LAYOUT = { expertRow: 1, headerRow: 5, firstCase: 6 } as const;

/** Names as a user types them: separated by commas (either width), 、 or semicolons; blanks dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Longer than a person's name plausibly is (and than a file name can bear in every file system). */
export const MAX_EXPERT_NAME = 40;

export function overlongNames(names: readonly string[]): string[] {
  return names.filter((n) => Array.from(n).length > MAX_EXPERT_NAME);
}

/** Names listed twice (compared as names, SPEC §2). */
export function repeatedNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const n of names) {
    const k = normName(n);
    if (seen.has(k)) twice.add(n);
    seen.add(k);
  }
  return [...twice];
}

/** A sheet name Excel accepts for an expert: no []:*?/\, at most 31 characters (adapters make it unique). */
function sheetNameFor(expert: string): string {
  const s = expert.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim();
  return (s || "专家").slice(0, 31);
}

/** `IF(ISNUMBER(D7),AND(D7>=0,D7<=40,ROUND(D7,1)=D7),TRIM(D7)="回避")`: a score or 回避. */
export function scoreRuleFormula(cell: string, max: number): string {
  return `IF(ISNUMBER(${cell}),AND(${cell}>=0,${cell}<=${max},ROUND(${cell},1)=${cell}),TRIM(${cell})="${ABSTAIN}")`;
}

/** 合计: 回避 when any score says so, blank until something is scored, else the sum. */
export function totalFormula(range: string): string {
  return `IF(COUNTIF(${range},"${ABSTAIN}")>0,"${ABSTAIN}",IF(COUNT(${range})=0,"",SUM(${range})))`;
}

export function expertSheet(scheme: CaseScheme, listing: CaseListing, expert: string, lang: Lang = "zh"): SheetSpec {
  const t = PANEL_WORDS[lang].template;
  const h = scheme.headers.cases;
  const lead = listing.bySeq ? [h.seq[0]] : [];
  const header: PlanValue[] = [...lead, h.name[0], h.category[0], ...scheme.criteria.map((c) => `${c.name}（${c.max}分）`), TOTAL_LABEL];
  const width = header.length;
  const first = lead.length + 2;
  const last = first + scheme.criteria.length - 1;
  const totalCol = last + 1;
  const { expertRow, firstCase } = EXPERT_LAYOUT;
  const unitCol = lead.length + 1;
  const pad = (row: PlanValue[]) => [...row, ...Array<PlanValue>(width - row.length).fill(null)];

  const values: PlanValue[][] = [pad([t.sheetTitle(scheme.shortTitle.zh)])];
  const who: PlanValue[] = pad([`${scheme.headers.expertLabels[0]}：${expert}`]);
  who[unitCol] = UNIT_LABEL;
  values.push(who);
  const criteria = scheme.criteria.map((c) => `"${c.name}"`).join("");
  for (const line of t.instructions(criteria)) values.push(pad([line]));
  values.push(header);
  const formulas: CellFormula[] = [];
  listing.cases.forEach((c, i) => {
    const row = firstCase + i;
    values.push(pad([...(listing.bySeq ? [c.seq] : []), c.name, c.category]));
    formulas.push({ row, col: totalCol, formula: totalFormula(`${a1(row, first)}:${a1(row, last)}`) });
  });
  const end = firstCase + Math.max(listing.cases.length, 1) - 1;
  const rules: CellRule[] = scheme.criteria.map((c, k) => ({
    area: { r0: firstCase, c0: first + k, r1: end, c1: first + k },
    formula: scoreRuleFormula(a1(firstCase, first + k), c.max),
    prompt: { title: t.promptTitle, message: t.prompt(c.max) },
    error: { title: t.errorTitle, message: t.error(c.max) },
  }));
  const unlocked: MergeArea[] = [
    { r0: expertRow, c0: unitCol + 1, r1: expertRow, c1: unitCol + 1 },
    { r0: firstCase, c0: first, r1: end, c1: last },
  ];
  const widths = [...(listing.bySeq ? [6] : []), 44, 22, ...scheme.criteria.map(() => 14), 8];
  return {
    name: sheetNameFor(expert),
    values,
    merges: [{ r0: 0, c0: 0, r1: 0, c1: width - 1 }],
    widths,
    formulas,
    rules,
    unlocked,
    protect: true,
  };
}

/** One sheet per expert, in the order given. */
export function expertSheets(scheme: CaseScheme, listing: CaseListing, experts: readonly string[], lang: Lang = "zh"): SheetSpec[] {
  return experts.map((x) => expertSheet(scheme, listing, x, lang));
}
