/**
 * What every scheme has, whatever its programme: an id, its kind (the programme that reads
 * it), titles, result-column labels and the report sheet. Each programme adds its own rules
 * and header aliases in its own folder (programmes/<kind>/scheme.ts); the loader picks the
 * programme's schema by `kind`.
 */
import { z } from "zod";
import { STRINGS, Strings } from "../strings";

export const Text = z.string().trim().min(1);
export const Bilingual = z.strictObject({ zh: Text, en: Text });
export const Aliases = z.array(Text).min(1);
export const Count = z.number().int().min(0);
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

/** The fields the engine's shared parts read, whatever the programme. */
export interface SchemeBase {
  id: string;
  /** The programme that reads this scheme (programmes/registry.ts). */
  kind: string;
  title: { zh: string; en: string };
  shortTitle: { zh: string; en: string };
  /** Result column key → its header label (the label written and looked for). */
  resultColumns: Record<string, string>;
  reportSheet: string;
}

/** A scheme of any programme; each programme's code narrows it to its own type. */
export type Scheme = SchemeBase;

export type RankMethodName = z.infer<typeof RankMethod>;
