/**
 * A small 四好 workbook for the playground when samples/sihao-province.xlsx is absent:
 * two provinces, a quota sheet and one 自评表 per chamber, with a few defects a reviewer
 * should see (a score above its maximum, a blank score, a veto item at 0, a tie at the line).
 */
import { builtinScheme, gridFromValues, type Cell, type ChamberScheme, type Grid, type PlanValue } from "../../src/core";
import { SIHAO_SAMPLE_ITEMS, selfAssessmentSheet } from "../../src/core/testing";

interface Chamber {
  province: string;
  name: string;
  sheet: string;
  /** Points taken off non-marked items, from full marks. */
  off: number;
  /** Item scores that differ from the rule above. */
  set?: Record<number, PlanValue>;
}

const CHAMBERS: Chamber[] = [
  { province: "四川省", name: "四川省科技装备业商会", sheet: "科技装备业商会", off: 20 },
  { province: "四川省", name: "四川省餐饮商会", sheet: "餐饮商会", off: 35, set: { 3: 16 } },
  { province: "四川省", name: "四川省温州商会", sheet: "温州商会", off: 20 },
  { province: "四川省", name: "四川省女企业家商会", sheet: "女企业家商会", off: 60, set: { 1: 0 } },
  { province: "浙江省", name: "浙江省五金机电商会", sheet: "五金机电商会", off: 10 },
  { province: "浙江省", name: "浙江省服装行业商会", sheet: "服装行业商会", off: 30, set: { 12: null } },
  { province: "浙江省", name: "浙江省青年企业家商会", sheet: "青年企业家商会", off: 170 },
];

function scoresFor(c: Chamber): Map<number, PlanValue> {
  const m = new Map<number, PlanValue>();
  let off = c.off;
  // Take points off plain items from the last one up, so veto and basic items stay full.
  for (const it of [...SIHAO_SAMPLE_ITEMS].reverse()) {
    let v = it.max;
    if (it.mark === "" && off > 0) {
      const take = Math.min(off, it.max - 1);
      v -= take;
      off -= take;
    }
    m.set(it.no, v);
  }
  for (const [k, v] of Object.entries(c.set ?? {})) m.set(Number(k), v);
  return m;
}

function total(m: Map<number, PlanValue>): number {
  let sum = 0;
  for (const v of m.values()) if (typeof v === "number") sum += v;
  return sum;
}

export function sampleGrids(): Grid[] {
  const scheme = builtinScheme("sihao-2020") as ChamberScheme;
  const summary: Cell[][] = [["全国“四好”商会推荐名单汇总表"], ["序号", "省份", "商会名称", "商会类型", "自评分"]];
  const selves: Grid[] = [];
  CHAMBERS.forEach((c, i) => {
    const scores = scoresFor(c);
    summary.push([i + 1, c.province, c.name, "行业商会", total(scores)]);
    const spec = selfAssessmentSheet(scheme, { name: c.sheet, chamber: c.name, scores });
    selves.push(gridFromValues(spec.name, spec.values, { merges: spec.merges }));
  });
  const quota: Grid = gridFromValues("推荐名额分配表", [["省份", "推荐名额"], ["四川省", 1], ["浙江省", 2]]);
  return [gridFromValues("推荐名单汇总表", summary), quota, ...selves];
}
