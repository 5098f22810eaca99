/**
 * The zod parts every programme's scheme schema is built from. Only the scheme checker's
 * chunk reaches this file (engine/schemes/checker.ts, through each programme's `loadSchema`): a
 * static import of it from anywhere else would put zod back into start-up.
 */
import { z } from "zod";
import { STRINGS, Strings } from "../strings";

export const Text = z.string().trim().min(1);
export const Bilingual = z.strictObject({ zh: Text, en: Text });
export const Aliases = z.array(Text).min(1);
export const Count = z.number().int().min(0);
/** Its output type is schemeBase.ts's `RankMethodName` (rank.ts takes a programme's `rankMethod` as one). */
export const RankMethod = z.enum(["competition", "dense"]);
export const SchemeId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/);

/** A custom issue carries both languages; the loader picks one. */
export function bilingualIssue(ctx: z.RefinementCtx, path: (string | number)[], text: (t: Strings["scheme"]) => string) {
  const zh = text(STRINGS.zh.scheme);
  const en = text(STRINGS.en.scheme);
  ctx.addIssue({ code: "custom", path, message: en, params: { zh, en } });
}

export function uniqueBy<T>(items: T[], key: (t: T) => string, ctx: z.RefinementCtx, path: (string | number)[], what: "category" | "column" | "criterion") {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const k = key(it);
    if (seen.has(k)) bilingualIssue(ctx, [...path, i], (t) => t.repeats(what, k));
    seen.add(k);
  });
}
