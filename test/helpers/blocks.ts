/**
 * Workbooks laid out the way offices really lay them out: headers over two and three rows,
 * group labels merged across the labels below them, single labels merged down, a title
 * merged wider than the header, provinces written short in one sheet and in full in another,
 * 自评表 that carry no chamber name. One 四好 and one 创新中国 workbook, as sheet specs, so
 * the same content can be written by the project's own writer and by LibreOffice.
 */
import { MergeArea, PlanValue, SheetSpec } from "../../src/core";
import { SIHAO_SAMPLE_ITEMS, selfAssessmentSheet } from "../../src/core/testing";
import { SIHAO, scoresTotalling } from "./grids";

const area = (r0: number, c0: number, r1: number, c1: number): MergeArea => ({ r0, c0, r1, c1 });
const spec = (name: string, values: PlanValue[][], merges: MergeArea[] = []): SheetSpec => ({ name, values, merges, widths: [] });

/** Where each field of a 自评表 body goes; other columns stay blank. */
interface BodyCols {
  no: number;
  category: number;
  item: number;
  max: number;
  score: number;
  width: number;
}

/** The 44 sample items under a given header, category cells merged down, scores totalling `total`. */
function selfSheet(name: string, header: PlanValue[][], headerMerges: MergeArea[], cols: BodyCols, total: number): SheetSpec {
  const s = scoresTotalling(total);
  const values = header.map((r) => [...r]);
  const merges = [...headerMerges];
  for (const c of SIHAO.categories) {
    const items = SIHAO_SAMPLE_ITEMS.filter((it) => it.category === c.name);
    const start = values.length;
    items.forEach((it, i) => {
      const row: PlanValue[] = new Array<PlanValue>(cols.width).fill(null);
      row[cols.no] = `${it.mark}${it.no}`;
      if (i === 0) row[cols.category] = `${c.name}（${c.max}分）`;
      row[cols.item] = it.text;
      row[cols.max] = it.max;
      row[cols.score] = s.get(it.no) as number;
      values.push(row);
    });
    merges.push(area(start, cols.category, start + items.length - 1, cols.category));
  }
  return spec(name, values, merges);
}

const STD: BodyCols = { no: 0, category: 1, item: 2, max: 3, score: 4, width: 6 };
const TITLE = "全国“四好”商会自评表";

/** Two rows: 评分 merged over 分值 and 自评分; the other labels merged down. No chamber name. */
function selfTwoRows(name: string, total: number): SheetSpec {
  return selfSheet(
    name,
    [
      [TITLE, null, null, null, null, null],
      ["序号", "一级指标", "评分项目", "评分", null, "备注"],
      [null, null, null, "分值", "自评分", null],
    ],
    [area(0, 0, 0, 5), area(1, 0, 2, 0), area(1, 1, 2, 1), area(1, 2, 2, 2), area(1, 3, 1, 4), area(1, 5, 2, 5)],
    STD,
    total,
  );
}

/** Three rows: 评分情况 over 标准分 (merged down) and 自评情况, which is over 自评得分 and 备注. */
function selfThreeRows(name: string, total: number): SheetSpec {
  return selfSheet(
    name,
    [
      [TITLE, null, null, null, null, null],
      ["序号", "评价指标", "考核内容", "评分情况", null, null],
      [null, null, null, "标准分", "自评情况", null],
      [null, null, null, null, "自评得分", "备注"],
    ],
    [area(0, 0, 0, 5), area(1, 0, 3, 0), area(1, 1, 3, 1), area(1, 2, 3, 2), area(1, 3, 1, 5), area(2, 3, 3, 3), area(2, 4, 2, 5)],
    STD,
    total,
  );
}

/** Two rows without a single merged cell ("centre across selection"): 评分 over 分值 and 自评分. */
function selfTwoRowsUnmerged(name: string, total: number): SheetSpec {
  return selfSheet(
    name,
    [
      [TITLE, null, null, null, null],
      ["序号", "一级指标", "评分项目", "评分", null],
      [null, null, null, "分值", "自评分"],
    ],
    [],
    { ...STD, width: 5 },
    total,
  );
}

