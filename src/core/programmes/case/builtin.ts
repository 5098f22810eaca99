import type { CaseScheme } from "./scheme";

/** "创新中国"工商联（商会）工作案例推介 2021: the notice's categories, criteria and list sizes. */
export const CHUANGXIN_2021: CaseScheme = {
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
export const CHUANGXIN_ID = CHUANGXIN_2021.id;
