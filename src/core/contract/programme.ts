/**
 * A review programme (四好 chambers, 创新中国 cases, …) as one module: how its workbooks are
 * recognised and read, how entries are judged, what the fill writes, what the JSON, the CLI
 * table, the template, `consolidate` and the pane show. The shared engine and the edges
 * never ask which programme they hold: they ask its module (registry.ts).
 */
import type { z } from "zod";
import type { Grid } from "../kernel/grid";
import type { SheetHead } from "../kernel/headerBlock";
import type { Params, Severity } from "../kernel/issues";
import type { QuotaSetting } from "../kernel/quotas";
import type { Entry, Review, Sighting } from "../kernel/result";
import type { Scheme } from "../kernel/schemeBase";
import type { Lang } from "../strings";
import type { CliStrings } from "../strings/edges";
import type { Verdict } from "../kernel/rank";
import type { PlanValue, SheetSpec } from "../kernel/sheetSpec";
import type { SettingKey } from "../kernel/storedSettings";

export type Bilingual<T> = Record<Lang, T>;

export type { Sighting };

/** The items of 发送前检查 (engine/preflight.ts), in the order shown; a programme's codes and `notApplicable` name them. */
export type CheckKey = "sheets" | "name" | "contact" | "scores" | "totals" | "status" | "textLimits" | "quota";
export const CHECK_KEYS: readonly CheckKey[] = ["sheets", "name", "contact", "scores", "totals", "status", "textLimits", "quota"];

/** How messages name a programme (SCHEME_MISMATCH, detection). */
export interface ProgrammeWords {
  /** The programme as in "this is a … workbook", given the sheet kind that showed it. */
  workbook(sheetKind: string): string;
  /** The programme of the scheme in use, as in "the scheme in use is for …". */
  current: string;
  /** Its short name, as in "choose the … scheme". */
  short: string;
  /** Its sheet kinds by key, as a reader names them (自评表, 专家评分表 …). */
  sheets: Record<string, string>;
  /** Why one of its entries is 待核, in a few words (results view, CLI table); the shared wording when absent. */
  why?: { scoreErrors(n: number): string; unknownCategory(n: number): string };
  /** Its sheets as NO_KNOWN_SHEET lists what it looked for (`含"商会名称"列的推荐名单汇总表`); left out when absent. */
  known?: string;
  /** The lines its rankings draw, by the `line` a QUOTA_TIE carries, and what it ranks counted (`初选线`, `个案例`); without a `line`, the shared quota line. */
  lines?: Record<string, { line: string; unit: string }>;
}

/** The command line's words for its report and for `consolidate` (kept out of the pane's bundle). */
export type ReportWords = CliStrings["report"];
export type ConsolidateWords = CliStrings["consolidate"];

/** What a review is asked besides the scheme. */
export interface ReviewContext {
  /** True when the scheme was recognised from the workbook rather than named. */
  detected: boolean;
  /** Every group's quota (CLI `--quota`), for programmes that have group quotas. */
  quota?: number;
  /** Quotas set in the pane and stored in the workbook, for programmes that have group quotas. */
  quotaSetting?: QuotaSetting | null;
}

export interface TableColumn {
  label: string;
  align: "left" | "right";
  /** A shorter label for a narrow terminal. */
  short?: string;
  /** The column may wrap down to this many terminal columns. */
  wrapTo?: number;
}

/**
 * A table shown after the entries (创新中国: the experts table): in full in the CLI report
 * and the 校验报告 sheet, in a compact form in the pane.
 */
export interface TableSection {
  title: string;
  /** What the figures mean: above the column labels in 校验报告, under the table in the pane. */
  note: string;
  columns: TableColumn[];
  /** Numbers stay numbers; null is blank. */
  rows: PlanValue[][];
  /** Per row: why it is flagged, or null. */
  flags: (string | null)[];
  /** The flagged rows told in words (`陈静：相关系数 0.05 低于 0.3`). */
  flagLines: string[];
  /** The pane's compact table: an accessible name, and which columns it shows under which short labels. */
  compact: { label: string; columns: { at: number; label: string }[]; none: string };
}

