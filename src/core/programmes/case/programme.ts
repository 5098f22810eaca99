/** 创新中国 cases (chuangxin-2021) as a programme module: see contract/programme.ts for each part. */
import type { Programme } from "../../contract/programme";
import { caseIntake } from "./intakeHooks";
import { rankText, scoreText, statusText, tableColumns, verdictText, whyText } from "../../contract/tableCells";
import type { CaseEntry } from "./entry";
import { strings } from "../../strings";
import { CHUANGXIN_2021 } from "./builtin";
import { CASE_CODES, CASE_REASONS } from "./codes";
import { caseSighting } from "./classify";
import { CaseGathering, caseConsolidation } from "./consolidation";
import { CaseListing, caseListing } from "./listing";
import { caseIndex, detectCaseHeader, detectExpertHeader, expertIndex } from "./caseSheets";
import { caseResultKeys, reviewCase } from "./review";
import type { CaseScheme } from "./scheme";
import { expertSheet } from "./scoringSheets";
import { caseTemplate } from "./blankTemplate";
import { jsonExperts, panelSection } from "./view";

/** With `normalize: "zscore"`, 标准化分 stands after 平均分 (the 4th column). */
const NORMALIZED_AT = 4;

export const caseProgramme: Programme<CaseScheme, CaseEntry, CaseGathering> = {
  kind: "case",
  loadSchema: async () => (await import(/* webpackChunkName: "scheme-checker" */ "./scheme.js")).CaseSchemeSchema,
  builtins: [CHUANGXIN_2021],
  words: {
    zh: {
      workbook: (kind) => (kind === "experts" ? '"创新中国"专家评分' : '"创新中国"案例推介'),
      current: '"创新中国"案例推介',
      short: '"创新中国"',
      sheets: { experts: "专家评分表", cases: "推介汇总表" },
      why: { scoreErrors: (n) => `${n} 处专家评分错误`, unknownCategory: () => "类别无法识别" },
      known: '含"创新特性"等评分列的专家评分表',
      lines: { shortlist: { line: "初选线", unit: "个案例" }, final: { line: "终审线", unit: "个案例" } },
    },
    en: {
      workbook: (kind) => (kind === "experts" ? '"创新中国" expert scoring' : '"创新中国" case recommendation'),
      current: 'the "创新中国" case recommendation',
      short: '"创新中国"',
      sheets: { experts: "expert score sheet", cases: "case list" },
      why: { scoreErrors: (n) => `${n} expert score error${n > 1 ? "s" : ""}`, unknownCategory: () => "unknown category" },
      known: "an expert score sheet with 创新特性 etc.",
      lines: { shortlist: { line: "shortlist line", unit: "cases" }, final: { line: "final line", unit: "cases" } },
    },
  },
  codes: CASE_CODES,
  reasons: CASE_REASONS,
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
    columns(scheme, t) {
      const cols = tableColumns(t.caseColumns, t.caseShort, ["left", "left", "right", "right", "left", "right", "left", "left", "left"]);
      if (scheme.normalize === "zscore") cols.splice(NORMALIZED_AT, 0, { label: scheme.resultColumns.normalized, align: "right" });
      return cols;
    },
    row(e, scheme, t, lang) {
      const row = [
        e.name,
        e.category ?? "",
        String(e.experts),
        scoreText(e.score),
        statusText(e, t),
        rankText(e),
        verdictText(e.shortlisted, t),
        verdictText(e.final, t),
        whyText(e, lang),
      ];
      if (scheme.normalize === "zscore") row.splice(NORMALIZED_AT, 0, scoreText(e.normalizedScore));
      return row;
    },
  },
  sections: (review, lang) => panelSection(review, lang),
  template: (scheme) => caseTemplate(scheme),
  pane: { groups: "final" },
  results: {
    group: (e) => e.category,
    score: (e) => e.score,
    // How far a case got: 终审 beats 初选, a tie at a line is that line's tie.
    line: (e) => {
      if (e.final === "yes") return "final";
      if (e.final === "tie") return "finalTie";
      if (e.shortlisted === "yes") return "shortlist";
      if (e.shortlisted === "tie") return "shortlistTie";
      if (e.shortlisted === "no" || e.final === "no") return "out";
      return null;
    },
    tie: (e) => e.final === "tie" || e.shortlisted === "tie",
    out: (e) => e.final === "no",
  },
  consolidation: caseConsolidation,
  intake: caseIntake,
  scoringSheets: {
    listing: (grids, scheme) => caseListing(grids, scheme),
    count: (l) => (l as CaseListing).cases.length,
    sheet: (l) => (l as CaseListing).sheet,
    make: (scheme, l, person, lang) => expertSheet(scheme, l as CaseListing, person, lang),
  },
};
