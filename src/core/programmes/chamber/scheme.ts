/** The 四好 scheme: categories, veto and basic rules, the threshold, quotas and header aliases. */
import { z } from "zod";
import { Aliases, Bilingual, Count, RankMethod, SchemeId, Text, bilingualIssue, uniqueBy } from "../../kernel/schemeParts";

const ChamberCategory = z.strictObject({
  name: Text,
  max: z.number().positive(),
});

export const ChamberSchemeSchema = z
  .strictObject({
    id: SchemeId,
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

export type ChamberScheme = z.infer<typeof ChamberSchemeSchema>;
