/** Sheet names as Excel accepts them: at most 31 characters, none of []:*?/\ nor what XML 1.0 cannot carry, unique ignoring case. */

const MAX = 31;

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let t = s.slice(0, max);
  const last = t.charCodeAt(t.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) t = t.slice(0, -1);
  return t;
}

/** Characters no sheet name may hold: Excel's []:*?/\, and what XML 1.0 cannot carry (controls, U+FFFE/FFFF, lone surrogates). */
// eslint-disable-next-line no-control-regex
const BAD = /[[\]:*?/\\\u0000-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True when Excel accepts `name` as it is. */
export function isLegalSheetName(name: string): boolean {
  BAD.lastIndex = 0;
  return name.length > 0 && name.length <= MAX && !BAD.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== "history";
}

/** A legal sheet name close to `wanted`. */
export function legalSheetName(wanted: string): string {
  let s = wanted.replace(BAD, "_").trim();
  // Excel refuses names that begin or end with an apostrophe, and reserves "History".
  s = s.replace(/^'+|'+$/g, "");
  if (!s) s = "Sheet";
  if (s.toLowerCase() === "history") s += "_";
  return cut(s, MAX);
}

/** `name`, `name (2)`, `name (3)`…: the n-th candidate name, shortened to fit. */
export function nthSheetName(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = ` (${n})`;
  return cut(base, MAX - suffix.length).replace(/'+$/, "") + suffix;
}

/** A legal name for `wanted` not in `taken` (lower-cased names); adds it to `taken`. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = legalSheetName(wanted);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = nthSheetName(base, n);
  taken.add(name.toLowerCase());
  return name;
}