/** A message in both languages, from an issue's or a reason's parameters. */
export type Message = Bilingual<(p: Params) => string>;

/** An issue code a programme brings (beyond the shared ones, kernel/issues.ts): its severity and its words. */
export interface OwnCode {
  severity: Severity;
  message: Message;
  /** Why an entry waits, in a few words, when `n` of its errors have this code (`p`: the first one's parameters); absent: the message, or "n 处错误". */
  why?: Bilingual<(n: number, p: Params) => string>;
  /** The 发送前检查 item it belongs to; `sheets` when absent. */
  check?: CheckKey;
}

/**
 * `consolidate`: what one source workbook gives (`G`), and the new workbook made from all
 * of them. Sheet names are handed out by `name`, so they stay unique across programmes' sheets
 * and the tool's own (来源清单, 校验报告).
 */
export interface Consolidation<S extends Scheme, G> {
  /** Names of the sheets it makes itself (the generated summary), kept from the copies. */
  reserved(scheme: S): string[];
  gather(grids: Grid[], scheme: S): G;
  /** True when the source gives nothing to consolidate. */
  empty(g: G): boolean;
  /** The source's sheets copied, in order (for the 来源清单 sheet). */
  sheets(g: G): Grid[];
  layout(sources: GatheredSource<G>[], scheme: S, name: SheetNamer, lang: Lang, words: ConsolidateWords): SheetSpec[];
}

export interface GatheredSource<G> {
  /** The file as shown to the user. */
  file: string;
  /** Its name without folder and extension, to tell apart sheets of the same name. */
  stem: string;
  gathered: G;
}

/** Copies `grid` under a unique name near `wanted` (once per grid) and returns the name. */
export interface SheetNamer {
  /** A unique legal name near `wanted`, now taken. */
  unique(wanted: string): string;
  /** The name `grid` was copied under, or null. */
  copiedAs(grid: Grid): string | null;
  /** Records that `grid` was copied under `name`. */
  copied(grid: Grid, name: string): void;
}

/** One scoring workbook per person from the workbook's own list (创新中国: one per expert). */
export interface ScoringSheets<S extends Scheme, L> {
  /** The list the sheets are made from, or null when the workbook has none. */
  listing(grids: Grid[], scheme: S): L | null;
  /** How many rows the list has (0: nothing to score). */
  count(listing: L): number;
  /** The list's sheet, for messages. */
  sheet(listing: L): string;
  make(scheme: S, listing: L, person: string, lang: Lang): SheetSpec;
}

/**
 * The pane's summary of a review: how its groups are drawn. `quota`: each group has a quota
 * to stay within (listing more is over quota); `final`: groups compete for a final list
 * (listing more is how a competition works, not a fault).
 */
export interface PaneShape {
  groups: "quota" | "final";
}

/**
 * Where an entry stands at the programme's line, as the pane's results show it: a verdict
 * (名额内: 是 / 否 / 并列待定) or a stage (入选终审 … 未入围).
 */
export type LineMark = Verdict | "final" | "finalTie" | "shortlist" | "shortlistTie" | "out";

/** The pane's results table: what its group, score and line columns hold for an entry. */
export interface ResultsShape<E> {
  group(e: E): string | null;
  score(e: E): number | null;
  line(e: E): LineMark | null;
  /** Tied at a line (the 并列待定 chip). */
  tie(e: E): boolean;
  /** Outside the line (the 名额外 chip). */
  out(e: E): boolean;
}

export interface Programme<S extends Scheme = Scheme, E extends Entry = Entry, G = unknown> {
  /** The `kind` its schemes carry. */
  kind: string;
  /**
   * Its schemes' zod schema (strict; its own checks as refinements), loaded on first use: a
   * dynamic `import()` of its scheme file, so that zod is read only when a custom scheme is
   * checked (engine/schemes/checker.ts). Name the import's chunk "scheme-checker", as the shipped
   * programmes do, so the pane fetches one file for every schema.
   */
  loadSchema(): Promise<z.ZodType<S>>;
  /** Its built-in schemes, checked against its schema when registered (unless trusted). The first is its default. */
  builtins: readonly S[];
  words: Bilingual<ProgrammeWords>;
  /** Issue codes of its own, beyond the shared ones (kernel/issues.ts); the engine never names them. */
  codes?: Record<string, OwnCode>;
  /** Reason codes of its own (rules that make an entry 不合格). */
  reasons?: Record<string, Message>;

