/**
 * Any issue or reason in words: the shared codes from the words (strings/core.ts), a
 * programme's own from the programme that brings it (registry.ts). Where a shared message
 * names programmes or their lines, each programme's own words fill it in.
 */
import type { Issue, IssueCode, Params, Reason } from "../kernel/issues";
import type { Entry } from "../kernel/result";
import { Lang, strings } from "../strings";
import { ownCode, ownReason, programmes } from "./registry";

export function issueMessage(issue: Pick<Issue, "code" | "params">, lang: Lang = "zh"): string {
  const shared = strings(lang).issue[issue.code as IssueCode];
  if (!shared) return ownCode(issue.code)!.message[lang](issue.params);
  return shared(withWords(issue.code, issue.params, lang));
}

export function reasonMessage(reason: Reason, lang: Lang = "zh"): string {
  return ownReason(reason.code)![lang](reason.params);
}

/** A shared message's parameters, with what the programmes say in their own words. */
function withWords(code: string, p: Params, lang: Lang): Params {
  switch (code) {
    case "SCHEME_MISMATCH":
    case "MIXED_PROGRAMMES":
      return mismatchWords(p, lang);
    case "QUOTA_TIE":
      return lineWords(p, lang);
    case "NO_KNOWN_SHEET":
      return { ...p, known: knownSheets(lang) };
  }
  return p;
}

/** SCHEME_MISMATCH's and MIXED_PROGRAMMES' parameters with the two programmes named in their own words. */
function mismatchWords(p: Params, lang: Lang): Params {
  const words = (kind: unknown) => programmes().find((x) => x.kind === kind)?.words[lang];
  const found = words(p.found);
  const current = words(p.current);
  return {
    ...p,
    foundWorkbook: found ? found.workbook(String(p.sheetKind)) : "",
    foundShort: found?.short ?? "",
    foundName: found?.current ?? "",
    currentName: current?.current ?? "",
  };
}

/** QUOTA_TIE across a programme's own line (创新中国's 初选线 and 终审线): its name and what it ranks. */
function lineWords(p: Params, lang: Lang): Params {
  if (!p.line) return p;
  for (const prog of programmes()) {
    const l = prog.words[lang].lines?.[String(p.line)];
    if (l) return { ...p, lineName: l.line, unit: l.unit };
  }
  return p;
}

/** What each programme looked for, as NO_KNOWN_SHEET lists it. */
function knownSheets(lang: Lang): string {
  return strings(lang).orList(programmes().flatMap((prog) => prog.words[lang].known ?? []));
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
