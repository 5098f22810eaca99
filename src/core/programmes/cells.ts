/** Cells every programme's CLI table and result columns share: status, rank, verdicts, reasons. */
import { reasonMessage } from "../messages";
import type { Verdict } from "../rank";
import type { Entry } from "../result";
import { strings, type Lang } from "../strings";
import { formatScore } from "../text";

export function scoreText(v: number | null): string {
  return v === null ? "" : formatScore(v);
}

/** 是 / 否 / 并列待定 as the CLI table shows them; blank when there is no verdict. */
export function verdictText(v: Verdict | null, lang: Lang): string {
  return v === null ? "" : strings(lang).cli.report.verdict[v];
}

export function statusText(e: Entry, lang: Lang): string {
  return strings(lang).cli.report.status[e.status];
}

export function rankText(e: Entry): string {
  return e.rank === null ? "" : String(e.rank);
}

/** Why an entry is 不合格, in one cell. */
export function reasonsText(e: Entry, lang: Lang): string {
  return e.reasons.map((r) => reasonMessage(r, lang)).join(strings(lang).noteSep);
}
