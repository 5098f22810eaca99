/** New worksheet parts written from scratch: template sheets, consolidated sheets, the report. */
import { CellFormula, CellRule, MergeArea, PlanValue, ReportLink, a1, quoteSheet } from "../core";
import { tElement, numberText } from "./patch";
import { escapeAttr, escapeText } from "./xml";
import { MAIN_NS } from "./workbook";
import { REL_NS } from "./package";

export interface NewSheet {
  name: string;
  /** A boolean is a legacy workbook's TRUE or FALSE, carried over as one. */
  values: (PlanValue | boolean)[][];
  merges?: MergeArea[];
  /** Column widths in characters. */
  widths?: number[];
  links?: ReportLink[];
  /** Scoring sheets: formulas, data validations, editable cells (with `unlockedStyle`), protection. */
  formulas?: CellFormula[];
  rules?: CellRule[];
  unlocked?: MergeArea[];
  protect?: boolean;
  /** The cellXfs index of an unlocked cell (see create.ts). */
  unlockedStyle?: number;
}

interface CellXml {
  body: string;
  t: string | null;
  style: boolean;
}

/** Excel's column width for `chars` digits of the default font (7 px wide, 5 px padding). */
export function columnWidth(chars: number): number {
  return Math.floor(((chars * 7 + 5) / 7) * 256) / 256;
}

function range(m: MergeArea): string {
  return `${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}`;
}

/** Every cell to write, by row then column: values, formulas, and the blank editable cells. */
function cellsOf(s: NewSheet): Map<number, Map<number, CellXml>> {
  const rows = new Map<number, Map<number, CellXml>>();
  const at = (r: number, c: number): CellXml => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = { body: "", t: null, style: false }));
    return cell;
  };
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = at(r, c);
      if (typeof v === "number") cell.body = `<v>${numberText(v, () => `${s.name}!${a1(r, c)}`)}</v>`;
      else if (typeof v === "boolean") [cell.t, cell.body] = ["b", `<v>${v ? 1 : 0}</v>`];
      else [cell.t, cell.body] = ["inlineStr", `<is>${tElement("", String(v))}</is>`];
    }),
  );
  for (const f of s.formulas ?? []) Object.assign(at(f.row, f.col), { body: `<f>${escapeText(f.formula)}</f>`, t: null });
  if (s.unlockedStyle !== undefined) {
    for (const a of s.unlocked ?? []) for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) at(r, c).style = true;
  }
  return rows;
}

function validationsXml(rules: CellRule[]): string {
  if (!rules.length) return "";
  const one = (v: CellRule) =>
    `<dataValidation type="custom" errorStyle="stop" allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
    ` errorTitle="${escapeAttr(v.error.title)}" error="${escapeAttr(v.error.message)}"` +
    ` promptTitle="${escapeAttr(v.prompt.title)}" prompt="${escapeAttr(v.prompt.message)}" sqref="${range(v.area)}">` +
    `<formula1>${escapeText(v.formula)}</formula1></dataValidation>`;
  return `<dataValidations count="${rules.length}">${rules.map(one).join("")}</dataValidations>`;
}

export function worksheetXml(s: NewSheet, ns: { main: string; rel: string } = { main: MAIN_NS, rel: REL_NS }): string {
  let maxR = -1;
  let maxC = -1;
  const rows: string[] = [];
  const cells = cellsOf(s);
  for (const r of [...cells.keys()].sort((a, b) => a - b)) {
    const row = cells.get(r)!;
    let xml = "";
    for (const c of [...row.keys()].sort((a, b) => a - b)) {
      const cell = row.get(c)!;
      const attrs = `${cell.style ? ` s="${s.unlockedStyle}"` : ""}${cell.t ? ` t="${cell.t}"` : ""}`;
      xml += cell.body ? `<c r="${a1(r, c)}"${attrs}>${cell.body}</c>` : `<c r="${a1(r, c)}"${attrs}/>`;
      if (c > maxC) maxC = c;
    }
    rows.push(`<row r="${r + 1}">${xml}</row>`);
    maxR = r;
  }
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
    `${cols}<sheetData>${rows.join("")}</sheetData>` +
    // Protected without a password: it guards against slips, not against the owner.
    (s.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' : "") +
    `${merges}${validationsXml(s.rules ?? [])}${links}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
