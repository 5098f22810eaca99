/**
 * An entry's verdict in words, short enough for a table row: why it is 不合格 (its reasons),
 * why it is 待核 (its errors, counted by kind: `2 处自评分错误`, `找不到自评表`), and a tie at
 * the line for a qualified one. The results view and the CLI table both show this.
 */
import type { IssueCode } from "../kernel/issues";
import { issueMessage, reasonMessage } from "./messages";
import { ownCode, programmeOf } from "./registry";
import type { Entry } from "../kernel/result";
import { strings, type Lang } from "../strings";

/** The shared codes' kinds; a programme's own code is a kind of its own when it says why in a few words (OwnCode.why). */
type Kind = "score" | "duplicate" | "nameMissing" | "unknownCategory" | "other" | `own:${string}`;

const KIND: Partial<Record<IssueCode, Kind>> = {
  SCORE_MISSING: "score",
  SCORE_NOT_NUMBER: "score",
  SCORE_FORMULA_ERROR: "score",
  SCORE_OUT_OF_RANGE: "score",
  DUPLICATE_ENTRY: "duplicate",
  NAME_MISSING: "nameMissing",
  UNKNOWN_CATEGORY: "unknownCategory",
};

function kindOf(code: string): Kind {
  return KIND[code as IssueCode] ?? (ownCode(code)?.why ? `own:${code}` : "other");
}

/** Why a 待核 entry waits: each kind of error once, in the order first met, with its count. */
export function pendingWhy(e: Entry, lang: Lang = "zh"): string {
  const w = strings(lang).why;
  // Score errors and unknown categories are worded by the entry's programme (自评分 / 专家评分).
  const own = programmeOf(e.kind).words[lang].why;
  const counts = new Map<Kind, { n: number; first: Entry["errors"][number] }>();
  for (const i of e.errors) {
    const k = kindOf(i.code);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, first: i });
  }
  const parts: string[] = [];
  for (const [k, { n, first }] of counts) {
    switch (k) {
      case "score":
        parts.push(own ? own.scoreErrors(n) : w.otherErrors(n));
        break;
      case "unknownCategory":
        parts.push(own ? own.unknownCategory(n) : w.otherErrors(n));
        break;
      case "duplicate":
      case "nameMissing":
        parts.push(w[k]);
        break;
      case "other":
        parts.push(n === 1 ? issueMessage(first, lang) : w.otherErrors(n));
        break;
      default:
        parts.push(ownCode(first.code)!.why![lang](n, first.params));
    }
  }
  return parts.join(strings(lang).noteSep);
}

/** The reason column: reasons (不合格), what keeps it 待核, or a tie at the line (合格). */
export function entryWhy(e: Entry, lang: Lang = "zh"): string {
  const sep = strings(lang).noteSep;
  if (e.status === "disqualified") return e.reasons.map((r) => reasonMessage(r, lang)).join(sep);
  if (e.status === "pending") return pendingWhy(e, lang);
  return e.notes
    .filter((i) => i.code === "QUOTA_TIE")
    .map((i) => issueMessage(i, lang))
    .join(sep);
}
