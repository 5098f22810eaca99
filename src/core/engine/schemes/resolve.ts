/**
 * Where the rules come from, decided once for every edge (CLI check/fill/consolidate, the
 * pane, the ribbon's quick check). A scheme stored in a workbook may not reuse a built-in
 * id and is applied only visibly: named with its hash, with how it differs from the
 * built-in it extends. The CLI applies it only when asked (`--scheme workbook`).
 */
import { sha256 } from "../../kernel/hash";
import { Lang, strings } from "../../strings";
import { builtinScheme, programmeOf } from "../../contract/registry";
import { parseScheme } from "./load";
import type { SchemeProblem } from "./problems";
import { Scheme } from "../../kernel/schemeBase";

export type SchemeSource = "builtin" | "file" | "workbook";

export interface SchemeDiff {
  path: string;
  /** undefined: absent on that side. */
  from: unknown;
  to: unknown;
}

export interface StoredScheme {
  scheme: Scheme;
  /** First 8 hex digits of the scheme's SHA-256 (schemeHash). */
  hash8: string;
  /** The built-in it extends (or, for a full scheme, the built-in of its kind). */
  base: Scheme;
  diff: SchemeDiff[];
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, canonical(o[k])]));
  }
  return v;
}

/** SHA-256 of the scheme's canonical JSON (keys sorted): the same rules give the same hash. */
export function schemeHash(scheme: Scheme): string {
  return sha256(JSON.stringify(canonical(scheme)));
}

/** Fields that name a scheme rather than rule with it. */
const NAMING = new Set(["id", "title", "shortTitle"]);

/** Every leaf that differs, by path (`categories[0].max`). */
export function schemeDiff(base: unknown, next: unknown, path = ""): SchemeDiff[] {
  if (JSON.stringify(base) === JSON.stringify(next)) return [];
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
  if (Array.isArray(base) && Array.isArray(next)) {
    return Array.from({ length: Math.max(base.length, next.length) }, (_, i) => schemeDiff(base[i], next[i], `${path}[${i}]`)).flat();
  }
  if (isObj(base) && isObj(next)) {
    const keys = [...new Set([...Object.keys(base), ...Object.keys(next)])].filter((k) => path !== "" || !NAMING.has(k));
    return keys.flatMap((k) => schemeDiff(base[k], next[k], path ? `${path}.${k}` : k));
  }
  return [{ path, from: base, to: next }];
}

function shown(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** The differences as lines (`threshold 350 → 300`), at most `max` of them. */
export function describeDiff(s: StoredScheme, lang: Lang, max = 12): string[] {
  const t = strings(lang).trust.scheme;
  if (!s.diff.length) return [t.noDiff(s.base.id)];
  const lines = s.diff.slice(0, max).map((d) =>
    d.from === undefined ? t.added(d.path, shown(d.to)) : d.to === undefined ? t.removed(d.path, shown(d.from)) : t.change(d.path, shown(d.from), shown(d.to)),
  );
  if (s.diff.length > max) lines.push(t.more(s.diff.length - max));
  return [t.diffTitle(s.base.id), ...lines];
}

/** `方案来自工作簿：<name>（<hash8>）`. */
export function storedLabel(s: StoredScheme, lang: Lang): string {
  return strings(lang).trust.scheme.chip(s.scheme.shortTitle[lang], s.hash8);
}

export type StoredLoad = { ok: true; stored: StoredScheme } | { ok: false; problems: SchemeProblem[] };

/**
 * A scheme kept in a workbook: a built-in id, or a custom scheme's JSON that must not claim a
 * built-in id. Only the latter loads the scheme checker (zod).
 */
export async function loadStoredScheme(text: string): Promise<StoredLoad> {
  const bare = builtinScheme(text.trim());
  if (bare) return { ok: true, stored: { scheme: bare, hash8: schemeHash(bare).slice(0, 8), base: bare, diff: [] } };
  const load = await parseScheme(text);
  if (!load.ok) return load;
  const scheme = load.scheme;
  if (builtinScheme(scheme.id)) {
    const message = { zh: strings("zh").trust.scheme.reusesBuiltin(scheme.id), en: strings("en").trust.scheme.reusesBuiltin(scheme.id) };
    return { ok: false, problems: [{ path: "id", message }] };
  }
  let extended: string | null = null;
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, "")) as { extends?: unknown };
    if (typeof raw.extends === "string") extended = raw.extends;
  } catch {
    // parseScheme has already read it.
  }
  const base = (extended && builtinScheme(extended)) || (programmeOf(scheme).builtins[0] as Scheme);
  return { ok: true, stored: { scheme, hash8: schemeHash(scheme).slice(0, 8), base, diff: schemeDiff(base, scheme) } };
}

export interface SchemeRequest {
  /** A scheme named on the command line or chosen in the pane; null: none. */
  named: Scheme | null;
  namedFrom?: "builtin" | "file";
  /** Use the workbook's stored scheme (CLI `--scheme workbook`; the pane when one is stored). */
  useStored: boolean;
}

export type SchemeResolution =
  | {
      ok: true;
      /** null: detect from the workbook (a built-in). */
      scheme: Scheme | null;
      source: SchemeSource;
      /** The stored scheme, when it is the one used. */
      stored: StoredScheme | null;
      /** A stored scheme present but not used: told, never applied. */
      ignored: { title: Scheme["shortTitle"] | null; hash8: string } | null;
    }
  | { ok: false; reason: "noneStored" }
  | { ok: false; reason: "badStored"; problems: SchemeProblem[] };

export async function resolveScheme(req: SchemeRequest, storedText: string | null): Promise<SchemeResolution> {
  const text = storedText !== null && storedText.trim() !== "" ? storedText : null;
  if (req.useStored && !req.named) {
    if (text === null) return { ok: false, reason: "noneStored" };
    const load = await loadStoredScheme(text);
    if (!load.ok) return { ok: false, reason: "badStored", problems: load.problems };
    return { ok: true, scheme: load.stored.scheme, source: "workbook", stored: load.stored, ignored: null };
  }
  let ignored: { title: Scheme["shortTitle"] | null; hash8: string } | null = null;
  if (text !== null) {
    const load = await loadStoredScheme(text);
    ignored = load.ok ? { title: load.stored.scheme.shortTitle, hash8: load.stored.hash8 } : { title: null, hash8: sha256(text).slice(0, 8) };
  }
  const source: SchemeSource = req.named && req.namedFrom === "file" ? "file" : "builtin";
  return { ok: true, scheme: req.named, source, stored: null, ignored };
}
