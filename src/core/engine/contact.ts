/**
 * What 发送前检查 looks at beyond the review's own rules: a 商会名称 label left blank, and the
 * contact person and phone where the form has them (a label above a 自评表's header, or a
 * column of the summary). Forms without these labels are not asked for them.
 */
import { Cell, Grid, Pos, a1, cellAt, isEmpty, rowsIn } from "../kernel/grid";
import { programmeOf } from "../contract/registry";
import { Severity } from "../kernel/issues";
import { Review } from "../kernel/result";
import { Scheme } from "../kernel/schemeBase";
import { cellText, nfkc, normHeader } from "../kernel/text";

export type FindingCode = "NAME_BLANK" | "CONTACT_MISSING" | "PHONE_INVALID" | "STATUS_PENDING" | "STATUS_DISQUALIFIED" | "NOTHING_FILLED";

/** A problem only the checklist reports; shaped like an issue so both show the same way. */
export interface Finding {
  kind: "finding";
  code: FindingCode;
  severity: Severity;
  sheet: string;
  cell: string | null;
  at: Pos | null;
  params: Record<string, string>;
}

export function finding(code: FindingCode, severity: Severity, sheet: string, at: Pos | null, params: Record<string, string>): Finding {
  return { kind: "finding", code, severity, sheet, cell: at ? a1(at.row, at.col) : null, at, params };
}

const NAME = "商会名称";
const PHONES = new Set(["联系电话", "电话", "手机", "手机号码", "联系方式", "办公电话"]);
const PERSONS = new Set(["联系人"]);
/** A label cell: the label, an optional "(…)" and colon, then possibly its value in the same cell. */
const LABEL = /^(商会名称|联系人|联系电话|办公电话|电话|手机号码|手机|联系方式)(?:[(（][^()（）]*[)）])?([:：]?)(.*)$/;

interface Label {
  label: string;
  at: Pos;
  value: string;
  valueAt: Pos;
}

function compact(v: Cell): string {
  return nfkc(cellText(v)).replace(/[\s\u3000]+/g, "");
}

/** Labels in rows `[0, before)`: each with its value (inline, or the next cell to the right that is not a label). */
function labelsAbove(g: Grid, before: number): Label[] {
  const out: Label[] = [];
  for (const r of rowsIn(g, 0, before)) {
    for (let i = 0; i < r.cols.length; i++) {
      const m = LABEL.exec(compact(r.values[i]));
      if (!m) continue;
      const at = { row: r.row, col: r.cols[i] };
      if (m[3]) {
        out.push({ label: m[1], at, value: m[3], valueAt: at });
        continue;
      }
      let value = "";
      let valueAt = { row: r.row, col: at.col + 1 };
      for (let j = i + 1; j < r.cols.length; j++) {
        if (isEmpty(r.values[j])) continue;
        if (!LABEL.test(compact(r.values[j]))) {
          value = cellText(r.values[j]).trim();
          valueAt = { row: r.row, col: r.cols[j] };
        }
        break;
      }
      out.push({ label: m[1], at, value, valueAt });
    }
  }
  return out;
}

/** A phone number: digits with the usual separators, at least 7 digits (an extension or a second number may follow). */
export function looksLikePhone(text: string): boolean {
  const t = nfkc(text).trim();
  if (!/^[+\d\s\-()（）#,，/、;；转]+$/.test(t) && !/^[+\d\s\-()（）]+(转|ext\.?|分机)\d+$/i.test(t)) return false;
  return (t.match(/\d/g) ?? []).length >= 7;
}

function judge(l: { label: string; value: string }, sheet: string, at: Pos, name?: string): Finding[] {
  const extra: Record<string, string> = name ? { name } : {};
  if (l.value === "") {
    if (l.label === NAME) return [finding("NAME_BLANK", "error", sheet, at, { label: l.label })];
    return [finding("CONTACT_MISSING", "error", sheet, at, { label: l.label, ...extra })];
  }
  if (PHONES.has(l.label) && !looksLikePhone(l.value)) return [finding("PHONE_INVALID", "error", sheet, at, { label: l.label, value: l.value, ...extra })];
  return [];
}

export interface FormFindings {
  /** 商会名称 labels left blank. */
  names: Finding[];
  contacts: Finding[];
  /** Whether the forms have a contact or phone label at all. */
  hasContact: boolean;
}

/** Contact columns of the result table's sheet (the summary): one finding per entry row that lacks them. */
function contactColumns(grids: Map<string, Grid>, rv: Review, out: FormFindings): void {
  const t = rv.table;
  const g = t ? grids.get(t.sheet) : undefined;
  if (!t || !g) return;
  const cols: { label: string; col: number }[] = [];
  for (const r of rowsIn(g, t.headerRow, t.headerRow + 1)) {
    r.cols.forEach((col, i) => {
      const label = normHeader(r.values[i]);
      if (PHONES.has(label) || PERSONS.has(label)) cols.push({ label, col });
    });
  }
  if (!cols.length) return;
  out.hasContact = true;
  for (const e of rv.entries) {
    if (e.sheet !== t.sheet) continue;
    for (const c of cols) {
      const value = cellText(cellAt(g, e.row, c.col)).trim();
      out.contacts.push(...judge({ label: c.label, value }, t.sheet, { row: e.row, col: c.col }, e.name));
    }
  }
}

/** Labels above the header of every 自评表 (linked to an entry or not: an orphan is sent too). */
function selfLabels(grids: Grid[], scheme: Scheme, out: FormFindings): void {
  const intake = programmeOf(scheme).intake;
  if (!intake) return;
  for (const g of grids) {
    const top = intake.formTop(g, scheme);
    if (top === null) continue;
    for (const l of labelsAbove(g, top)) {
      const found = judge(l, g.name, l.valueAt);
      if (l.label === NAME) out.names.push(...found);
      else {
        out.hasContact = true;
        out.contacts.push(...found);
      }
    }
  }
}

export function formFindings(grids: Grid[], rv: Review): FormFindings {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const out: FormFindings = { names: [], contacts: [], hasContact: false };
  selfLabels(grids, rv.scheme, out);
  contactColumns(byName, rv, out);
  return out;
}
