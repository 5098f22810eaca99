/** 四好 chambers (sihao-2020) as a programme module: see contract/programme.ts for each part. */
import type { Programme } from "../../contract/programme";
import { chamberIntake } from "./intakeHooks";
import { rankText, scoreText, statusText, tableColumns, verdictText, whyText } from "../../contract/tableCells";
import type { ChamberEntry } from "./entry";
import { strings } from "../../strings";
import { SIHAO_2020 } from "./builtin";
import { CHAMBER_CODES, CHAMBER_REASONS } from "./codes";
import { ChamberRow, chamberConsolidation } from "./consolidation";
import { chamberIndexes, detectQuotaHeader, detectSelfHeader, detectSummaryHeader } from "./headers";
import { CHAMBER_RESULT_KEYS, chamberSighting, reviewChamber } from "./review";
import type { ChamberScheme } from "./scheme";
import { chamberTemplate } from "./blankTemplate";

export const chamberProgramme: Programme<ChamberScheme, ChamberEntry, ChamberRow[]> = {
  kind: "chamber",
  loadSchema: async () => (await import(/* webpackChunkName: "scheme-checker" */ "./scheme.js")).ChamberSchemeSchema,
  builtins: [SIHAO_2020],
  words: {
    zh: { workbook: () => '"四好"商会认定', current: '"四好"商会认定', short: '"四好"', sheets: { summary: "推荐名单汇总表", self: "自评表" },
      why: { scoreErrors: (n) => `${n} 处自评分错误`, unknownCategory: (n) => `${n} 项类别无法识别` },
      known: '含"商会名称"列的推荐名单汇总表，或含"分值""自评分"列的自评表',
    },
    en: {
      workbook: () => '"四好" chamber review',
      current: 'the "四好" chamber review',
      short: '"四好"',
      sheets: { summary: "recommendation summary", self: "self-assessment sheet" },
      why: { scoreErrors: (n) => `${n} self-assessment score error${n > 1 ? "s" : ""}`, unknownCategory: (n) => `${n} item(s) with an unknown category` },
      known: "a recommendation summary with a 商会名称 column, a self-assessment sheet with 分值 and 自评分 columns",
    },
  },
  codes: CHAMBER_CODES,
  reasons: CHAMBER_REASONS,
  detect: (grids, scheme) => chamberSighting(grids, scheme),
  reads: (scheme) => {
    const ix = chamberIndexes(scheme);
    return (head) => detectSelfHeader(head, ix) !== null || detectQuotaHeader(head, ix) !== null || detectSummaryHeader(head, ix) !== null;
  },
  settings: ["quotas"],
  review: (grids, scheme, ctx) => reviewChamber(grids, scheme, ctx.detected, { quota: ctx.quota, quotaSetting: ctx.quotaSetting }),
  resultKeys: () => CHAMBER_RESULT_KEYS,
  resultValue(e, key, lang) {
    const t = strings(lang);
    switch (key) {
      case "total":
        return e.total;
      case "veto":
        // 无 only when every veto item is validly scored; a failure found is always told.
        return e.vetoFailed.length ? e.vetoFailed.join("、") : e.vetoUnknown ? null : t.none;
      case "basic":
        return e.basicShortfall;
      case "quota":
        return e.withinQuota === null ? null : t.verdict[e.withinQuota];
    }
    throw new Error(`unknown result column ${key}`);
  },
  jsonEntry: (e) => ({
    head: {
      group: e.group,
      groupKey: e.groupKey,
      type: e.type,
      selfAssessmentSheet: e.selfAssessmentSheet,
      total: e.total,
      statedTotal: e.statedTotal,
      categories: e.categories,
      vetoFailed: e.vetoFailed,
      basicShortfall: e.basicShortfall,
    },
    tail: { withinQuota: e.withinQuota },
  }),
  table: {
    columns: (_scheme, t) => tableColumns(t.chamberColumns, t.chamberShort, ["left", "left", "right", "left", "right", "left", "left"]),
    row: (e, _scheme, t, lang) => [e.name, e.group ?? "", scoreText(e.total), statusText(e, t), rankText(e), verdictText(e.withinQuota, t), whyText(e, lang)],
  },
  template: (scheme) => chamberTemplate(scheme),
  pane: { groups: "quota" },
  results: {
    group: (e) => e.group,
    score: (e) => e.total,
    line: (e) => e.withinQuota,
    tie: (e) => e.withinQuota === "tie",
    out: (e) => e.withinQuota === "no",
  },
  consolidation: chamberConsolidation,
  intake: chamberIntake,
};
