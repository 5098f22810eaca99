import { Issue, Lang, Review, formatScore, issueMessage, programmeOf, strings } from "../core";
import { displayWidth, oneLine, padEnd, table } from "./width";

/** The table of entries, aligned for CJK text (full-width characters take two columns); its columns are the programme's. */
export function entryTable(review: Review, lang: Lang): string[] {
  const t = strings(lang).cli.report;
  if (!review.entries.length) return [t.noEntries];
  const shown = programmeOf(review.scheme).table;
  const columns = shown.columns(review.scheme, lang);
  const rows = review.entries.map((e) => shown.row(e, review.scheme, lang).map(oneLine));
  return table([columns.map((c) => c.label), ...rows], columns.map((c) => c.align));
}

/** The programme's tables after the entries (创新中国: the experts), numbers as the report shows them. */
export function sectionLines(review: Review, lang: Lang): string[] {
  const out: string[] = [];
  for (const sec of programmeOf(review.scheme).sections?.(review, lang) ?? []) {
    const rows = sec.rows.map((r) => r.map((v) => (v === null ? "" : typeof v === "number" ? formatScore(v) : oneLine(v))));
    out.push("", sec.title, ...table([sec.columns.map((c) => c.label), ...rows], sec.columns.map((c) => c.align)));
  }
  return out;
}

/** Issues under the name of their sheet, in workbook order: cell, severity, message. */
export function issueLines(issues: Issue[], lang: Lang): string[] {
  const t = strings(lang).cli.report;
  if (!issues.length) return [t.noIssues];
  const cellWidth = Math.max(...issues.map((i) => (i.cell ?? t.wholeSheet).length));
  const sevWidth = Math.max(...Object.values(t.severity).map(displayWidth));
  const out: string[] = [];
  let sheet: string | null = null;
  for (const i of issues) {
    if (i.sheet !== sheet) {
      sheet = i.sheet;
      out.push(oneLine(sheet));
    }
    const cell = padEnd(i.cell ?? t.wholeSheet, cellWidth);
    out.push(`  ${cell}  ${padEnd(t.severity[i.severity], sevWidth)}  ${oneLine(issueMessage(i, lang))}`.trimEnd());
  }
  return out;
}

/** The whole human report of one review, ending with the counts. */
export function humanReport(review: Review, file: string, lang: Lang): string {
  const t = strings(lang).cli.report;
  const title = review.scheme.title[lang];
  const lines = [
    t.heading(title, review.scheme.id, review.detected),
    t.file(oneLine(file)),
    "",
    ...entryTable(review, lang),
    ...sectionLines(review, lang),
    "",
    t.issues,
    ...issueLines(review.issues, lang),
    "",
    t.counts(review.counts),
  ];
  return lines.join("\n") + "\n";
}
