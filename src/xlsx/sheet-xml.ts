/** New worksheet parts written from scratch: template sheets, consolidated sheets, the report. */
import { MergeArea, PlanValue, ReportLink, a1, quoteSheet } from "../core";
import { tElement, numberText } from "./patch";
import { escapeAttr } from "./xml";
import { MAIN_NS } from "./workbook";
import { REL_NS } from "./package";

export interface NewSheet {
  name: string;
  values: PlanValue[][];
  merges?: MergeArea[];
  /** Column widths in characters. */
  widths?: number[];
  links?: ReportLink[];
}

/** Excel's column width for `chars` digits of the default font (7 px wide, 5 px padding). */
export function columnWidth(chars: number): number {
  return Math.floor(((chars * 7 + 5) / 7) * 256) / 256;
}

function range(m: MergeArea): string {
  return `${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}`;
}

export function worksheetXml(s: NewSheet, ns: { main: string; rel: string } = { main: MAIN_NS, rel: REL_NS }): string {
  const where = (r: number, c: number) => () => `${s.name}!${a1(r, c)}`;
  let maxR = -1;
  let maxC = -1;
  const rows: string[] = [];
  s.values.forEach((row, r) => {
    let cells = "";
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const ref = a1(r, c);
      if (typeof v === "number") cells += `<c r="${ref}"><v>${numberText(v, where(r, c))}</v></c>`;
      else cells += `<c r="${ref}" t="inlineStr"><is>${tElement("", String(v))}</is></c>`;
      if (c > maxC) maxC = c;
      maxR = r;
    });
    if (cells) rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  for (const m of s.merges ?? []) {
    if (m.r1 > maxR) maxR = m.r1;
    if (m.c1 > maxC) maxC = m.c1;
  }
  const dim = maxR < 0 ? "A1" : maxR === 0 && maxC === 0 ? "A1" : `A1:${a1(maxR, maxC)}`;
  const colEls = (s.widths ?? [])
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${columnWidth(w)}" customWidth="1"/>` : ""))
    .join("");
  const cols = colEls ? `<cols>${colEls}</cols>` : "";
  const merges = s.merges?.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${range(m)}"/>`).join("")}</mergeCells>` : "";
  const links = s.links?.length
    ? `<hyperlinks>${s.links
        .map((l) => {
          const loc = `${quoteSheet(l.sheet)}!${l.cell}`;
          return `<hyperlink ref="${a1(l.row, l.col)}" location="${escapeAttr(loc)}" display="${escapeAttr(l.cell)}"/>`;
        })
        .join("")}</hyperlinks>`
    : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${escapeAttr(ns.main)}" xmlns:r="${escapeAttr(ns.rel)}">` +
    `<dimension ref="${dim}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `${cols}<sheetData>${rows.join("")}</sheetData>${merges}${links}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
