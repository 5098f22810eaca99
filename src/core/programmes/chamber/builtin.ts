import type { ChamberScheme } from "./scheme";

/** 全国"四好"商会认定 2019—2020: the notice's categories, veto/basic rules and 350 line. */
export const SIHAO_2020: ChamberScheme = {
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

export const SIHAO_ID = SIHAO_2020.id;
