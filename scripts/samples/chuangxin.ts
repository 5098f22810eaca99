/**
 * samples/chuangxin-cases.xlsx: a 推介汇总表 of 20 cases and 5 expert sheets, with trimming,
 * a tie at the 省级 final line, too few experts, a case not subscribed, a reason that is
 * too long and a recommender with one case too many.
 */
import { PlanValue, SheetSpec } from "../../src/core";

export interface SampleCase {
  name: string;
  unit: string;
  category: string;
  recommender: string;
  subscriptions: number;
  /** Expert totals are this plus each expert's offset. */
  base: number;
  /** Experts who scored the case (indexes into EXPERTS); all of them when absent. */
  scoredBy?: number[];
  /** Characters in the 推荐理由. */
  reasonChars?: number;
  /** Replaces the offset of one expert: an outlier the trimming drops. */
  outlier?: { expert: number; offset: number };
  story: string;
}

export const EXPERTS = ["张伟", "李娜", "王强", "刘洋", "陈静"];

/** Symmetric offsets: the trimmed mean (highest and lowest dropped) is the base exactly. */
const OFFSETS = [2, 1, 0, -1, -2];

const PROVINCIAL = ["浙江", "江苏", "广东", "福建", "山东", "四川", "湖北", "河南", "安徽", "湖南", "江西", "重庆"];
const PROVINCIAL_BASE = [92, 90, 89, 88, 87, 86, 85, 84, 83, 82, 82, 80];
const PROVINCIAL_TOPICS = [
  "“亲清”政商关系评价体系建设",
  "民营企业维权服务平台",
  "“万企兴万村”行动推进机制",
  "商会调解“一站式”服务",
  "民营经济人士理想信念教育基地",
  "“百会万企”助力乡村振兴",
  "民营企业法律体检全覆盖",
  "商会党建“双覆盖”提质工程",
  "年轻一代企业家“薪火”计划",
  "营商环境监测点制度",
  "“赣商回归”服务机制",
  "“渝商名片”品牌建设",
];

function provincial(): SampleCase[] {
  return PROVINCIAL.map((p, i) => ({
    name: `${p}省工商联：${PROVINCIAL_TOPICS[i]}`.replace("重庆省", "重庆市"),
    unit: `${p === "重庆" ? "重庆市" : p + "省"}工商联`,
    category: "省级工商联",
    recommender: `${p === "重庆" ? "重庆市" : p + "省"}工商联`,
    subscriptions: 30 + ((i * 7) % 40),
    base: PROVINCIAL_BASE[i],
    outlier: i === 0 ? { expert: 4, offset: -30 } : undefined,
    story:
      i === 0
        ? "one expert 30 points low: trimmed away, outlier warning"
        : i === 9 || i === 10
          ? "tied at 82 across the final line of 10"
          : "provincial case",
  }));
}

export const CASES: SampleCase[] = [
  ...provincial(),
  {
    name: "宁波市工商联：“甬商回归”项目服务专班",
    unit: "宁波市工商联",
    category: "副省级工商联",
    recommender: "浙江省工商联",
    subscriptions: 45,
    base: 84,
    story: "浙江省工商联 recommends 2 with one 省级: allowed",
  },
  {
    name: "温州市工商联：民营经济“两个健康”先行区",
    unit: "温州市工商联",
    category: "地市级工商联",
    recommender: "温州市工商联",
    subscriptions: 50,
    base: 86,
    story: "qualified",
  },
  {
    name: "苏州市工商联：商会服务“一网通办”",
    unit: "苏州市工商联",
    category: "地市级工商联",
    recommender: "苏州市工商联",
    subscriptions: 40,
    base: 81,
    scoredBy: [0, 1],
    story: "scored by 2 experts only: pending",
  },
  {
    name: "昆山市工商联：台资企业服务联盟",
    unit: "昆山市工商联",
    category: "区县级工商联",
    recommender: "苏州市工商联",
    subscriptions: 35,
    base: 79,
    story: "苏州市工商联 recommends 2 cases, limit 1: pending",
  },
  {
    name: "义乌市工商联：小商品市场商户信用共建",
    unit: "义乌市工商联",
    category: "区县级工商联",
    recommender: "金华市工商联",
    subscriptions: 20,
    base: 88,
    story: "20 subscriptions, fewer than 30: disqualified",
  },
  {
    name: "四川省浙江商会：异地商会“双招双引”",
    unit: "四川省浙江商会",
    category: "异地商会",
    recommender: "四川省工商联",
    subscriptions: 60,
    base: 87,
    story: "四川省工商联 recommends 2 with one 省级: allowed",
  },
  {
    name: "广东省家具商会：行业标准与团体标准建设",
    unit: "广东省家具商会",
    category: "行业商会",
    recommender: "佛山市工商联",
    subscriptions: 32,
    base: 85,
    reasonChars: 520,
    story: "推荐理由 of 520 characters, over 500: pending",
  },
  {
    name: "青岛市青年企业家商会：新生代传承培训营",
    unit: "青岛市青年企业家商会",
    category: "青年企业家组织",
    recommender: "青岛市工商联",
    subscriptions: 31,
    base: 83,
    story: "青年企业家组织 counts as 商会",
  },
];

const REASON_SENTENCE = "该案例立足工商联职能，创新工作方法，服务民营经济高质量发展成效明显，具有示范推广价值。";

function reason(chars: number): string {
  let text = "";
  while (text.length < chars) text += REASON_SENTENCE;
  return text.slice(0, chars);
}

function caseSheet(): SheetSpec {
  const values: PlanValue[][] = [
    ["“创新中国”工商联（商会）工作案例推介汇总表", null, null, null, null, null, null, null],
    ["序号", "案例名称", "推介单位名称", "类别", "推荐单位", "订阅份数", "推荐理由", "案例字数"],
  ];
  CASES.forEach((c, i) => {
    values.push([i + 1, c.name, c.unit, c.category, c.recommender, c.subscriptions, reason(c.reasonChars ?? 60 + (i % 5) * 20), 1500 + i * 17]);
  });
  return { name: "推介汇总表", values, merges: [{ r0: 0, c0: 0, r1: 0, c1: 7 }], widths: [6, 44, 24, 16, 18, 10, 50, 10] };
}

/** A total split over 创新特性 (40) · 典型意义 (30) · 实践成果 (30). */
function split(total: number): [number, number, number] {
  const a = Math.min(40, Math.round(total * 0.4));
  const b = Math.min(30, Math.round(total * 0.3));
  return [a, b, total - a - b];
}

export function expertTotal(c: SampleCase, expert: number): number {
  const offset = c.outlier && c.outlier.expert === expert ? c.outlier.offset : OFFSETS[expert];
  return c.base + offset;
}

function expertSheet(expert: number): SheetSpec {
  const values: PlanValue[][] = [
    ["“创新中国”工商联（商会）工作案例推介评分表", null, null, null, null, null],
    [`评审专家：${EXPERTS[expert]}`, null, null, null, null, null],
    ["序号", "案例名称", "创新特性（40分）", "典型意义（30分）", "实践成果（30分）", "合计"],
  ];
  CASES.forEach((c, i) => {
    if (c.scoredBy && !c.scoredBy.includes(expert)) return;
    const total = expertTotal(c, expert);
    values.push([i + 1, c.name, ...split(total), total]);
  });
  return { name: `专家${expert + 1}-${EXPERTS[expert]}`, values, merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }], widths: [6, 44, 14, 14, 14, 8] };
}

export function chuangxinSheets(): SheetSpec[] {
  return [caseSheet(), ...EXPERTS.map((_, i) => expertSheet(i))];
}
