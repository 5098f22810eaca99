/** 自评表 checks and totals (SPEC §3.2, §3.4); the eligibility rules themselves are in eligibility.ts. */
import { Issue, Reason } from "../../kernel/issues";
import { makeIssue } from "./codes";
import type { ChamberScheme } from "./scheme";
import { checkScore, validScore } from "../../kernel/score";
import { sumScores } from "../../kernel/decimal";
import { formatScore, sameScore, shownValue } from "../../kernel/text";
import { eligibility } from "./eligibility";
import { Item, SelfSheet } from "./self";

/** What one 自评表 says, checked: shared by every summary row that links to it. */
export interface SheetEval {
  sheet: SelfSheet;
  issues: Issue[];
  errors: Issue[];
  /** Capped sum, or null when any item score is missing or invalid. */
  total: number | null;
  /** The highest total still possible: invalid or missing items at full marks. */
  best: number;
  categories: Record<string, number | null>;
  vetoFailed: string[];
  /** Some veto item has no valid score yet, so "no veto failure" cannot be said. */
  vetoUnknown: boolean;
  basicShortfall: number;
  reasons: Reason[];
  /** Blank 小计/合计 score cells that could take the computed value. */
  blankStated: { row: number; col: number; value: number }[];
}

function isValid(it: Item): boolean {
  return validScore(it.score, it.max) !== null;
}

/**
 * One 自评表 read and checked (SPEC §3.2, §3.4): its item maxima, the template (category maxima,
 * the counts of * and ※ items), scores and categories, capped category totals and the best
 * total still possible, stated 小计/合计 against the computed ones; then the eligibility rules
 * (eligibility.ts) give its reasons.
 */
export function evaluateSheet(sheet: SelfSheet, scheme: ChamberScheme): SheetEval {
  const name = sheet.grid.name;
  const issues: Issue[] = [];
  const expected = scheme.categories.map((c) => c.name).join("、");

  for (const b of sheet.badMax) issues.push(makeIssue("ITEM_MAX_INVALID", name, b.at, { item: b.item, value: b.value }));

  const byCat = new Map<string, Item[]>();
  /** The best total's parts: items of no known category (valid score, else maximum), then each category. */
  const bestParts: number[] = [];
  let allValid = sheet.badMax.length === 0;
  for (const it of sheet.items) {
    const si = checkScore(it.score, it.max, name, it.scoreAt, { item: it.label });
    if (si) issues.push(si);
    const valid = isValid(it);
    if (!valid) allValid = false;
    if (it.category === null) {
      allValid = false;
      issues.push(
        makeIssue("UNKNOWN_CATEGORY", name, it.categoryAt, { item: it.label, category: it.categoryText, expected }),
      );
      bestParts.push(valid ? (it.score as { value: number }).value : it.max);
      continue;
    }
    let list = byCat.get(it.category);
    if (!list) byCat.set(it.category, (list = []));
    list.push(it);
  }

  // Template: the category maxima and the counts of marked items.
  for (const c of scheme.categories) {
    const list = byCat.get(c.name) ?? [];
    const sum = sumScores(list.map((it) => it.max));
    if (!sameScore(sum, c.max)) {
      issues.push(
        makeIssue("TEMPLATE_CATEGORY_MAX", name, list.length ? list[0].maxAt : null, {
          category: c.name,
          sum: formatScore(sum),
          max: c.max,
        }),
      );
    }
  }
  const vetoCount = sheet.items.filter((it) => it.veto).length;
  if (scheme.vetoCount !== null && vetoCount !== scheme.vetoCount) {
    issues.push(makeIssue("TEMPLATE_VETO_COUNT", name, null, { count: vetoCount, expected: scheme.vetoCount }));
  }
  const basicCount = sheet.items.filter((it) => it.basic).length;
  if (scheme.basicCount !== null && basicCount !== scheme.basicCount) {
    issues.push(makeIssue("TEMPLATE_BASIC_COUNT", name, null, { count: basicCount, expected: scheme.basicCount }));
  }

  // Category totals, capped and exact to the scores' decimals; the best case counts every
  // unscored item at full marks.
  const categories: Record<string, number | null> = {};
  const capped: number[] = [];
  for (const c of scheme.categories) {
    const list = byCat.get(c.name) ?? [];
    const valid: number[] = [];
    const best: number[] = [];
    for (const it of list) {
      const v = isValid(it) ? (it.score as { value: number }).value : null;
      if (v !== null) valid.push(v);
      best.push(v ?? it.max);
    }
    const cat = Math.min(sumScores(valid), c.max);
    categories[c.name] = valid.length === list.length ? cat : null;
    capped.push(cat);
    bestParts.push(Math.min(sumScores(best), c.max));
  }
  const total = sumScores(capped);
  let best = sumScores(bestParts);
  // An item whose maximum cannot be read could be worth anything: nothing is certain.
  if (sheet.badMax.length) best = Number.POSITIVE_INFINITY;

  const blankStated: SheetEval["blankStated"] = [];
  for (const st of sheet.stated) {
    const computed =
      st.kind === "total" ? (allValid ? total : null) : st.category !== null ? categories[st.category] ?? null : null;
    if (st.value.kind === "missing") {
      if (computed !== null) blankStated.push({ row: st.at.row, col: st.at.col, value: computed });
      continue;
    }
    if (computed === null) continue;
    if (st.value.kind === "number" && sameScore(st.value.value, computed)) continue;
    issues.push(
      st.kind === "total"
        ? makeIssue("TOTAL_MISMATCH", name, st.at, { stated: shownValue(st.value), computed: formatScore(computed) })
        : makeIssue("SUBTOTAL_MISMATCH", name, st.at, {
            category: st.category as string,
            stated: shownValue(st.value),
            computed: formatScore(computed),
          }),
    );
  }

  // The verdict's rules, apart from the checks above (eligibility.ts).
  const rules = eligibility(sheet.items, scheme, { total, best, allValid });

  return {
    sheet,
    issues,
    errors: issues.filter((i) => i.severity === "error"),
    total: allValid ? total : null,
    best,
    categories,
    ...rules,
    blankStated,
  };
}
