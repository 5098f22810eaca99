import { z } from "zod";
import { STRINGS, Strings } from "../strings";

const Text = z.string().trim().min(1);
const Bilingual = z.strictObject({ zh: Text, en: Text });
const Aliases = z.array(Text).min(1);
const Count = z.number().int().min(0);
const RankMethod = z.enum(["competition", "dense"]);

/** A custom issue carries both languages; the loader picks one. */
function bilingualIssue(ctx: z.RefinementCtx, path: (string | number)[], text: (t: Strings["scheme"]) => string) {
  const zh = text(STRINGS.zh.scheme);
  const en = text(STRINGS.en.scheme);
  ctx.addIssue({ code: "custom", path, message: en, params: { zh, en } });
}

function uniqueBy<T>(items: T[], key: (t: T) => string, ctx: z.RefinementCtx, path: (string | number)[], what: "category" | "column" | "criterion") {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const k = key(it);
    if (seen.has(k)) bilingualIssue(ctx, [...path, i], (t) => t.repeats(what, k));
    seen.add(k);
  });
}

const ChamberCategory = z.strictObject({
  name: Text,
  max: z.number().positive(),
});

export const ChamberSchemeSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
    kind: z.literal("chamber"),
    title: Bilingual,
    shortTitle: Bilingual,
    categories: z.array(ChamberCategory).min(1),
    totalMax: z.number().positive(),
    threshold: z.number().min(0),
    markers: z.strictObject({ veto: z.array(Text).min(1), basic: z.array(Text).min(1) }),
    vetoCount: Count.nullable(),
    basicCount: Count.nullable(),
    maxBasicShortfall: Count,
    rankMethod: RankMethod,
    quotas: z.strictObject({
      default: Count.nullable(),
      groups: z.record(Text, Count),
    }),
    headers: z.strictObject({
      summary: z.strictObject({
        seq: Aliases,
        group: Aliases,
        name: Aliases,
        type: Aliases,
        statedTotal: Aliases,
        sheetRef: Aliases,
      }),
      selfAssessment: z.strictObject({
        max: Aliases,
        score: Aliases,
        item: Aliases,
        category: Aliases,
        number: Aliases,
      }),
      quota: z.strictObject({ group: Aliases, quota: Aliases }),
    }),
    summarySheetHint: Text,
    resultColumns: z.strictObject({
      total: Text,
      veto: Text,
      basic: Text,
      status: Text,
      rank: Text,
      quota: Text,
      note: Text,
    }),
    reportSheet: Text,
  })
  .superRefine((s, ctx) => {
    const sum = s.categories.reduce((a, c) => a + c.max, 0);
    if (Math.abs(sum - s.totalMax) > 1e-9) {
      bilingualIssue(ctx, ["totalMax"], (t) => t.sumMismatch(sum, s.totalMax));
    }
    if (s.threshold > s.totalMax) {
      bilingualIssue(ctx, ["threshold"], (t) => t.thresholdAbove(s.threshold, s.totalMax));
    }
    uniqueBy(s.categories, (c) => c.name, ctx, ["categories"], "category");
    uniqueBy(Object.values(s.resultColumns), (c) => c, ctx, ["resultColumns"], "column");
  });

const CaseCategory = z.strictObject({
  name: Text,
  /** Substrings that map a category text here; categories are tried in order. */
  match: z.array(Text).min(1),
  shortlist: Count,
  final: Count,
});

export const CaseSchemeSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
    kind: z.literal("case"),
    title: Bilingual,
    shortTitle: Bilingual,
    categories: z.array(CaseCategory).min(1),
    criteria: z.array(z.strictObject({ name: Text, max: z.number().positive() })).min(1),
    minExperts: z.number().int().min(1),
    trim: z.enum(["auto", "none", "highlow"]),
    trimFrom: z.number().int().min(3),
    outlierRatio: z.number().positive().nullable(),
    minSubscriptions: Count.nullable(),
    reasonMaxChars: Count.nullable(),
    caseMaxChars: Count.nullable(),
    recommenderLimit: z.strictObject({
      default: z.number().int().min(1),
      /** The higher limit for a recommender that puts forward a case in `category`. */
      raised: z.strictObject({ category: Text, limit: z.number().int().min(1) }).nullable(),
    }),
    rankMethod: RankMethod,
    /** `zscore`: ranking uses each expert's standardised totals mapped back onto the raw range (SPEC §4.3). */
    normalize: z.enum(["none", "zscore"]).default("none"),
    /** EXPERT_INCONSISTENT: leave-one-out correlation below `minCorrelation` (null: never) on at least `minSharedCases`. */
    consistency: z
      .strictObject({
        minCorrelation: z.number().min(-1).max(1).nullable().default(0.3),
        minSharedCases: z.number().int().min(3).default(5),
      })
      .default({ minCorrelation: 0.3, minSharedCases: 5 }),
    headers: z.strictObject({
      cases: z.strictObject({
        seq: Aliases,
        name: Aliases,
        unit: Aliases,
        category: Aliases,
        recommender: Aliases,
        subscriptions: Aliases,
        reasonText: Aliases,
        reasonLength: Aliases,
        caseText: Aliases,
        caseLength: Aliases,
      }),
      expertLabels: Aliases,
    }),
    summarySheetHint: Text,
    resultColumns: z.strictObject({
      experts: Text,
      score: Text,
      /** Written only when `normalize` is on. */
      normalized: Text.default("标准化分"),
      rank: Text,
      shortlist: Text,
      final: Text,
      status: Text,
      note: Text,
    }),
    reportSheet: Text,
  })
  .superRefine((s, ctx) => {
    uniqueBy(s.categories, (c) => c.name, ctx, ["categories"], "category");
    uniqueBy(s.criteria, (c) => c.name, ctx, ["criteria"], "criterion");
    uniqueBy(Object.values(s.resultColumns), (c) => c, ctx, ["resultColumns"], "column");
    s.categories.forEach((c, i) => {
      if (c.final > c.shortlist) {
        bilingualIssue(ctx, ["categories", i, "final"], (t) => t.finalAboveShortlist(c.final, c.shortlist));
      }
    });
    const raised = s.recommenderLimit.raised;
    if (raised && !s.categories.some((c) => c.name === raised.category)) {
      bilingualIssue(ctx, ["recommenderLimit", "raised", "category"], (t) => t.noCategory(raised.category));
    }
  });

export const SchemeSchema = z.discriminatedUnion("kind", [ChamberSchemeSchema, CaseSchemeSchema]);

export type ChamberScheme = z.infer<typeof ChamberSchemeSchema>;
export type CaseScheme = z.infer<typeof CaseSchemeSchema>;
export type Scheme = z.infer<typeof SchemeSchema>;
export type RankMethodName = z.infer<typeof RankMethod>;
