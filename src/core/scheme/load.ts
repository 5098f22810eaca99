import { z } from "zod";
import { strings } from "../strings";
import { BUILTIN_SCHEMES, builtinScheme } from "./builtin";
import { jsonSyntaxError } from "./jsonError";
import { plainMessage } from "./problems";
import { Scheme, SchemeSchema } from "./schema";

export interface SchemeProblem {
  /** `categories[2].max`, or "" for the whole file. */
  path: string;
  message: { zh: string; en: string };
}

export type SchemeLoad = { ok: true; scheme: Scheme } | { ok: false; problems: SchemeProblem[] };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; arrays and values replace. */
function merge(base: Json, over: Json): Json {
  if (!isObject(base) || !isObject(over)) return over;
  const out: Record<string, Json> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? merge(base[k], v) : v;
  return out;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out;
}

/**
 * A custom scheme: a full scheme, or `{"extends": "sihao-2020", …}` with only what
 * changes. Every problem is listed, in Chinese and English.
 */
export function loadScheme(value: unknown): SchemeLoad {
  let candidate: unknown = value;
  if (isObject(value) && "extends" in value) {
    const baseId = value.extends;
    const base = typeof baseId === "string" ? builtinScheme(baseId) : undefined;
    if (!base) {
      const ids = BUILTIN_SCHEMES.map((s) => s.id).join(", ");
      const message = {
        zh: strings("zh").scheme.unknownBase(String(baseId), ids),
        en: strings("en").scheme.unknownBase(String(baseId), ids),
      };
      return { ok: false, problems: [{ path: "extends", message }] };
    }
    const rest: Record<string, Json> = { ...value };
    delete rest.extends;
    if (!("id" in rest)) rest.id = `${base.id}-custom`;
    candidate = merge(base as unknown as Json, rest);
  }
  const zh = SchemeSchema.safeParse(candidate, { error: z.locales.zhCN().localeError });
  if (zh.success) return { ok: true, scheme: zh.data };
  const en = SchemeSchema.safeParse(candidate, { error: z.locales.en().localeError });
  const enIssues = en.success ? [] : en.error.issues;
  return { ok: false, problems: zh.error.issues.flatMap((iss, i) => problemsOf(iss, enIssues[i], candidate)) };
}

/** One problem per issue; an unknown key is told at its own path (`categories[0].colour`). */
function problemsOf(zh: z.core.$ZodIssue, en: z.core.$ZodIssue | undefined, candidate: unknown): SchemeProblem[] {
  if (zh.code === "unrecognized_keys") {
    return zh.keys.map((key) => ({
      path: formatPath([...zh.path, key]),
      message: { zh: strings("zh").scheme.unknownKey(key), en: strings("en").scheme.unknownKey(key) },
    }));
  }
  const params = (zh as { params?: { zh?: string; en?: string } }).params;
  const plainZh = params?.zh ?? plainMessage(zh, SchemeSchema, candidate, "zh");
  const plainEn = params?.en ?? plainMessage(zh, SchemeSchema, candidate, "en");
  return [
    {
      path: formatPath(zh.path),
      message: { zh: plainZh ?? zh.message, en: plainEn ?? en?.message ?? zh.message },
    },
  ];
}

/** Parses scheme JSON text; a syntax error is one problem at the whole file. */
export function parseScheme(text: string): SchemeLoad {
  let value: unknown;
  const body = text.replace(/^\uFEFF/, "");
  try {
    value = JSON.parse(body);
  } catch (e) {
    // Line and column, worded the same in every engine; the engine's text only as a last resort.
    const where = jsonSyntaxError(body);
    if (where) {
      const zhText = strings("zh").scheme.badJson(where.message.zh);
      return { ok: false, problems: [{ path: "", message: { zh: zhText, en: strings("en").scheme.badJson(where.message.en) } }] };
    }
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [{ path: "", message: { zh: strings("zh").scheme.badJson(detail), en: strings("en").scheme.badJson(detail) } }],
    };
  }
  return loadScheme(value);
}
