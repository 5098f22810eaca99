/**
 * 发送前检查: one verdict — 可以发送 / 需要修改 — over a checklist. The same rules as the
 * CLI's `check`, which exits 0 exactly when the verdict is 可以发送: every error of the review
 * fails an item, and so does a blank name or contact the form asks for. Warnings (a stated
 * total that differs, a quota tie) mark an item to look at without stopping the sending.
 */
import { Finding, finding, formFindings } from "./contact";
import { Grid } from "../kernel/grid";
import { Issue, IssueCode } from "../kernel/issues";
import { issueMessage, reasonMessage } from "../contract/messages";
import { CHECK_KEYS, type CheckKey } from "../contract/programme";
import { ownCode, programmeOf } from "../contract/registry";
import { Review } from "../kernel/result";
import { Lang, strings } from "../strings";

export type CheckState = "pass" | "fail" | "warn" | "na";
/** A cell the user should look at: an issue of the review or a finding of the checklist. */
export type CheckPoint = Issue | Finding;

export interface CheckItem {
  key: CheckKey;
  state: CheckState;
  points: CheckPoint[];
}

export interface Preflight {
  ready: boolean;
  items: CheckItem[];
}

/**
 * Which item each review issue belongs to: the shared codes here, a programme's own code where
 * its programme says (OwnCode.check). Codes not placed fall to `sheets`, so no error escapes.
 */
const ITEM_OF: Partial<Record<IssueCode, CheckKey>> = {
  NAME_MISSING: "name",
  SCORE_MISSING: "scores",
  SCORE_NOT_NUMBER: "scores",
  SCORE_FORMULA_ERROR: "scores",
  SCORE_OUT_OF_RANGE: "scores",
  SCORE_PRECISION: "scores",
  UNKNOWN_CATEGORY: "scores",
  QUOTA_TIE: "quota",
};

function itemOf(code: string): CheckKey {
  return ITEM_OF[code as IssueCode] ?? ownCode(code)?.check ?? "sheets";
}

/** Entries whose eligibility is not settled, or settled against them. */
function statusPoints(rv: Review, lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const e of rv.entries) {
    if (e.status === "qualified") continue;
    const at = e.nameAt ?? { row: e.row, col: 0 };
    if (e.status === "pending") out.push(finding("STATUS_PENDING", "error", e.sheet, at, { name: e.name }));
    else out.push(finding("STATUS_DISQUALIFIED", "warning", e.sheet, at, { name: e.name, why: e.reasons.map((r) => reasonMessage(r, lang)).join("；") }));
  }
  return out;
}

function stateOf(points: CheckPoint[]): CheckState {
  if (points.some((p) => p.severity === "error")) return "fail";
  return points.length ? "warn" : "pass";
}

/** The checklist of one reviewed workbook; `grids` are those the review read. */
export function preflight(rv: Review, grids: Grid[], lang: Lang = "zh"): Preflight {
  const points = new Map<CheckKey, CheckPoint[]>(CHECK_KEYS.map((k) => [k, []]));
  for (const i of rv.issues) points.get(itemOf(i.code))!.push(i);
  // A template nobody filled in has no errors only because it holds nothing: not ready to send.
  const known = !rv.issues.some((i) => i.code === "NO_KNOWN_SHEET");
  if (known && (rv.blank || !rv.entries.length)) points.get("sheets")!.push(finding("NOTHING_FILLED", "error", rv.table?.sheet ?? rv.sheetOrder[0] ?? "", null, {}));
  const forms = formFindings(grids, rv);
  points.get("name")!.push(...forms.names);
  points.get("contact")!.push(...forms.contacts);
  points.get("status")!.push(...statusPoints(rv, lang));
  const na = new Set<CheckKey>();
  if (!forms.hasContact) na.add("contact");
  for (const key of programmeOf(rv.scheme).intake?.notApplicable(rv) ?? []) na.add(key);
  if (!rv.entries.length && !points.get("status")!.length) na.add("status");
  const items = CHECK_KEYS.map((key): CheckItem => {
    const list = points.get(key)!;
    return { key, state: na.has(key) && !list.length ? "na" : stateOf(list), points: list };
  });
  return { ready: items.every((i) => i.state !== "fail"), items };
}

/** A checklist point in words. */
export function pointMessage(p: CheckPoint, lang: Lang = "zh"): string {
  if ("kind" in p && p.kind === "finding") {
    const f = strings(lang).preflight.finding;
    return (f[p.code] as (x: Record<string, string>) => string)(p.params);
  }
  return issueMessage(p as Issue, lang);
}

/** SPEC §5 shape of the checklist for `--json`. */
export function jsonPreflight(pf: Preflight, lang: Lang = "zh"): unknown {
  const t = strings(lang).preflight;
  return {
    verdict: pf.ready ? "ready" : "fix",
    items: pf.items.map((i) => ({
      key: i.key,
      label: t.item[i.key],
      state: i.state,
      points: i.points.map((p) => ({ severity: p.severity, code: p.code, sheet: p.sheet, cell: p.cell, message: pointMessage(p, lang) })),
    })),
  };
}
