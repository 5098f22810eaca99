import { Issue, Lang, QUOTA_PRECEDENCE, Review, cliStrings, detectionMessage, formatScore, issueMessage, programmeOf, strings } from "../core";
import { displayWidth, fitTable, oneLine, padEnd, table, wrapText } from "./width";

/** Issue messages wrap under themselves down to this many columns. */
const MESSAGE_MIN = 16;

/**
 * The table of entries, aligned for CJK text (full-width characters take two columns) and,
 * given the terminal's width, fitted to it: long names and reasons wrap inside their column.
 * Its columns are the programme's.
 */
export function entryTable(review: Review, lang: Lang, width: number | null = null): string[] {
  const t = cliStrings(lang).report;
  if (!review.entries.length) return [t.noEntries];
  const shown = programmeOf(review.scheme).table;
  const columns = shown.columns(review.scheme, t, lang);
  const rows = review.entries.map((e) => shown.row(e, review.scheme, t, lang).map(oneLine));
  return fitTable(columns, rows, width);
}

/** The programme's tables after the entries (创新中国: the experts), numbers as the report shows them, fitted like the entries. */
export function sectionLines(review: Review, lang: Lang, width: number | null = null): string[] {
  const out: string[] = [];
  for (const sec of programmeOf(review.scheme).sections?.(review, lang) ?? []) {
    const rows = sec.rows.map((r) => r.map((v) => (v === null ? "" : typeof v === "number" ? formatScore(v) : oneLine(v))));
    const body = width === null ? table([sec.columns.map((c) => c.label), ...rows], sec.columns.map((c) => c.align)) : fitTable(sec.columns, rows, width);
    out.push("", sec.title, ...body);
  }
  return out;
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
    const lines = width !== null && width - indent >= MESSAGE_MIN ? wrapText(message, width - indent) : [message];
    out.push(`  ${cell}  ${padEnd(t.severity[i.severity], sevWidth)}  ${lines[0]}`.trimEnd());
    for (const more of lines.slice(1)) out.push(`${" ".repeat(indent)}${more}`);
  }
  return out;
}

/** `名额来自：推荐名额分配表（28 个组）、本窗格设置（3 个组）`, in precedence order; null when no group has a quota. */
export function quotaSourceLine(review: Review, lang: Lang): string | null {
  const t = cliStrings(lang).report;
  const source = strings(lang).quotaSource;
  const counts = new Map<string, number>();
  for (const g of review.groups) if (g.quotaSource) counts.set(g.quotaSource, (counts.get(g.quotaSource) ?? 0) + 1);
  if (!counts.size) return null;
  const list = QUOTA_PRECEDENCE.filter((s) => counts.has(s)).map((s) => t.quotaSourceCount(source[s], counts.get(s)!));
  return t.quotaSources(list.join(lang === "zh" ? "、" : ", "));
}

function fitLine(line: string, width: number | null): string[] {
  return width ? wrapText(line, width) : [line];
}

/** With MIXED_PROGRAMMES: how to choose the scheme on the command line (`--scheme sihao-2020 或 --scheme chuangxin-2021`). */
function chooseLine(review: Review, lang: Lang, width: number | null): string[] {
  const other = review.issues.filter((i) => i.code === "MIXED_PROGRAMMES").map((i) => String(i.params.use));
  return other.length ? fitLine(cliStrings(lang).report.chooseScheme([review.scheme.id, ...other]), width) : [];
}

/** The whole human report of one review, ending with the counts; `width` is the terminal's (null: no limit). */
export function humanReport(review: Review, file: string, lang: Lang, width: number | null = null): string {
  const t = cliStrings(lang).report;
  const title = review.scheme.title[lang];
  const quotas = quotaSourceLine(review, lang);
  const lines = [
    t.heading(title, review.scheme.id, review.detected),
    t.file(oneLine(file)),
    ...(review.detection ? fitLine(t.detectedBy(detectionMessage(review.detection, lang)), width) : []),
    ...chooseLine(review, lang, width),
    ...(quotas ? [quotas] : []),
    "",
    ...entryTable(review, lang, width),
    ...(t.formWords && review.entries.length ? ["", ...(width ? wrapText(t.formWords, width) : [t.formWords])] : []),
    ...sectionLines(review, lang, width),
    "",
    t.issues,
    ...issueLines(review.issues, lang, width),
    "",
    t.counts(review.counts),
  ];
  return lines.join("\n") + "\n";
}
