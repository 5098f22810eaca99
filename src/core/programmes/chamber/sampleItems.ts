/**
 * The 44-item example table (SPEC §3.2): category maxima and the 7 `*` / 7 `※` items follow
 * the notice; the items and their points are this project's example, not the official annex.
 * Templates and samples use it; the reader never depends on it.
 */
export interface SampleItem {
  no: number;
  category: string;
  text: string;
  max: number;
  mark: "" | "*" | "※";
}

export const SIHAO_SAMPLE_ITEMS: readonly SampleItem[] = [
  { no: 1, category: "政治引领好", text: "建立党组织或加入联合党组织", max: 15, mark: "*" },
  { no: 2, category: "政治引领好", text: "学习贯彻习近平新时代中国特色社会主义思想和党的路线方针政策", max: 15, mark: "" },
  { no: 3, category: "政治引领好", text: "围绕两个健康主题参加工商联重要活动、完成工商联赋予的任务", max: 15, mark: "" },
  { no: 4, category: "政治引领好", text: "开展非公有制经济人士理想信念教育实践活动", max: 15, mark: "※" },
  { no: 5, category: "政治引领好", text: "年轻一代企业家教育培养活动", max: 10, mark: "" },
  { no: 6, category: "政治引领好", text: "舆情收集与正确的舆论宣传引导", max: 10, mark: "" },
  { no: 7, category: "政治引领好", text: "商会章程对建立党的组织、开展党的工作作出明确规定", max: 10, mark: "*" },
  { no: 8, category: "政治引领好", text: "会长班子成员与党组织成员双向进入、交叉任职", max: 15, mark: "" },
  { no: 9, category: "政治引领好", text: "党组织发挥政治引领作用、以党建带会建", max: 10, mark: "" },
  { no: 10, category: "政治引领好", text: "支持会员企业加强党建工作", max: 10, mark: "" },
  { no: 11, category: "队伍建设好", text: "会长班子成员遵纪守法、社会信用记录和社会形象良好", max: 15, mark: "*" },
  { no: 12, category: "队伍建设好", text: "会长履职能力、代表性和影响力", max: 15, mark: "" },
  { no: 13, category: "队伍建设好", text: "2019年后换届的省级以上商会会长经过综合评价", max: 10, mark: "" },
  { no: 14, category: "队伍建设好", text: "制定会员发展规划和入会办法，不以资产规模设置入会门槛", max: 10, mark: "※" },
  { no: 15, category: "队伍建设好", text: "2019年、2020年会员数量逐年增长", max: 10, mark: "※" },
  { no: 16, category: "队伍建设好", text: "会员结构合理：龙头骨干企业、年轻一代、小微企业占一定比例", max: 10, mark: "" },
  { no: 17, category: "队伍建设好", text: "实地走访20%以上、有效联系60%以上会员企业", max: 10, mark: "※" },
  { no: 18, category: "队伍建设好", text: "秘书长为专职，熟悉统战、经济和商会工作", max: 10, mark: "*" },
  { no: 19, category: "队伍建设好", text: "秘书处有固定工作人员，专兼职比例合理，开展教育培训", max: 10, mark: "" },
  { no: 20, category: "队伍建设好", text: "办公场所、设备、经费与岗位薪酬制度", max: 10, mark: "" },
  { no: 21, category: "服务发展好", text: "引导会员贯彻新发展理念、开展政策研究", max: 15, mark: "" },
  { no: 22, category: "服务发展好", text: "建有融资、信息、技术、人才、对外交流等服务平台", max: 15, mark: "" },
  { no: 23, category: "服务发展好", text: "服务会员走出去、参与一带一路、经贸合作与展会", max: 10, mark: "" },
  { no: 24, category: "服务发展好", text: "承接政府职能转移、参与政府购买服务", max: 10, mark: "" },
  { no: 25, category: "服务发展好", text: "开展调查研究、反映会员企业诉求", max: 15, mark: "" },
  { no: 26, category: "服务发展好", text: "积极参政议政、建言献策", max: 10, mark: "" },
  { no: 27, category: "服务发展好", text: "普法宣传、法律服务、民商事和劳动争议调解", max: 15, mark: "" },
  { no: 28, category: "服务发展好", text: "参与国家发展战略和区域经济发展建设", max: 10, mark: "" },
  { no: 29, category: "服务发展好", text: "参与三大攻坚战和万企帮万村精准扶贫行动", max: 10, mark: "" },
  { no: 30, category: "服务发展好", text: "参与光彩事业、公益慈善事业", max: 5, mark: "" },
  { no: 31, category: "自律规范好", text: "依法依规登记且2019年年检（年报）合格", max: 15, mark: "*" },
  { no: 32, category: "自律规范好", text: "未受到过任何行政处罚", max: 10, mark: "*" },
  { no: 33, category: "自律规范好", text: "法人治理结构健全，定期召开会员大会、理事会、会长办公会议", max: 10, mark: "※" },
  { no: 34, category: "自律规范好", text: "监事会（独立监事）切实履行监督作用", max: 5, mark: "" },
  { no: 35, category: "自律规范好", text: "会员、会费、资产、财务、档案等内部管理制度健全并严格执行", max: 10, mark: "" },
  { no: 36, category: "自律规范好", text: "制定年度工作计划、进行年度工作总结", max: 5, mark: "※" },
  { no: 37, category: "自律规范好", text: "民主选举、民主决策、民主管理，议事决策机制健全", max: 10, mark: "*" },
  { no: 38, category: "自律规范好", text: "年度工作报告、会费收支等重大信息公开", max: 10, mark: "※" },
  { no: 39, category: "自律规范好", text: "制定自律公约、建立信用承诺制度、开展会员信用评价", max: 10, mark: "" },
  { no: 40, category: "自律规范好", text: "引导会员践行亲清政商关系、构建和谐劳动关系", max: 5, mark: "" },
  { no: 41, category: "加分项", text: "围绕工作重点开展创新性工作并取得显著成效", max: 20, mark: "" },
  { no: 42, category: "加分项", text: "抗击新冠肺炎疫情、助推会员企业复工复产", max: 20, mark: "" },
  { no: 43, category: "加分项", text: "获得相关奖励、表彰", max: 10, mark: "" },
  { no: 44, category: "加分项", text: "参与民政部门5A社会组织认定", max: 10, mark: "" },
];
