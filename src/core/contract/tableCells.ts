/** Cells every programme's CLI table and result columns share: status, rank, verdicts, reasons. */
import type { ReportWords, TableColumn } from "./programme";
import { entryWhy } from "./why";
import type { Verdict } from "../kernel/rank";
import type { Entry } from "../kernel/result";
import type { Lang } from "../strings";
import { formatScore } from "../kernel/text";

export function scoreText(v: number | null): string {
  return v === null ? "" : formatScore(v);
}

/** 是 / 否 / 并列待定 as the CLI table shows them; blank when there is no verdict. */
export function verdictText(v: Verdict | null, t: ReportWords): string {
  return v === null ? "" : t.verdict[v];
}

export function statusText(e: Entry, t: ReportWords): string {
  return t.status[e.status];
}

export function rankText(e: Entry): string {
  return e.rank === null ? "" : String(e.rank);
}

/** Why an entry is 不合格, 待核 or tied, in one cell (the same words as the pane's results). */
export function whyText(e: Entry, lang: Lang): string {
  return entryWhy(e, lang);
}

/** Names and groups may wrap to this many terminal columns; the reason to this many. */
const NAME_MIN = 12;
const GROUP_MIN = 8;
const WHY_MIN = 16;

/** The CLI table's columns: the name first, the group second, the reason last (they wrap in a narrow terminal). */
export function tableColumns(labels: readonly string[], short: readonly string[], align: readonly TableColumn["align"][]): TableColumn[] {
  return labels.map((label, i) => ({
    label,
    short: short[i],
    align: align[i],
    wrapTo: i === 0 ? NAME_MIN : i === 1 ? GROUP_MIN : i === labels.length - 1 ? WHY_MIN : undefined,
  }));
}
