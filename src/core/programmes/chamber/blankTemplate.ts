/** The blank 四好 workbook: the summary, the quota sheet and a 自评表, headed with the scheme's first aliases. */
import type { MergeArea } from "../../kernel/grid";
import type { PlanValue } from "../../kernel/sheetSpec";
import type { SheetSpec } from "../../kernel/sheetSpec";
import { SIHAO_SAMPLE_ITEMS, SampleItem } from "./sampleItems";
import type { ChamberScheme } from "./scheme";

function itemsFor(scheme: ChamberScheme): SampleItem[] {
  const sample = new Map<string, number>();
  for (const it of SIHAO_SAMPLE_ITEMS) sample.set(it.category, (sample.get(it.category) ?? 0) + it.max);
  const same = scheme.categories.every((c) => sample.get(c.name) === c.max) && sample.size === scheme.categories.length;
  if (same) return [...SIHAO_SAMPLE_ITEMS];
  return scheme.categories.map((c, i) => ({ no: i + 1, category: c.name, text: "", max: c.max, mark: "" as const }));
}

export interface SelfSheetOptions {
  name: string;
  chamber: string;
  title?: string;
  /** Scores by item number; absent items stay blank. */
  scores?: Map<number, PlanValue>;
  items?: readonly SampleItem[];
  /** Add 小计 rows after each category and a 合计 row (blank scores). */
  subtotals?: boolean;
}

/** A 自评表 in the common layout: title, 商会名称, header on row 3, category cells merged. */
export function selfAssessmentSheet(scheme: ChamberScheme, o: SelfSheetOptions): SheetSpec {
  const items = o.items ?? itemsFor(scheme);
  const h = scheme.headers.selfAssessment;
  const values: PlanValue[][] = [
    [o.title ?? "全国“四好”商会自评表", null, null, null, null, null],
    ["商会名称：", o.chamber, null, null, null, null],
    [h.number[0], h.category[0], h.item[0], h.max[0], h.score[0], "备注"],
  ];
  const merges: MergeArea[] = [{ r0: 0, c0: 0, r1: 0, c1: 5 }];
  for (const c of scheme.categories) {
    const list = items.filter((it) => it.category === c.name);
    const start = values.length;
    list.forEach((it, i) => {
      values.push([`${it.mark}${it.no}`, i === 0 ? `${c.name}（${c.max}分）` : null, it.text, it.max, o.scores?.get(it.no) ?? null, null]);
    });
    if (list.length > 1) merges.push({ r0: start, c0: 1, r1: start + list.length - 1, c1: 1 });
    if (o.subtotals) values.push([null, null, "小计", c.max, null, null]);
  }
  if (o.subtotals) values.push([null, null, "合计", scheme.totalMax, null, null]);
  return { name: o.name, values, merges, widths: [8, 18, 60, 8, 10, 16] };
}

export function chamberTemplate(scheme: ChamberScheme): SheetSpec[] {
  const h = scheme.headers;
  return [
    {
      name: "推荐名单汇总表",
      values: [
        ["全国“四好”商会推荐名单汇总表", null, null, null, null, null],
        [h.summary.seq[0], h.summary.group[0], h.summary.name[0], h.summary.type[0], h.summary.statedTotal[0], h.summary.sheetRef[0]],
      ],
      merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }],
      widths: [8, 14, 36, 14, 10, 24],
    },
    {
      name: "推荐名额分配表",
      values: [[h.quota.group[0], h.quota.quota[0]]],
      merges: [],
      widths: [16, 12],
    },
    selfAssessmentSheet(scheme, { name: "自评表（模板）", chamber: "", subtotals: true }),
  ];
}

