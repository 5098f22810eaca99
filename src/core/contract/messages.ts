import { Issue, IssueCode, Reason, ReasonCode } from "../kernel/issues";
import { NAMES_PROGRAMMES, mismatchWords } from "../engine/mismatch";
import { ownCode, ownReason } from "./registry";
import { Entry } from "../kernel/result";
import { Lang, strings } from "../strings";

export function issueMessage(issue: Pick<Issue, "code" | "params">, lang: Lang = "zh"): string {
  const shared = strings(lang).issue[issue.code as IssueCode];
  if (!shared) return ownCode(issue.code)!.message[lang](issue.params);
  return shared(NAMES_PROGRAMMES.has(issue.code) ? mismatchWords(issue.params, lang) : issue.params);
}

export function reasonMessage(reason: Reason, lang: Lang = "zh"): string {
  const shared = strings(lang).reason[reason.code as ReasonCode];
  return shared ? shared(reason.params) : ownReason(reason.code)![lang](reason.params);
}

/**
 * 校验说明: every reason, the entry's own errors, a one-line digest of its sheet's errors,
 * then the warnings about its row. Blank when there is nothing to say.
 */
export function entryNote(e: Entry, lang: Lang = "zh"): string {
  const t = strings(lang);
  const parts: string[] = e.reasons.map((r) => reasonMessage(r, lang));
  const own = e.errors.filter((i) => i.sheet === e.sheet);
  const other = e.errors.filter((i) => i.sheet !== e.sheet);
  for (const i of own) parts.push(issueMessage(i, lang));
  const bySheet = new Map<string, Issue[]>();
  for (const i of other) {
    const list = bySheet.get(i.sheet);
    if (list) list.push(i);
    else bySheet.set(i.sheet, [i]);
  }
  for (const [sheet, list] of bySheet) {
    const first = list[0];
    parts.push(t.noteSheetErrors(sheet, list.length, first.cell ?? "", issueMessage(first, lang)));
  }
  for (const i of e.notes) parts.push(issueMessage(i, lang));
  return parts.join(t.noteSep);
}
