import { strings } from "../../strings";
import { BUILTIN_SCHEMES, builtinScheme } from "../../contract/registry";
import type { SchemeCheck } from "./checker";
import type { SchemeLoad, SchemeProblem } from "./problems";
import { jsonSyntaxError } from "./jsonError";
import type { Scheme } from "../../kernel/schemeBase";
import type { z } from "zod";

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

/**
 * zod and the schemas, loaded the first time a custom scheme is checked (checker.ts).
 * When they cannot be loaded (the pane offline, a release replaced under an open pane) the
 * scheme is refused with that reason, in both languages.
 */
async function checker(): Promise<SchemeCheck | SchemeProblem> {
  try {
    return await (await import(/* webpackChunkName: "scheme-checker" */ "./checker.js")).schemeChecker();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { path: "", message: { zh: strings("zh").scheme.checkerMissing(detail), en: strings("en").scheme.checkerMissing(detail) } };
  }
}

/**
 * A custom scheme: a full scheme, or `{"extends": "sihao-2020", …}` with only what
 * changes. Every problem is listed, in Chinese and English.
 */
export async function loadScheme(value: unknown): Promise<SchemeLoad> {
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
  const check = await checker();
  return typeof check === "function" ? check(candidate) : { ok: false, problems: [check] };
}

/** Parses scheme JSON text; a syntax error is one problem at the whole file. */
export async function parseScheme(text: string): Promise<SchemeLoad> {
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

/** A scheme of any registered programme, told apart by `kind` (loads zod and every programme's schema). */
export async function schemeSchema(): Promise<z.ZodType<Scheme>> {
  return (await import(/* webpackChunkName: "scheme-checker" */ "./checker.js")).unionSchema();
}
