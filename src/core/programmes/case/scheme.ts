/** The 创新中国 scheme: categories and list sizes, criteria, the panel's rules and header aliases. */
import { z } from "zod";
import { Aliases, Bilingual, Count, RankMethod, SchemeId, Text, bilingualIssue, uniqueBy } from "../../kernel/schemeParts";

const CaseCategory = z.strictObject({
  name: Text,
  /** Substrings that map a category text here; categories are tried in order. */
  match: z.array(Text).min(1),
  shortlist: Count,
  final: Count,
});

export const CaseSchemeSchema = z
  .strictObject({
    id: SchemeId,
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

export type CaseScheme = z.infer<typeof CaseSchemeSchema>;
