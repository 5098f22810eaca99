import { Entry, Issue, Lang, QUOTA_PRECEDENCE, Review, Verdict, entryWhy, formatScore, issueMessage, strings, cliStrings } from "../core";
import { panelLines, withNormalized } from "./panel";
import { Column, displayWidth, fitTable, oneLine, padEnd, wrapText } from "./width";

function num(v: number | null): string {
  return v === null ? "" : formatScore(v);
}

function verdict(v: Verdict | null, lang: Lang): string {
  return v === null ? "" : cliStrings(lang).report.verdict[v];
}

function entryRow(e: Entry, lang: Lang): string[] {
  const t = cliStrings(lang).report;
  const common = [t.status[e.status], e.rank === null ? "" : String(e.rank)];
  const why = entryWhy(e, lang);
  if (e.kind === "chamber") {
    return [oneLine(e.name), oneLine(e.group ?? ""), num(e.total), ...common, verdict(e.withinQuota, lang), why];
  }
  return [
    oneLine(e.name),
    oneLine(e.category ?? ""),
    String(e.experts),
    num(e.score),
    ...common,
    verdict(e.shortlisted, lang),
    verdict(e.final, lang),
    why,
  ];
}

/** Names and groups may wrap to this many columns; the reason to this many. */
const NAME_MIN = 12;
const GROUP_MIN = 8;
const WHY_MIN = 16;

function columns(review: Review, lang: Lang): Column[] {
  const t = cliStrings(lang).report;
  const chamber = review.scheme.kind === "chamber";
  const labels = chamber ? t.chamberColumns : t.caseColumns;
  const short = chamber ? t.chamberShort : t.caseShort;
  const align = chamber
    ? (["left", "left", "right", "left", "right", "left", "left"] as const)
    : (["left", "left", "right", "right", "left", "right", "left", "left", "left"] as const);
  return labels.map((label, i) => ({
    label,
    short: short[i],
    align: align[i],
    wrapTo: i === 0 ? NAME_MIN : i === 1 ? GROUP_MIN : i === labels.length - 1 ? WHY_MIN : undefined,
  }));
}

/**
 * The table of entries, aligned for CJK text (full-width characters take two columns) and,
 * given the terminal's width, fitted to it: long names and reasons wrap inside their column.
 */
export function entryTable(review: Review, lang: Lang, width: number | null = null): string[] {
  const t = cliStrings(lang).report;
  if (!review.entries.length) return [t.noEntries];
  const shown = withNormalized(review, columns(review, lang), review.entries.map((e) => entryRow(e, lang)));
  return fitTable(shown.columns, shown.rows, width);
}

/** Issues under the name of their sheet, in workbook order: cell, severity, message (wrapped under itself). */
export function issueLines(issues: Issue[], lang: Lang, width: number | null = null): string[] {
  const t = cliStrings(lang).report;
  if (!issues.length) return [t.noIssues];
  const cellWidth = Math.max(...issues.map((i) => (i.cell ?? t.wholeSheet).length));
  const sevWidth = Math.max(...Object.values(t.severity).map(displayWidth));
  const indent = 2 + cellWidth + 2 + sevWidth + 2;
  const out: string[] = [];
  let sheet: string | null = null;
  for (const i of issues) {
    if (i.sheet !== sheet) {
      sheet = i.sheet;
      out.push(oneLine(sheet));
    }
    const cell = padEnd(i.cell ?? t.wholeSheet, cellWidth);
    const message = oneLine(issueMessage(i, lang));
    const lines = width !== null && width - indent >= WHY_MIN ? wrapText(message, width - indent) : [message];
    out.push(`  ${cell}  ${padEnd(t.severity[i.severity], sevWidth)}  ${lines[0]}`.trimEnd());
    for (const more of lines.slice(1)) out.push(`${" ".repeat(indent)}${more}`);
  }
  return out;
}

/** `名额来自：推荐名额分配表（28 个组）、本窗格设置（3 个组）`, in precedence order; null when no group has a quota. */
export function quotaSourceLine(review: Review, lang: Lang): string | null {
  if (review.scheme.kind !== "chamber") return null;
  const t = cliStrings(lang).report;
  const source = strings(lang).quotaSource;
  const counts = new Map<string, number>();
  for (const g of review.groups) if (g.quotaSource) counts.set(g.quotaSource, (counts.get(g.quotaSource) ?? 0) + 1);
  if (!counts.size) return null;
  const list = QUOTA_PRECEDENCE.filter((s) => counts.has(s)).map((s) => t.quotaSourceCount(source[s], counts.get(s)!));
  return t.quotaSources(list.join(lang === "zh" ? "、" : ", "));
}

/** The whole human report of one review, ending with the counts; `width` is the terminal's (null: no limit). */
export function humanReport(review: Review, file: string, lang: Lang, width: number | null = null): string {
  const t = cliStrings(lang).report;
  const title = review.scheme.title[lang];
  const quotas = quotaSourceLine(review, lang);
  const lines = [
    t.heading(title, review.scheme.id, review.detected),
    t.file(oneLine(file)),
    ...(quotas ? [quotas] : []),
    "",
    ...entryTable(review, lang, width),
    ...(t.formWords && review.entries.length ? ["", ...(width ? wrapText(t.formWords, width) : [t.formWords])] : []),
    ...panelLines(review, lang, width),
    "",
    t.issues,
    ...issueLines(review.issues, lang, width),
    "",
    t.counts(review.counts),
  ];
  return lines.join("\n") + "\n";
}
