/**
 * The scheme checker: zod and every registered programme's schema, in one piece loaded on
 * first use (`await import()` in load.ts). In the pane this module, zod and
 * the programmes' scheme files make one chunk named "scheme-checker", fetched when a custom
 * scheme is first checked; in the CLI, tsc's CommonJS output turns the import into a lazy
 * require, so a check with a built-in scheme never reads zod.
 */
import { z } from "zod";
import { strings } from "../../strings";
import type { Programme } from "../../contract/programme";
import { programmes } from "../../contract/registry";
import type { Scheme } from "../../kernel/schemeBase";
import { type SchemeLoad, type SchemeProblem, plainMessage } from "./problems";

let cached: { of: readonly Programme[]; union: Promise<z.ZodType<Scheme>> } | null = null;

/** The discriminated union of every registered programme's schema, built again when the registry changes. */
export function unionSchema(): Promise<z.ZodType<Scheme>> {
  const now = programmes();
  if (!cached || cached.of.length !== now.length || cached.of.some((p, i) => p !== now[i])) {
    const union = Promise.all(now.map((p) => p.loadSchema())).then((list) => {
      const options = list as unknown as [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]];
      return z.discriminatedUnion("kind", options) as unknown as z.ZodType<Scheme>;
    });
    cached = { of: [...now], union };
    // A schema that failed to load is tried again next time.
    union.catch(() => {
      if (cached?.union === union) cached = null;
    });
  }
  return cached.union;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** Checks a candidate scheme (`extends` already merged): every problem, in Chinese and English. */
export type SchemeCheck = (candidate: unknown) => SchemeLoad;

/** The checker, once zod and every programme's schema are loaded. */
export async function schemeChecker(): Promise<SchemeCheck> {
  const schema = await unionSchema();
  return (candidate) => {
    const zh = schema.safeParse(candidate, { error: z.locales.zhCN().localeError });
    if (zh.success) return { ok: true, scheme: zh.data };
    const en = schema.safeParse(candidate, { error: z.locales.en().localeError });
    const enIssues = en.success ? [] : en.error.issues;
    return { ok: false, problems: zh.error.issues.flatMap((iss, i) => problemsOf(iss, enIssues[i], schema, candidate)) };
  };
}

/** One problem per issue; an unknown key is told at its own path (`categories[0].colour`). */
function problemsOf(zh: z.core.$ZodIssue, en: z.core.$ZodIssue | undefined, schema: z.ZodType<Scheme>, candidate: unknown): SchemeProblem[] {
  if (zh.code === "unrecognized_keys") {
    return zh.keys.map((key) => ({
      path: formatPath([...zh.path, key]),
      message: { zh: strings("zh").scheme.unknownKey(key), en: strings("en").scheme.unknownKey(key) },
    }));
  }
  const params = (zh as { params?: { zh?: string; en?: string } }).params;
  const plainZh = params?.zh ?? plainMessage(zh, schema, candidate, "zh");
  const plainEn = params?.en ?? plainMessage(zh, schema, candidate, "en");
  return [
    {
      path: formatPath(zh.path),
      message: { zh: plainZh ?? zh.message, en: plainEn ?? en?.message ?? zh.message },
    },
  ];
}
