import { MergeArea } from "../grid";
import { PlanValue } from "../plan";
import { CaseScheme, ChamberScheme, Scheme } from "../scheme/schema";
import { SIHAO_SAMPLE_ITEMS, SampleItem } from "./sihaoItems";

/** A formula to write (Excel syntax without the leading "="), 0-based position. */
export interface CellFormula {
  row: number;
  col: number;
  formula: string;
}

/**
 * Data validation of an area: a custom formula written for its top-left cell (Excel applies it
 * relatively to the others), the prompt shown on entry and the error that stops a bad value.
 */
export interface CellRule {
  area: MergeArea;
  formula: string;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** A new sheet to create: values from A1, merged areas and column widths (characters). */
export interface SheetSpec {
  name: string;
  values: PlanValue[][];
  merges: MergeArea[];
  widths: number[];
  /** Scoring sheets only: formulas (the 合计 column), validations, cells left editable, protection. */
  formulas?: CellFormula[];
  rules?: CellRule[];
  /** Cells a user may edit once the sheet is protected (shaded to show where to type). */
  unlocked?: MergeArea[];
  /** Protect the sheet without a password: only `unlocked` cells can change. */
  protect?: boolean;
}

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
  const values: PlanValue[][] = [
    [o.title ?? "全国“四好”商会自评表", null, null, null, null, null],
    ["商会名称：", o.chamber, null, null, null, null],
    ["序号", "一级指标", "评分项目", "分值", "自评分", "备注"],
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

function chamberTemplate(scheme: ChamberScheme): SheetSpec[] {
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

function caseTemplate(scheme: CaseScheme): SheetSpec[] {
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
        ["专家：", null, ...criteria.map(() => null)],
        [h.seq[0], h.name[0], ...criteria],
      ],
      merges: [],
      widths: [8, 36, ...criteria.map(() => 10)],
    },
  ];
}

/** The blank workbook for a scheme (CLI `template`, the add-in's 插入空白模板). */
export function templateSheets(scheme: Scheme): SheetSpec[] {
  return scheme.kind === "chamber" ? chamberTemplate(scheme) : caseTemplate(scheme);
}