/** The 推荐名单汇总表 header: two rows (自评情况 over 自评分 and 自评表) or three (评审情况 over that and 备注). */
function summaryHeader(depth: 2 | 3): { rows: PlanValue[][]; merges: MergeArea[] } {
  const down = (c: number) => area(2, c, depth + 1, c);
  if (depth === 2) {
    return {
      rows: [
        ["序号", "省份", "商会名称", "商会类型", "自评情况", null],
        [null, null, null, null, "自评分", "自评表"],
      ],
      merges: [down(0), down(1), down(2), down(3), area(2, 4, 2, 5)],
    };
  }
  return {
    rows: [
      ["序号", "省份", "商会名称", "商会类型", "评审情况", null, null],
      [null, null, null, null, "自评情况", null, "备注"],
      [null, null, null, null, "自评分", "自评表", null],
    ],
    merges: [down(0), down(1), down(2), down(3), area(2, 4, 2, 6), area(3, 4, 3, 5), area(3, 6, 4, 6)],
  };
}

/** The 推荐名额分配表 header: 推荐名额 under one group label (two rows) or two (three rows). */
function quotaHeader(depth: 2 | 3): { rows: PlanValue[][]; merges: MergeArea[] } {
  const down = (c: number) => area(1, c, depth, c);
  if (depth === 2) {
    return {
      rows: [
        ["序号", "省（区、市）", "2019—2020年度", null],
        [null, null, "推荐名额", "备注"],
      ],
      merges: [down(0), down(1), area(1, 2, 1, 3)],
    };
  }
  return {
    rows: [
      ["序号", "省（区、市）", "推荐名额分配", null],
      [null, null, "2019—2020年度", null],
      [null, null, "推荐名额", "备注"],
    ],
    merges: [down(0), down(1), area(1, 2, 1, 3), area(2, 2, 2, 3)],
  };
}

/**
 * 推荐名单汇总表 with a two- or three-row header under a title merged to column L, provinces
 * short and full; 推荐名额分配表 with a header as deep and full names; five 自评表 whose headers
 * take one, two and three rows.
 */
export function sihaoBlockSheets(depth: 2 | 3 = 2): SheetSpec[] {
  const head = summaryHeader(depth);
  const summary = spec(
    "推荐名单汇总表",
    [
      ["全国“四好”商会推荐名单汇总表", null, null, null, null, null, null, null, null, null, null, null],
      ["填报单位：全国工商联", null, null, null, null, null, null, null, null, null, "单位：分"],
      ...head.rows,
      [1, "四川", "四川省科技装备业商会", "行业商会", 480, "科技装备业"],
      [2, "广西", "广西壮族自治区浙江商会", "异地商会", 470, "浙江商会"],
      [3, "内蒙古", "内蒙古自治区乳业商会", "行业商会", 460, "乳业商会"],
      [4, "新疆兵团", "新疆生产建设兵团江苏商会", "异地商会", 450, "江苏商会"],
      [5, "四川省", "四川省茶叶商会", "行业商会", 445, "茶叶商会"],
      [],
      [null, null, null, null, null, null, null, null, "注：名额以推荐名额分配表为准"],
    ],
    [area(0, 0, 0, 11), ...head.merges],
  );
  const qh = quotaHeader(depth);
  const quota = spec(
    "推荐名额分配表",
    [
      ["推荐名额分配表", null, null, null],
      ...qh.rows,
      [1, "四川省", 1, null],
      [2, "广西壮族自治区", 1, null],
      [3, "内蒙古自治区", 1, null],
      [4, "新疆生产建设兵团", 1, "含兵团直属商会"],
    ],
    [area(0, 0, 0, 3), ...qh.merges],
  );
  const control = selfAssessmentSheet(SIHAO, {
    name: "江苏商会",
    chamber: "新疆生产建设兵团江苏商会",
    scores: scoresTotalling(450) as Map<number, PlanValue>,
  });
  return [
    summary,
    quota,
    selfTwoRows("科技装备业", 480),
    selfThreeRows("浙江商会", 470),
    selfTwoRowsUnmerged("乳业商会", 460),
    control,
    selfTwoRows("茶叶商会", 440),
  ];
}

/** Scores per case 序号: [创新特性, 典型意义, 实践成果]. */
type Scores = Record<number, [number, number, number]>;

