import { Entry, Issue, Lang, Review, Verdict, formatScore, issueMessage, reasonMessage, strings } from "../core";
import { panelLines, withNormalized } from "./panel";
import { Align, displayWidth, oneLine, padEnd, table } from "./width";

function num(v: number | null): string {
  return v === null ? "" : formatScore(v);
}

function verdict(v: Verdict | null, lang: Lang): string {
  return v === null ? "" : strings(lang).cli.report.verdict[v];
}

function entryRow(e: Entry, lang: Lang): string[] {
  const t = strings(lang).cli.report;
  const common = [t.status[e.status], e.rank === null ? "" : String(e.rank)];
  const reasons = oneLine(e.reasons.map((r) => reasonMessage(r, lang)).join(strings(lang).noteSep));
  if (e.kind === "chamber") {
    return [oneLine(e.name), oneLine(e.group ?? ""), num(e.total), ...common, verdict(e.withinQuota, lang), reasons];
  }
  return [
    oneLine(e.name),
    oneLine(e.category ?? ""),
    String(e.experts),
    num(e.score),
    ...common,
    verdict(e.shortlisted, lang),
    verdict(e.final, lang),
    reasons,
  ];
}

/** The table of entries, aligned for CJK text (full-width characters take two columns). */
export function entryTable(review: Review, lang: Lang): string[] {
  const t = strings(lang).cli.report;
  if (!review.entries.length) return [t.noEntries];
  const chamber = review.scheme.kind === "chamber";
  const header = chamber ? t.chamberColumns : t.caseColumns;
  const align: Align[] = chamber
    ? ["left", "left", "right", "left", "right", "left", "left"]
    : ["left", "left", "right", "right", "left", "right", "left", "left", "left"];
  const shown = withNormalized(review, [header, ...review.entries.map((e) => entryRow(e, lang))], align);
  return table(shown.rows, shown.align);
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
    ...panelLines(review, lang),
    "",
    t.issues,
    ...issueLines(review.issues, lang),
    "",
    t.counts(review.counts),
  ];
  return lines.join("\n") + "\n";
}
