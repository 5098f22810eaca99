import type { CaseScheme, ChamberScheme, Scheme } from "./schema";

/** 全国"四好"商会认定 2019—2020: the notice's categories, veto/basic rules and 350 line. */
const SIHAO_2020: ChamberScheme = {
  id: "sihao-2020",
  kind: "chamber",
  title: { zh: '全国"四好"商会认定 2019—2020', en: 'National "Four Goods" chamber recognition 2019–2020' },
  shortTitle: { zh: "四好商会认定 2019—2020", en: "Four Goods chambers 2019–2020" },
  categories: [
    { name: "政治引领好", max: 125 },
    { name: "队伍建设好", max: 110 },
    { name: "服务发展好", max: 115 },
    { name: "自律规范好", max: 90 },
    { name: "加分项", max: 60 },
  ],
  totalMax: 500,
  threshold: 350,
  markers: { veto: ["*", "＊"], basic: ["※"] },
  vetoCount: 7,
  basicCount: 7,
  maxBasicShortfall: 4,
  rankMethod: "competition",
  quotas: { default: null, groups: {} },
  headers: {
    summary: {
      seq: ["序号"],
      group: ["省份", "省（区、市）", "所在省份", "推荐单位", "地区"],
      name: ["商会名称", "名称", "单位名称"],
      type: ["商会类型", "类型"],
      statedTotal: ["自评分", "自评总分", "自评得分"],
      sheetRef: ["自评表", "自评表名称", "工作表"],
    },
    selfAssessment: {
      max: ["分值", "标准分", "满分"],
      score: ["自评分", "自评得分", "自评"],
      item: ["评分项目", "认定标准", "评分内容", "考核内容", "指标内容", "二级指标"],
      category: ["一级指标", "类别", "评价指标", "项目"],
      number: ["序号", "编号"],
    },
    quota: { group: ["省份", "省（区、市）", "地区", "推荐单位"], quota: ["名额", "推荐名额", "分配名额"] },
  },
  summarySheetHint: "汇总",
  resultColumns: {
    total: "核验总分",
    veto: "否决项",
    basic: "基础项未满分",
    status: "资格审查",
    rank: "组内排名",
    quota: "名额内",
    note: "校验说明",
  },
  reportSheet: "校验报告",
};

/** "创新中国"工商联（商会）工作案例推介 2021: the notice's categories, criteria and list sizes. */
const CHUANGXIN_2021: CaseScheme = {
  id: "chuangxin-2021",
  kind: "case",
  title: {
    zh: '"创新中国"工商联（商会）工作案例推介 2021',
    en: '"Innovation China" federation and chamber case recommendation 2021',
  },
  shortTitle: { zh: "创新中国案例推介 2021", en: "Innovation China cases 2021" },
  // Order matters: "副省级" contains "省级".
  categories: [
    { name: "副省级、地市级工商联", match: ["副省级", "地市级"], shortlist: 30, final: 20 },
    { name: "区县级工商联", match: ["区县级"], shortlist: 30, final: 20 },
    { name: "省级工商联", match: ["省级"], shortlist: 32, final: 10 },
    {
      name: "商会",
      match: ["商会", "青年企业家组织", "行业商会", "异地商会", "镇街商会"],
      shortlist: 70,
      final: 50,
    },
  ],
  criteria: [
    { name: "创新特性", max: 40 },
    { name: "典型意义", max: 30 },
    { name: "实践成果", max: 30 },
  ],
  minExperts: 3,
  trim: "auto",
  trimFrom: 5,
  outlierRatio: 0.3,
  minSubscriptions: 30,
  reasonMaxChars: 500,
  caseMaxChars: 2000,
  recommenderLimit: { default: 1, raised: { category: "省级工商联", limit: 2 } },
  rankMethod: "competition",
  normalize: "none",
  consistency: { minCorrelation: 0.3, minSharedCases: 5 },
  headers: {
    cases: {
      seq: ["序号"],
      name: ["案例名称", "案例标题"],
      unit: ["完成单位", "推介单位名称"],
      category: ["类别", "推介类别", "组别"],
      recommender: ["推荐单位"],
      subscriptions: ["订阅份数", "订阅数"],
      reasonText: ["推荐理由"],
      reasonLength: ["推荐理由字数"],
      caseText: ["案例介绍", "报送案例介绍"],
      caseLength: ["案例字数"],
    },
    expertLabels: ["专家", "评审专家"],
  },
  summarySheetHint: "汇总",
  resultColumns: {
    experts: "专家数",
    score: "平均分",
    normalized: "标准化分",
    rank: "类别内排名",
    shortlist: "入围初选",
    final: "入选终审",
    status: "资格审查",
    note: "校验说明",
  },
  reportSheet: "校验报告",
};

/**
 * Trusted data, not run through the schema at every start-up: a test holds each equal, key
 * order included, to what the schema makes of it.
 */
export const BUILTIN_SCHEMES: readonly Scheme[] = [SIHAO_2020, CHUANGXIN_2021];

export function builtinScheme(id: string): Scheme | undefined {
  return BUILTIN_SCHEMES.find((s) => s.id === id);
}

export const SIHAO_ID = SIHAO_2020.id;
export const CHUANGXIN_ID = CHUANGXIN_2021.id;
