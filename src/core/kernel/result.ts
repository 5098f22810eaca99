import type { Pos } from "./grid";
import type { Issue, Reason } from "./issues";
import type { QuotaSource } from "./quotas";
import type { Scheme } from "./schemeBase";

export type Status = "qualified" | "disqualified" | "pending";

export interface EntryBase {
  /** Sheet holding the entry's row (the summary, or the self-assessment sheet when there is none). */
  sheet: string;
  /** 0-based sheet row. */
  row: number;
  name: string;
  nameAt: Pos | null;
  status: Status;
  reasons: Reason[];
  rank: number | null;
  /** The errors that keep the entry 待核 (its own and its sheet's). */
  errors: Issue[];
  /** Warnings about the entry's own row, told in 校验说明. */
  notes: Issue[];
}

/** An entry of any programme; each programme's code narrows it to its own type (ChamberEntry, CaseEntry). */
export interface Entry extends EntryBase {
  /** The programme's kind. */
  kind: string;
}

/** Per province (or per category): what a reviewer sees in the quota bars. */
export interface GroupStat {
  /** As the first entry of the group writes it. */
  name: string | null;
  /** What the group is compared by: the canonical province (四好) or the category (创新中国). */
  groupKey: string | null;
  listed: number;
  qualified: number;
  disqualified: number;
  pending: number;
  /** The quota (四好) or the final-list size (创新中国); null when unknown. */
  quota: number | null;
  yes: number;
  tie: number;
  /** Where the quota came from (SPEC §3.3); null when there is none. 四好 only. */
  quotaSource?: QuotaSource | null;
  /** 创新中国: the shortlist size (入围初选) and how many are in it or tied at its line. */
  shortlist?: number | null;
  shortlistYes?: number;
  shortlistTie?: number;
}

export interface Counts {
  entries: number;
  qualified: number;
  disqualified: number;
  pending: number;
  errors: number;
  warnings: number;
}

export type ResultKey = string;

/** Where results go: the summary sheet, its header row and one column per result. */
export interface ResultTable {
  sheet: string;
  headerRow: number;
  /** Result columns in scheme order; `col` null means "append after the last used column". */
  columns: { key: ResultKey; label: string; col: number | null }[];
  /** First column free for appending. */
  appendAt: number;
}

/** The verdict on one workbook. A programme adds fields of its own by declaration merging (创新中国: `experts`). */
export interface Review {
  scheme: Scheme;
  /** True when the scheme was recognised from the workbook rather than named. */
  detected: boolean;
  entries: Entry[];
  issues: Issue[];
  groups: GroupStat[];
  counts: Counts;
  table: ResultTable | null;
  /** Blank 小计/合计 cells and their computed values (written only on request). */
  statedFills: { sheet: string; row: number; col: number; value: number }[];
  /** Sheet names in workbook order. */
  sheetOrder: string[];
  /** Which scheme detection chose and why; absent when the scheme was named. */
  detection?: Detection;
  /** Who a sheet belongs to, for labelling issues: 自评表 → chamber name, expert sheet → expert. */
  sheetTitles?: Record<string, string>;
  /** Nothing filled in yet: no entry listed and no score entered (发送前检查 says 尚未填写). */
  blank?: boolean;
  /** The workbook's stored settings the review read, canonical (null: not set); the check stamp covers them. */
  settings?: Record<string, unknown>;
}

/* What detection saw (engine/detection.ts), kept on the review. */

/** What a workbook shows of a programme: the first sheet that is one of its sheet kinds. */
export interface Sighting {
  sheet: string;
  /** Which of the programme's sheet kinds it is (a key of `ProgrammeWords.sheets`). */
  sheetKind: string;
}

export interface ProgrammeSeen extends Sighting {
  /** The programme's kind. */
  programme: string;
  /** Its default built-in scheme, the one to choose. */
  use: string;
}

/** Which scheme detection chose, and why. */
export interface Detection {
  scheme: Scheme;
  /** `candidate`: one of the schemes tried first; `builtin`: a built-in; `none`: nothing matched, the first built-in is used. */
  by: "candidate" | "builtin" | "none";
  /** The sheet that showed it, read as one of its programme's sheet kinds; null when nothing matched. */
  sighting: Sighting | null;
  /** Schemes tried before it that matched no sheet, in order. */
  passed: Scheme[];
  /**
   * Other programmes whose sheets the workbook holds too (each judged with its default
   * built-in scheme): the review reads none of them, so the user must choose (MIXED_PROGRAMMES).
   */
  others: ProgrammeSeen[];
}

/** The fields every entry starts with: 待核 until its rules are applied. */
export function entryBase(sheet: string, row: number, name: string, nameAt: Pos | null): EntryBase {
  return { sheet, row, name, nameAt, status: "pending", reasons: [], rank: null, errors: [], notes: [] };
}
