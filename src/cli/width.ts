/**
 * Terminal columns of a string: CJK ideographs and full-width forms take two, combining
 * marks none. Ambiguous characters (“ ” ※ —) count one, as most terminals draw them.
 */
import { keepRuns } from "../core";

const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const ZERO: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

function inRanges(cp: number, ranges: readonly [number, number][]): boolean {
  for (const [a, b] of ranges) if (cp >= a && cp <= b) return true;
  return false;
}

export function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x1100) return inRanges(cp, ZERO) ? 0 : 1;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/**
 * User text made safe for one terminal line: line breaks and tabs become spaces, other
 * control characters (which could move the cursor or recolour the screen) are dropped.
 */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}

export function padEnd(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + " ".repeat(width - w);
}

export function padStart(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : " ".repeat(width - w) + s;
}

export type Align = "left" | "right";

/** Rows of cells laid out in columns two spaces apart; trailing spaces trimmed. */
export function table(rows: string[][], align: Align[]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) =>
    r
      .map((c, i) => (align[i] === "right" ? padStart(c, widths[i]) : padEnd(c, widths[i])))
      .join("  ")
      .trimEnd(),
  );
}

/** Characters that may not start a line (they close or separate) or end one (they open). */
const NO_START = new Set([..."，。、；：？！）》」』】〕”’,.;:?!)]}%…—"]);
const NO_END = new Set([..."（《「『【〔“‘([{"]);

/** The pieces a line may break between: kept runs, Latin words with their space, single CJK characters. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const run of keepRuns(text)) {
    if (run.keep) {
      out.push(run.text);
      continue;
    }
    for (const m of run.text.matchAll(/[A-Za-z0-9_'"\-./@#]+ ?| |[^\sA-Za-z0-9]/gu)) out.push(m[0]);
  }
  // Punctuation rides with the piece before it; an opening bracket with the piece after it.
  const joined: string[] = [];
  for (const p of out) {
    const last = joined.length - 1;
    if (last >= 0 && (NO_START.has(p[0]) || NO_END.has(joined[last][joined[last].length - 1]))) joined[last] += p;
    else joined.push(p);
  }
  return joined;
}

/** Breaks text into lines of at most `width` terminal columns, never inside a kept run unless it alone is wider. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let w = 0;
  const push = () => {
    lines.push(line.trimEnd());
    line = "";
    w = 0;
  };
  for (let p of pieces(oneLine(text))) {
    let pw = displayWidth(p);
    if (w > 0 && w + displayWidth(p.trimEnd()) > width) push();
    if (w === 0) {
      p = p.trimStart();
      pw = displayWidth(p);
    }
    // A single piece wider than the column is cut by characters.
    while (pw > width && w === 0) {
      let cut = "";
      let cw = 0;
      for (const ch of p) {
        const c = charWidth(ch.codePointAt(0)!);
        if (cw + c > width) break;
        cut += ch;
        cw += c;
      }
      lines.push(cut);
      p = p.slice(cut.length);
      pw = displayWidth(p);
    }
    line += p;
    w += pw;
  }
  if (line.trim() !== "" || lines.length === 0) push();
  return lines;
}

export interface Column {
  label: string;
  /** A shorter label used when the table would not fit the terminal with the long one. */
  short?: string;
  align: Align;
  /** The column's text may wrap down to this width (never below its label's width). */
  wrapTo?: number;
}

/** Columns are two spaces apart; one when that is what it takes to fit. */
const GAPS = [2, 1];

/** The reason column first gives way down to this, before anything else is squeezed. */
const COMFORT = 28;

function naturalWidths(rows: string[][], labels: string[]): number[] {
  return labels.map((l, i) => Math.max(displayWidth(l), ...rows.map((r) => displayWidth(r[i] ?? ""))));
}

/**
 * A table that fits `width` terminal columns (null: no limit). Wrapping columns break their
 * text onto more lines within the column; labels are never broken. To fit, in this order: the
 * last wrapping column (the reason) narrows to a comfortable width, the labels switch to their
 * short forms, the widest wrapping column narrows a column at a time (down to each one's
 * minimum), then columns close up to one space apart. A terminal too narrow even for that gets
 * whole columns running over.
 */
export function fitTable(columns: Column[], rows: string[][], width: number | null): string[] {
  const limit = width ?? Number.POSITIVE_INFINITY;
  let labels = columns.map((c) => c.label);
  let widths = naturalWidths(rows, labels);
  let gap = GAPS[0];
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  const wrapping = columns.map((_, i) => i).filter((i) => columns[i].wrapTo !== undefined);
  const reason = wrapping[wrapping.length - 1];
  if (reason !== undefined && total() > limit) {
    widths[reason] = Math.max(COMFORT, displayWidth(labels[reason]), widths[reason] - (total() - limit));
  }
  if (total() > limit) {
    const kept = widths;
    labels = columns.map((c) => c.short ?? c.label);
    widths = naturalWidths(rows, labels);
    if (reason !== undefined) widths[reason] = Math.min(widths[reason], Math.max(kept[reason], displayWidth(labels[reason])));
  }
  // Then the widest wrapping column gives a column at a time, so no one column takes all the squeeze.
  const floor = (i: number) => Math.max(displayWidth(labels[i]), columns[i].wrapTo!);
  while (total() > limit) {
    const give = wrapping.filter((i) => widths[i] > floor(i)).sort((a, b) => widths[b] - widths[a])[0];
    if (give === undefined) break;
    widths[give]--;
  }
  if (total() > limit) gap = GAPS[1];
  if (total() > limit) return table([labels, ...rows], columns.map((c) => c.align));
  const out: string[] = [];
  for (const r of [labels, ...rows]) {
    const cells = r.map((c, i) => (columns[i].wrapTo !== undefined && r !== labels ? wrapText(c, widths[i]) : [c]));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const parts = cells.map((c, i) => {
        const text = c[k] ?? "";
        return columns[i].align === "right" ? padStart(text, widths[i]) : padEnd(text, widths[i]);
      });
      out.push(parts.join(" ".repeat(gap)).trimEnd());
    }
  }
  return out;
}
