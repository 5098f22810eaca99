import { a1 } from "./grid";
import { ownCode } from "../contract/registry";

export type Severity = "error" | "warning";

/** Stable issue codes (SPEC §3–4) and their severity. */
export const ISSUE_SEVERITY = {
  // sheets and linking
  NO_KNOWN_SHEET: "error",
  SCHEME_MISMATCH: "error",
  MIXED_PROGRAMMES: "error",
  SHEET_NOT_FOUND: "error",
  AMBIGUOUS_SHEET: "error",
  ORPHAN_SHEET: "warning",
  DUPLICATE_ENTRY: "error",
  NAME_MISSING: "error",
  // self-assessment template
  TEMPLATE_CATEGORY_MAX: "warning",
  TEMPLATE_VETO_COUNT: "warning",
  TEMPLATE_BASIC_COUNT: "warning",
  UNKNOWN_CATEGORY: "error",
  ITEM_MAX_INVALID: "error",
  // scores
  SCORE_MISSING: "error",
  SCORE_NOT_NUMBER: "error",
  SCORE_FORMULA_ERROR: "error",
  SCORE_OUT_OF_RANGE: "error",
  SCORE_PRECISION: "warning",
  SUBTOTAL_MISMATCH: "warning",
  TOTAL_MISMATCH: "warning",
  SUMMARY_TOTAL_MISMATCH: "warning",
  // quotas
  QUOTA_TIE: "warning",
  QUOTA_MISSING: "warning",
  QUOTA_INVALID: "warning",
  OVER_QUOTA: "warning",
  // chuangxin-2021
  TOO_FEW_EXPERTS: "error",
  UNKNOWN_CASE: "warning",
  SCORE_OUTLIER: "warning",
  REASON_TOO_LONG: "error",
  CASE_TOO_LONG: "warning",
  OVER_RECOMMENDED: "error",
  // chuangxin-2021 expert panel
  CONFLICT_OF_INTEREST: "error",
  EXPERT_INCONSISTENT: "warning",
  EXPERT_NO_SPREAD: "warning",
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_SEVERITY;

/** Rule codes that make an entry 不合格; they are reasons, not issues. */
export type ReasonCode = "VETO_ZERO" | "BASIC_SHORTFALL" | "BELOW_THRESHOLD" | "NOT_SUBSCRIBED";

/** A shared code, or one a registered programme brings (programmes/types.ts `codes`, `reasons`). */
export type AnyCode<C extends string> = C | (string & {});

export type Params = Record<string, string | number>;

export interface Issue {
  severity: Severity;
  code: AnyCode<IssueCode>;
  sheet: string;
  /** A1 address on `sheet`, or null for an issue of a whole sheet or group. */
  cell: string | null;
  /** 0-based sheet position of `cell`. */
  at: { row: number; col: number } | null;
  params: Params;
}

export interface Reason {
  code: AnyCode<ReasonCode>;
  params: Params;
}

export function makeIssue(
  code: AnyCode<IssueCode>,
  sheet: string,
  at: { row: number; col: number } | null,
  params: Params = {},
): Issue {
  const severity = code in ISSUE_SEVERITY ? ISSUE_SEVERITY[code as IssueCode] : ownCode(code)?.severity;
  if (!severity) throw new Error(`unknown issue code ${code}`);
  return {
    severity,
    code,
    sheet,
    cell: at ? a1(at.row, at.col) : null,
    at: at ? { row: at.row, col: at.col } : null,
    params,
  };
}

/** Workbook order, then top to bottom, left to right; whole-sheet issues first. */
export function sortIssues(issues: Issue[], sheetOrder: string[]): Issue[] {
  const order = new Map(sheetOrder.map((n, i) => [n, i]));
  const key = (i: Issue) => order.get(i.sheet) ?? sheetOrder.length;
  return issues
    .map((issue, seq) => ({ issue, seq }))
    .sort((a, b) => {
      const d = key(a.issue) - key(b.issue);
      if (d) return d;
      const ra = a.issue.at ? a.issue.at.row : -1;
      const rb = b.issue.at ? b.issue.at.row : -1;
      if (ra !== rb) return ra - rb;
      const ca = a.issue.at ? a.issue.at.col : -1;
      const cb = b.issue.at ? b.issue.at.col : -1;
      if (ca !== cb) return ca - cb;
      return a.seq - b.seq;
    })
    .map((x) => x.issue);
}
