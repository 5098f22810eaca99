/**
 * Three legal 自评表 layouts seen in real submissions (SPEC §3.2), built from the 44
 * example items: the reader must take all of them.
 */
import { ChamberScheme, PlanValue, SheetSpec, builtinScheme } from "../../src/core";
import { SIHAO_SAMPLE_ITEMS, selfAssessmentSheet } from "../../src/core/testing";
import { Scores } from "./scores";

export const SIHAO = builtinScheme("sihao-2020") as ChamberScheme;

const NUMERALS = ["一", "二", "三", "四", "五", "六"];

function itemsOf(category: string) {
  return SIHAO_SAMPLE_ITEMS.filter((it) => it.category === category);
}

function num(v: PlanValue): number {
  return typeof v === "number" ? v : typeof v === "string" ? parseFloat(v.normalize("NFKC")) || 0 : 0;
}

function categorySum(scores: Scores, category: string): number {
  return Math.round(itemsOf(category).reduce((a, it) => a + num(scores.get(it.no) ?? null), 0) * 10) / 10;
}

export interface LayoutOptions {
  name: string;
  chamber: string;
  scores: Scores;
  /** 小计 rows after each category and a 合计 row. */
  subtotals?: boolean;
  /** Write the stated 小计/合计 values (else they stay blank, for --fill-subtotals). */
  statedTotals?: boolean;
  /** Write the veto marker as full-width `＊`. */
  fullWidthMarkers?: boolean;
}

/** A: the common layout (core `selfAssessmentSheet`): 商会名称 | X, header on row 3, merged categories. */
export function layoutA(o: LayoutOptions): SheetSpec {
  const spec = selfAssessmentSheet(SIHAO, { name: o.name, chamber: o.chamber, scores: o.scores, subtotals: o.subtotals });
  let category = 0;
  for (const row of spec.values) {
    if (o.fullWidthMarkers && typeof row[0] === "string") row[0] = row[0].replace("*", "＊");
    if (!o.statedTotals) continue;
    if (row[2] === "小计") row[4] = categorySum(o.scores, SIHAO.categories[category++].name);
    if (row[2] === "合计") row[4] = SIHAO.categories.reduce((a, c) => a + categorySum(o.scores, c.name), 0);
  }
  return spec;
}

/**
 * B: 商会名称：X in one cell, two more lines above the header (row 5), columns in another
 * order under other header words, the category written on every row, an extra column.
 */
export function layoutB(o: LayoutOptions & { contact: string }): SheetSpec {
  const values: PlanValue[][] = [
    ["全国“四好”商会认定自评表（2019—2020年度）", null, null, null, null, null],
    [`商会名称：${o.chamber}`, null, null, null, null, null],
    [o.contact, null, null, null, null, null],
    [],
    ["评分内容", "编号", "一级指标", "标准分", "自评得分", "佐证材料"],
  ];
  for (const c of SIHAO.categories) {
    for (const it of itemsOf(c.name)) {
      values.push([it.text, `${it.mark}${it.no}`, c.name, it.max, o.scores.get(it.no) ?? null, null]);
    }
  }
  if (o.subtotals) values.push(["合计", null, null, SIHAO.totalMax, o.statedTotals ? total(o.scores) : null, null]);
  return {
    name: o.name,
    values,
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }],
    widths: [56, 8, 14, 8, 10, 20],
  };
}

function total(scores: Scores): number {
  return SIHAO.categories.reduce((a, c) => a + categorySum(scores, c.name), 0);
}

/**
 * C: no category column; section heading rows such as `一、政治引领好（125分）` in the
 * item column, 商会名称 then the name two cells to its right, header on row 3.
 */
export function layoutC(o: LayoutOptions): SheetSpec {
  const values: PlanValue[][] = [
    ["2019—2020年度全国“四好”商会自评表", null, null, null, null],
    ["商会名称", null, o.chamber, null, null],
    ["序号", "认定标准", "满分", "自评分", "说明"],
  ];
  const merges = [
    { r0: 0, c0: 0, r1: 0, c1: 4 },
    { r0: 1, c0: 2, r1: 1, c1: 4 },
  ];
  SIHAO.categories.forEach((c, i) => {
    values.push([null, `${NUMERALS[i]}、${c.name}（${c.max}分）`, null, null, null]);
    for (const it of itemsOf(c.name)) {
      const mark = o.fullWidthMarkers && it.mark === "*" ? "＊" : it.mark;
      values.push([`${mark}${it.no}`, it.text, it.max, o.scores.get(it.no) ?? null, null]);
    }
    if (o.subtotals) values.push([null, "小计", c.max, o.statedTotals ? categorySum(o.scores, c.name) : null, null]);
  });
  if (o.subtotals) values.push([null, "合计", SIHAO.totalMax, o.statedTotals ? total(o.scores) : null, null]);
  return { name: o.name, values, merges, widths: [8, 60, 8, 10, 16] };
}
