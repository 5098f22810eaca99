/**
 * A national-scale 四好 workbook, generated: N chambers across 31 provinces, one 44-item
 * 自评表 each, a summary and a quota sheet, with the usual share of defects. Deterministic.
 */
import { Cell, Grid, SheetSpec, builtinScheme, gridFromValues } from "../src/core";
import { SIHAO_SAMPLE_ITEMS, selfAssessmentSheet } from "../src/core/testing";
import type { ChamberScheme } from "../src/core";
import { existsSync, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { createXlsx } from "../src/xlsx";
import { rng } from "../scripts/samples/scores";

export const PROVINCES = [
  "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省",
  "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市",
  "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
];

export interface NationalOptions {
  seed?: number;
  /**
   * Share of item scores given a defect of one kind in turn (missing, out of range, not a
   * number, too many decimals), each an issue on that cell: 0.2 gives about 13,000 issues
   * at 1,500 chambers, 1 gives about 66,000. Absent: the usual few defects.
   */
  defectRate?: number;
  /** Every item scored with two decimals (a SCORE_PRECISION warning each): 1,500 × 44 = 66,000 issues. */
  everyItemWarns?: boolean;
}

/** One defect per call, in turn: every kind gives exactly one issue on the score cell. */
function defect(max: number, k: number): string | number | null {
  switch (k % 4) {
    case 0:
      return null;
    case 1:
      return max + 1;
    case 2:
      return "满分";
    default:
      return max - 0.25;
  }
}

export function nationalSheets(n: number, opts: NationalOptions | number = {}): SheetSpec[] {
  const { seed = 20201015, defectRate, everyItemWarns } = typeof opts === "number" ? { seed: opts } : opts;
  let defects = 0;
  const scheme = builtinScheme("sihao-2020") as ChamberScheme;
  const rand = rng(seed);
  const summary: (string | number | null)[][] = [["全国“四好”商会推荐名单汇总表"], ["序号", "省份", "商会名称", "商会类型", "自评分", "自评表"]];
  const selves: SheetSpec[] = [];
  for (let i = 0; i < n; i++) {
    const province = PROVINCES[i % PROVINCES.length];
    const chamber = `${province}第${i + 1}号商会`;
    const sheet = `自评表${String(i + 1).padStart(5, "0")}`;
    const scores = new Map<number, string | number | null>();
    let total = 0;
    for (const it of SIHAO_SAMPLE_ITEMS) {
      const r = rand();
      // Most items full or nearly; a few defects of every kind.
      let v: string | number | null = r < 0.7 ? it.max : Math.max(0, it.max - Math.ceil(rand() * 5));
      const d = rand();
      if (everyItemWarns) v = it.max - 0.25;
      else if (defectRate !== undefined) {
        if (d < defectRate) v = defect(it.max, defects++);
      } else if (d < 0.002) v = null;
      else if (d < 0.004) v = `${v}分`;
      else if (d < 0.005) v = "#REF!";
      scores.set(it.no, v);
      total += typeof v === "number" ? v : 0;
    }
    summary.push([i + 1, province, chamber, "行业商会", rand() < 0.05 ? total - 1 : total, sheet]);
    selves.push(selfAssessmentSheet(scheme, { name: sheet, chamber, scores, subtotals: true }));
  }
  const quota: (string | number)[][] = [["省份", "推荐名额"], ...PROVINCES.map((p) => [p, Math.round(n / 31 / 1.2)])];
  return [
    { name: "推荐名单汇总表", values: summary, merges: [], widths: [] },
    { name: "推荐名额分配表", values: quota, merges: [], widths: [] },
    ...selves,
  ];
}

export function specsToGrids(specs: SheetSpec[]): Grid[] {
  return specs.map((s) => gridFromValues(s.name, s.values as Cell[][], { merges: s.merges }));
}

/**
 * The national workbook as an .xlsx file in `dir`, written once (it is deterministic) and reused:
 * the pane bench and the browser test open it in the playground.
 */
export function nationalXlsx(dir: string, opts: NationalOptions = {}): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, opts.everyItemWarns ? "national-66k.xlsx" : "national.xlsx");
  if (!existsSync(path)) writeFileSync(path, createXlsx(nationalSheets(1500, opts)));
  return path;
}