function expertRows(scores: Scores, names: Record<number, string>, withTotal: boolean): PlanValue[][] {
  return Object.entries(scores).map(([k, s]) => {
    const row: PlanValue[] = [Number(k), names[Number(k)], ...s];
    if (withTotal) row.push(s[0] + s[1] + s[2]);
    return row;
  });
}

const CASE_NAMES: Record<number, string> = { 1: "案例甲", 2: "案例乙", 3: "案例丙", 4: "案例丁" };

/** The 推介汇总表 header: 报送材料 over three labels (two rows), or under 报送情况 beside 订阅份数 (three). */
function caseHeader(depth: 2 | 3): { rows: PlanValue[][]; merges: MergeArea[] } {
  const down = (c: number) => area(1, c, depth, c);
  const lead = ["序号", "案例名称", "完成单位", "推介类别", "推荐单位"];
  if (depth === 2) {
    return {
      rows: [
        [...lead, "报送材料", null, null],
        [null, null, null, null, null, "订阅份数", "推荐理由", "案例介绍"],
      ],
      merges: [down(0), down(1), down(2), down(3), down(4), area(1, 5, 1, 7)],
    };
  }
  return {
    rows: [
      [...lead, "报送情况", null, null],
      [null, null, null, null, null, "订阅份数", "报送材料", null],
      [null, null, null, null, null, null, "推荐理由", "案例介绍"],
    ],
    merges: [down(0), down(1), down(2), down(3), down(4), area(1, 5, 1, 7), area(2, 5, 3, 5), area(2, 6, 2, 7)],
  };
}

/**
 * 推介汇总表 with a two- or three-row header under a title merged to column K; expert sheets
 * whose headers take two, three and one rows.
 */
export function chuangxinBlockSheets(depth: 2 | 3 = 2): SheetSpec[] {
  const head = caseHeader(depth);
  const cases = spec(
    "推介汇总表",
    [
      ["2021年度“创新中国”工商联（商会）工作案例推介汇总表", null, null, null, null, null, null, null, null, null, null],
      ...head.rows,
      [1, "案例甲", "甲单位", "省级工商联", "甲省工商联", 50, "理由甲", "介绍甲"],
      [2, "案例乙", "乙单位", "异地商会", "乙商会", 20, "理由乙", "介绍乙"],
      [3, "案例丙", "丙单位", "区县级工商联", "丙县工商联", "四十", "理由丙", "介绍丙"],
      [4, "案例丁", "丁单位", "副省级工商联", "丁市工商联", 60, "理由丁", "介绍丁"],
    ],
    [area(0, 0, 0, 10), ...head.merges],
  );
  const two = spec(
    "专家一",
    [
      ["评审专家：张三"],
      ["序号", "案例名称", "评分", null, null, "合计"],
      [null, null, "创新特性", "典型意义", "实践成果", null],
      ...expertRows({ 1: [35, 25, 25], 2: [30, 20, 20], 3: [32, 24, 22], 4: [38, 28, 27] }, CASE_NAMES, true),
    ],
    [area(1, 0, 2, 0), area(1, 1, 2, 1), area(1, 2, 1, 4), area(1, 5, 2, 5)],
  );
  const three = spec(
    "专家二",
    [
      ["评审专家：李四"],
      ["序号", "案例名称", "专家评分", null, null, null],
      [null, null, "评分项（满分）", null, null, "合计"],
      [null, null, "创新特性", "典型意义", "实践成果", null],
      ...expertRows({ 1: [34, 26, 24], 2: [31, 21, 19], 3: [33, 23, 23], 4: [37, 27, 28] }, CASE_NAMES, true),
    ],
    [area(1, 0, 3, 0), area(1, 1, 3, 1), area(1, 2, 1, 5), area(2, 2, 2, 4), area(2, 5, 3, 5)],
  );
  const one = spec("专家三", [
    ["专家：王五"],
    ["序号", "案例名称", "创新特性", "典型意义", "实践成果"],
    ...expertRows({ 1: [36, 24, 26], 2: [29, 22, 21], 3: [31, 25, 24], 4: [39, 29, 26] }, CASE_NAMES, false),
  ]);
  return [cases, two, three, one];
}
