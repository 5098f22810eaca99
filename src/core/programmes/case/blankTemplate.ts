/** The blank 创新中国 workbook: the case list and an expert sheet, headed with the scheme's first aliases. */
import type { SheetSpec } from "../../kernel/sheetSpec";
import type { CaseScheme } from "./scheme";

export function caseTemplate(scheme: CaseScheme): SheetSpec[] {
  const h = scheme.headers.cases;
  const criteria = scheme.criteria.map((c) => c.name);
  return [
    {
      name: "推介汇总表",
      values: [[h.seq[0], h.name[0], h.unit[0], h.category[0], h.recommender[0], h.subscriptions[0], h.reasonText[0], h.caseText[0]]],
      merges: [],
      widths: [8, 36, 24, 20, 20, 10, 40, 40],
    },
    {
      name: "专家评分表（模板）",
      values: [
        [`${scheme.headers.expertLabels[0]}：`, null, ...criteria.map(() => null)],
        [h.seq[0], h.name[0], ...criteria],
      ],
      merges: [],
      widths: [8, 36, ...criteria.map(() => 10)],
    },
  ];
}

