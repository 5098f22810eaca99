import { a1 } from "./grid";

export type Severity = "error" | "warning";

/**
 * The issue codes every programme may raise (SPEC §3–4), and their severity. A programme's own
 * codes (创新中国's TOO_FEW_EXPERTS, 四好's SUBTOTAL_MISMATCH …) live in its folder, with their
 * words (programmes/<kind>/codes.ts), and are made with `issueMaker`.
 */
export const SHARED_SEVERITY = {
  // sheets and linking
  NO_KNOWN_SHEET: "error",
  SCHEME_MISMATCH: "error",
  MIXED_PROGRAMMES: "error",
  DUPLICATE_ENTRY: "error",
  NAME_MISSING: "error",
  UNKNOWN_CATEGORY: "error",
  // scores (score.ts)
  SCORE_MISSING: "error",
  SCORE_NOT_NUMBER: "error",
  SCORE_FORMULA_ERROR: "error",
  SCORE_OUT_OF_RANGE: "error",
  SCORE_PRECISION: "warning",
  // a tie across a line (rank.ts); each programme words its lines (ProgrammeWords.lines)
  QUOTA_TIE: "warning",
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof SHARED_SEVERITY;

/** A shared code, or one a programme brings (contract/programme.ts `codes`, `reasons`). */
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

/** A rule that makes an entry 不合格: a reason, not an issue. Every reason is a programme's own. */
export interface Reason {
  code: string;
  params: Params;
}

/** An issue of `code` at `at` (null: the whole sheet or group), with the severity given. */
export function issueAt(code: string, severity: Severity, sheet: string, at: { row: number; col: number } | null, params: Params = {}): Issue {
  return {
    severity,
    code,
    sheet,
    cell: at ? a1(at.row, at.col) : null,
    at: at ? { row: at.row, col: at.col } : null,
    params,
  };
}

/** An issue of a shared code. */
export function sharedIssue(code: IssueCode, sheet: string, at: { row: number; col: number } | null, params: Params = {}): Issue {
  return issueAt(code, SHARED_SEVERITY[code], sheet, at, params);
}

/** Makes issues of the shared codes and of `own` (a programme's code table), typed by both. */
export function issueMaker<C extends string>(own: Record<C, { severity: Severity }>) {
  return (code: C | IssueCode, sheet: string, at: { row: number; col: number } | null, params: Params = {}): Issue =>
    code in SHARED_SEVERITY ? sharedIssue(code as IssueCode, sheet, at, params) : issueAt(code, own[code as C].severity, sheet, at, params);
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
