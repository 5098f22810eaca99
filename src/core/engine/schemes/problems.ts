/**
 * A scheme problem in plain words, per field: `threshold：应为不小于 0 的数字，实际是文字"abc"`.
 * zod's own locale text (`期望 number >0`, `实际接收 string`) speaks to programmers; here the
 * expected value is described from the schema at the problem's path and the actual value is
 * looked up in the file, so the reviewer reads what to write instead.
 */
import type { z } from "zod";
import type { Scheme } from "../../kernel/schemeBase";
import { strings, type Lang } from "../../strings";

/** A custom scheme's problem: where, and what, in both languages. */
export interface SchemeProblem {
  /** `categories[2].max`, or "" for the whole file. */
  path: string;
  message: { zh: string; en: string };
}

export type SchemeLoad = { ok: true; scheme: Scheme } | { ok: false; problems: SchemeProblem[] };

type Plain = ReturnType<typeof strings>["scheme"]["plain"];

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number; format?: string } } }[];
}

const defOf = (s: { _zod: { def: Def } }): Def => s._zod.def;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The schema and the value found at `path`, walking unions by their `kind`. */
function at(root: Def, value: unknown, path: readonly PropertyKey[]): { def: Def | null; value: unknown } {
  let def: Def | null = root;
  let v = value;
  for (const key of path) {
    def = def && pick(def, v);
    if (!def) return { def: null, value: undefined };
    v = isObject(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
    if (def.type === "object") def = def.shape?.[String(key)] ? defOf(def.shape[String(key)]) : null;
    else if (def.type === "array") def = def.element ? defOf(def.element) : null;
    else if (def.type === "record") def = def.valueType ? defOf(def.valueType) : null;
    else def = null;
  }
  return { def: def && pick(def, v), value: v };
}

/** Unwraps optional/nullable, and picks the union option whose `kind` literal the value names. */
function pick(def: Def, v: unknown): Def {
  let d = def;
  while ((d.type === "optional" || d.type === "nullable" || d.type === "default") && d.innerType) d = defOf(d.innerType);
  if (d.type === "union" && d.options?.length) {
    const kind = isObject(v) ? v.kind : undefined;
    const match = d.options.find((o) => {
      const k = defOf(o).shape?.kind;
      return k && defOf(k).values?.includes(kind);
    });
    d = defOf(match ?? d.options[0]);
  }
  return d;
}

function nullable(def: Def): boolean {
  let d = def;
  for (;;) {
    if (d.type === "nullable") return true;
    if ((d.type === "optional" || d.type === "default") && d.innerType) d = defOf(d.innerType);
    else return false;
  }
}

/** What the schema wants, in words: `不小于 0 的整数`, `以下之一：competition、dense`. */
function expectedWords(def: Def, p: Plain, allowNull: boolean): string {
  let what: string;
  switch (def.type) {
    case "number": {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      const int = checks.some((c) => c.check === "number_format" && /int/.test(c.format ?? ""));
      const bounds: string[] = [];
      for (const c of checks) {
        if (c.check === "greater_than" && c.value !== undefined) bounds.push(c.inclusive ? p.atLeast(c.value) : p.above(c.value));
        if (c.check === "less_than" && c.value !== undefined) bounds.push(c.inclusive ? p.atMost(c.value) : p.below(c.value));
      }
      what = p.bounded(int ? p.integer : p.number, bounds);
      break;
    }
    case "string":
      what = (def.checks ?? []).some((c) => c._zod.def.check === "min_length") ? p.nonEmptyText : p.text;
      break;
    case "enum":
      what = p.oneOf(Object.values(def.entries ?? {}).map((x) => JSON.stringify(x)).join(p.listSep));
      break;
    case "literal":
      what = p.oneOf((def.values ?? []).map((x) => JSON.stringify(x)).join(p.listSep));
      break;
    case "array":
      what = p.list;
      break;
    case "object":
    case "record":
      what = p.object;
      break;
    case "boolean":
      what = p.boolean;
      break;
    default:
      what = p.value;
  }
  return allowNull ? p.orNull(what) : what;
}

function actualWords(v: unknown, p: Plain): string {
  if (typeof v === "string") return p.actualText(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return p.actualList;
  if (isObject(v)) return p.actualObject;
  return String(v);
}

const ID_PATTERN = "/^[a-z0-9][a-z0-9._-]*$/";

/** The plain message of one zod issue in `lang`, or null to keep the message zod gave. */
export function plainMessage(issue: z.core.$ZodIssue, schema: { _zod: { def: unknown } }, candidate: unknown, lang: Lang): string | null {
  const p = strings(lang).scheme.plain;
  const root = defOf(schema as { _zod: { def: Def } });
  // The declared field (with its nullability) and the value the file holds there.
  const parentPath = issue.path.slice(0, -1);
  const last = issue.path[issue.path.length - 1];
  const parent = at(root, candidate, parentPath);
  let declared: Def | null = null;
  if (parent.def && last !== undefined) {
    const d = parent.def;
    const child = d.type === "object" ? d.shape?.[String(last)] : d.type === "array" ? d.element : d.type === "record" ? d.valueType : undefined;
    declared = child ? defOf(child) : null;
  }
  const here = at(root, candidate, issue.path);
  const def = here.def;
  const value = here.value;
  const allowNull = declared ? nullable(declared) : false;
  const expected = def ? p.expected(expectedWords(def, p, allowNull)) : null;
  switch (issue.code) {
    case "invalid_type":
    case "invalid_value":
    case "invalid_union":
      if (!expected) return null;
      if (value === undefined) return p.missing(expected);
      return p.sentence(expected, p.actual(actualWords(value, p)));
    case "too_small":
    case "too_big": {
      const origin = (issue as { origin?: string }).origin;
      if (origin === "string") return p.nonEmpty;
      if (origin === "array") {
        const n = Number((issue as { minimum?: unknown; maximum?: unknown }).minimum ?? (issue as { maximum?: unknown }).maximum);
        return issue.code === "too_small" ? p.atLeastItems(n) : p.atMostItems(n);
      }
      return expected ? p.sentence(expected, p.actual(actualWords(value, p))) : null;
    }
    case "invalid_format": {
      const pattern = (issue as { pattern?: string }).pattern;
      return pattern === ID_PATTERN ? p.idFormat : p.format;
    }
    case "invalid_key":
      return p.invalidKey;
    default:
      return null;
  }
}
