/** 创新中国 cases (chuangxin-2021) as a programme module: see programmes/types.ts for each part. */
import type { Programme, TableColumn } from "../types";
import { rankText, reasonsText, scoreText, statusText, verdictText } from "../cells";
import type { CaseEntry } from "./entry";
import { strings } from "../../strings";
import { CHUANGXIN_2021 } from "./builtin";
import { caseSighting } from "./classify";
import { CaseGathering, caseConsolidation } from "./consolidate";
import { CaseListing, caseListing } from "./listing";
import { caseIndex, detectCaseHeader, detectExpertHeader, expertIndex } from "./read";
import { caseResultKeys, reviewCase } from "./review";
import { CaseScheme, CaseSchemeSchema } from "./scheme";
import { expertSheet } from "./scoring";
import { caseTemplate } from "./template";
import { jsonExperts, panelSection } from "./view";

/** With `normalize: "zscore"`, 标准化分 stands after 平均分 (the 4th column). */
const NORMALIZED_AT = 4;

export const caseProgramme: Programme<CaseScheme, CaseEntry, CaseGathering> = {
  kind: "case",
  schema: CaseSchemeSchema,
  builtins: [CHUANGXIN_2021],
  words: {
    zh: {
      workbook: (kind) => (kind === "experts" ? '"创新中国"专家评分' : '"创新中国"案例推介'),
      current: '"创新中国"案例推介',
      short: '"创新中国"',
      sheets: { experts: "专家评分表", cases: "推介汇总表" },
    },
    en: {
      workbook: (kind) => (kind === "experts" ? '"创新中国" expert scoring' : '"创新中国" case recommendation'),
      current: 'the "创新中国" case recommendation',
      short: '"创新中国"',
      sheets: { experts: "expert score sheet", cases: "case list" },
    },
  },
  detect: (grids, scheme) => caseSighting(grids, scheme),
  reads: (scheme) => {
    const cix = caseIndex(scheme);
    const eix = expertIndex(scheme);
    return (head) => detectExpertHeader(head, eix) !== null || detectCaseHeader(head, cix) !== null;
  },
  review: (grids, scheme, ctx) => reviewCase(grids, scheme, ctx.detected),
  resultKeys: (scheme) => caseResultKeys(scheme),
  resultValue(e, key, lang) {
    const t = strings(lang);
    switch (key) {
      case "experts":
        return e.experts;
      case "score":
        return e.score;
      case "normalized":
        return e.normalizedScore;
      case "shortlist":
        return e.shortlisted === null ? null : t.verdict[e.shortlisted];
      case "final":
        return e.final === null ? null : t.verdict[e.final];
    }
    throw new Error(`unknown result column ${key}`);
  },
  jsonEntry: (e) => ({
    head: {
      category: e.category,
      unit: e.unit,
      recommender: e.recommender,
      experts: e.experts,
      abstained: e.abstained,
      score: e.score,
      normalizedScore: e.normalizedScore,
    },
    tail: { shortlisted: e.shortlisted, final: e.final },
  }),
  jsonExtra: (review) => (review.experts ? { experts: jsonExperts(review) } : {}),
  table: {
    columns(scheme, lang) {
      const align = ["left", "left", "right", "right", "left", "right", "left", "left", "left"] as const;
      const cols: TableColumn[] = strings(lang).cli.report.caseColumns.map((label, i) => ({ label, align: align[i] }));
      if (scheme.normalize === "zscore") cols.splice(NORMALIZED_AT, 0, { label: scheme.resultColumns.normalized, align: "right" });
      return cols;
    },
    row(e, scheme, lang) {
      const row = [
        e.name,
        e.category ?? "",
        String(e.experts),
        scoreText(e.score),
        statusText(e, lang),
        rankText(e),
        verdictText(e.shortlisted, lang),
        verdictText(e.final, lang),
        reasonsText(e, lang),
      ];
      if (scheme.normalize === "zscore") row.splice(NORMALIZED_AT, 0, scoreText(e.normalizedScore));
      return row;
    },
  },
  sections: (review, lang) => panelSection(review, lang),
  template: (scheme) => caseTemplate(scheme),
  pane: { groups: "final" },
  consolidation: caseConsolidation,
  scoringSheets: {
    listing: (grids, scheme) => caseListing(grids, scheme),
    count: (l) => (l as CaseListing).cases.length,
    sheet: (l) => (l as CaseListing).sheet,
    make: (scheme, l, person, lang) => expertSheet(scheme, l as CaseListing, person, lang),
  },
};
