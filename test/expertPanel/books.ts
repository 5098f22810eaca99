/** The workbooks of the panel round trip: a case list, and scoring sheets as experts fill them. */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { createXlsx } from "../../src/xlsx";
import { split } from "./helpers";

/**
 * What an expert does in Excel: types values into the blank editable cells of the first
 * sheet of a scoring workbook (numbers as numbers, text as text), and saves.
 */
export function typeCells(bytes: Uint8Array, cells: Record<string, number | string>): Uint8Array {
  const files = unzipSync(bytes);
  const part = "xl/worksheets/sheet1.xml";
  let xml = strFromU8(files[part]);
  for (const [ref, v] of Object.entries(cells)) {
    const blank = new RegExp(`<c r="${ref}"( s="\\d+")?/>`);
    const m = blank.exec(xml);
    if (!m) throw new Error(`${ref} is not a blank cell of ${part}`);
    const s = m[1] ?? "";
    const cell = typeof v === "number" ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is><t>${v}</t></is></c>`;
    xml = xml.replace(blank, cell);
  }
  files[part] = strToU8(xml);
  return zipSync(files);
}

/** Five cases, one per recommender; case 1 is 甲市工商联's, recommended by 甲省工商联. */
export function caseBook(): Uint8Array {
  return createXlsx([
    {
      name: "推介汇总表",
      values: [
        ["2021年度“创新中国”案例推介汇总表"],
        ["序号", "案例名称", "完成单位", "推介类别", "推荐单位", "订阅份数"],
        [1, "案例一：商会调解中心", "甲市工商联", "地市级工商联", "甲省工商联", 50],
        [2, "案例二：民营企业法律体检", "乙县工商联", "区县级工商联", "乙市工商联", 50],
        [3, "案例三：异地商会招商引资", "丙商会", "异地商会", "丙省工商联", 50],
        [4, "案例四：亲清政商关系评价", "丁省工商联", "省级工商联", "丁省工商联", 50],
        [5, "案例五：行业商会标准建设", "戊商会", "行业商会", "戊市工商联", 50],
      ],
      merges: [],
      widths: [],
    },
  ]);
}

export const EXPERTS = ["张三", "李四", "王五", "赵六"];

/*
 * Totals typed (split over 40/30/30, e.g. 90 → 40, 30, 20):
 *   case:   1     2   3   4   5
 *   张三:   90    80  70  85  75
 *   李四:   88    82  72  84  74
 *   王五:   86    78  68  86  76
 *   赵六:   回避  79  69  83  77    (单位：甲市工商联, case 1's unit)
 * Scores (4 experts, no trimming below 5): case 1 (90+88+86)/3 = 88 (赵六 abstains),
 * case 2 (80+82+78+79)/4 = 79.75, case 3 69.75, case 4 84.5, case 5 75.5.
 */
export const TOTALS: Record<string, (number | string)[]> = {
  张三: [90, 80, 70, 85, 75],
  李四: [88, 82, 72, 84, 74],
  王五: [86, 78, 68, 86, 76],
  赵六: ["回避", 79, 69, 83, 77],
};

/** The cells an expert types on their sheet: case k on row 7 + k, scores in D–F; the unit in D2. */
export function typed(expert: string, firstCase: number | string = TOTALS[expert][0], unit = expert === "赵六" ? "甲市工商联" : null) {
  const cells: Record<string, number | string> = {};
  [firstCase, ...TOTALS[expert].slice(1)].forEach((t, k) => {
    const parts = typeof t === "number" ? split(t) : [t, t, t];
    ["D", "E", "F"].forEach((col, i) => (cells[`${col}${7 + k}`] = parts[i]));
  });
  if (unit) cells.D2 = unit;
  return cells;
}