  /** Detect: the first of its sheets in the workbook, read with `scheme`'s aliases (headers only). */
  detect(grids: Grid[], scheme: S): Sighting | null;
  /**
   * Which sheets its review may read, from a sheet's first rows alone (every sheet it reads
   * has its header there): the file reader reads only those in full.
   */
  reads(scheme: S): (head: SheetHead) => boolean;
  /** Read and evaluate: the whole verdict. */
  review(grids: Grid[], scheme: S, ctx: ReviewContext): Review;
  /** The workbook's stored settings its review reads (the check stamp covers them, SPEC §7); none when absent. */
  settings?: readonly SettingKey[];
  /** Result columns, in order: keys of `scheme.resultColumns`. */
  resultKeys(scheme: S): readonly string[];
  /** The value of a result column of its own; `status`, `rank` and `note` are the engine's. */
  resultValue(e: E, key: string, lang: Lang): PlanValue;
  /** SPEC §5: an entry's fields between `name` and `status` (`head`) and after `rank` (`tail`). */
  jsonEntry(e: E, lang: Lang): { head: Record<string, unknown>; tail: Record<string, unknown> };
  /** Report-level JSON of its own (创新中国: `experts`). */
  jsonExtra?(review: Review): Record<string, unknown>;
  /** The CLI's entry table: its columns and one row per entry (text as shown). */
  table: {
    columns(scheme: S, words: ReportWords, lang: Lang): TableColumn[];
    row(e: E, scheme: S, words: ReportWords, lang: Lang): string[];
  };
  /** Tables after the entries: the CLI report, the 校验报告 sheet and the pane show them. */
  sections?(review: Review, lang: Lang): TableSection[];
  /** The blank workbook (CLI `template`, the pane's 插入空白模板). */
  template(scheme: S): SheetSpec[];
  consolidation: Consolidation<S, G>;
  /** 导入工作簿 and 发送前检查 (absent: sheets go in as they are, every checklist item applies). */
  intake?: IntakeHooks<S, E, G>;
  scoringSheets?: ScoringSheets<S, unknown>;
  pane: PaneShape;
  results: ResultsShape<E>;
}

/** 导入工作簿 and 发送前检查: what differs between programmes (the engine's intakePlan.ts and preflight.ts ask). */
export interface IntakeHooks<S extends Scheme = Scheme, E extends Entry = Entry, G = unknown> {
  /** The summary rows a gathered source brings, each with its sheet; null when the programme keeps no summary of its units (its sheets go in as they are). */
  rows(g: G): IntakeRow[] | null;
  /** The sheets a gathered source brings when it has no summary rows. */
  sheets(g: G): Grid[];
  /** The summary an import appends to: its header row and columns; null when `g` is not one. */
  summaryColumns(g: Grid, scheme: S): { row: number; cols: IntakeColumns } | null;
  /** A new summary for a workbook that has none (the first import into an empty workbook), with its columns. */
  newSummary(scheme: S): { spec: SheetSpec; cols: IntakeColumns } | null;
  /** A unit the workbook already lists (to ask before replacing it); null for entries that are not units. */
  unit(e: E): { name: string; sheet: string | null; row: number | null } | null;
  /** The header row of a unit's own form (labels such as 联系人 stand above it); null when `g` is not one. */
  formTop(g: Grid, scheme: S): number | null;
  /** Checklist items that do not apply to this review. */
  notApplicable(rv: Review): readonly CheckKey[];
}

export interface IntakeRow {
  group: string | null;
  name: string;
  type: string | null;
  stated: number | null;
  sheet: Grid | null;
}

export interface IntakeColumns {
  seq?: number;
  group?: number;
  name: number;
  type?: number;
  statedTotal?: number;
  sheetRef?: number;
}
