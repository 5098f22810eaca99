/**
 * Moving a shared formula to another cell. A shared formula is stored once, in its first
 * cell; when we overwrite that cell, the other cells of the group get the formula written
 * out in full, with relative references moved as Excel would move them.
 */
import { colName, colOf } from "../core";

const MAX_ROW = 1048576;
const MAX_COL = 16384;

// Columns 1-based here, as in the formula's own text.
const colNumber = (letters: string): number => colOf(letters) + 1;
const colLetters = (n: number): string => colName(n - 1);

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

function shiftCell(tok: string, dr: number, dc: number): string | null {
  const m = CELL.exec(tok);
  if (!m) return null;
  const col = colNumber(m[2]);
  const row = Number(m[4]);
  if (col > MAX_COL || row < 1 || row > MAX_ROW) return null;
  const c = m[1] ? col : col + dc;
  const r = m[3] ? row : row + dr;
  if (c < 1 || c > MAX_COL || r < 1 || r > MAX_ROW) return "#REF!";
  return `${m[1]}${colLetters(c)}${m[3]}${r}`;
}

function shiftCol(tok: string, dc: number): string | null {
  const m = COL.exec(tok);
  if (!m) return null;
  const col = colNumber(m[2]);
  if (col > MAX_COL) return null;
  const c = m[1] ? col : col + dc;
  return c < 1 || c > MAX_COL ? "#REF!" : `${m[1]}${colLetters(c)}`;
}

function shiftRow(tok: string, dr: number): string | null {
  const m = ROW.exec(tok);
  if (!m) return null;
  const row = Number(m[2]);
  const r = m[1] ? row : row + dr;
  return r < 1 || r > MAX_ROW ? "#REF!" : `${m[1]}${r}`;
}

function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_.$\\?\u00c0-\uffff]/.test(c);
}

/**
 * The formula `f` (as stored, without `=`) moved by `dr` rows and `dc` columns. String
 * literals, quoted sheet names, structured references and function names are left alone.
 */
export function shiftFormula(f: string, dr: number, dc: number): string {
  let out = "";
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < f.length) {
        if (f[j] === '"') {
          if (f[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < f.length) {
        if (f[j] === "'") {
          if (f[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < f.length; j++) {
        if (f[j] === "[") depth++;
        else if (f[j] === "]" && --depth === 0) break;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!isWordChar(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (j < f.length && isWordChar(f[j])) j++;
    const word = f.slice(i, j);
    let k = j;
    while (k < f.length && f[k] === " ") k++;
    const next = f[k];
    if (next === "(" || next === "!") {
      // A function name or a sheet name.
      out += word;
      i = j;
      continue;
    }
    // Whole-column (A:C) and whole-row (1:3) ranges.
    if (f[j] === ":") {
      let e = j + 1;
      while (e < f.length && isWordChar(f[e])) e++;
      const other = f.slice(j + 1, e);
      const c1 = shiftCol(word, dc);
      const c2 = c1 !== null ? shiftCol(other, dc) : null;
      if (c1 !== null && c2 !== null) {
        out += c1 === "#REF!" || c2 === "#REF!" ? "#REF!" : `${c1}:${c2}`;
        i = e;
        continue;
      }
      const r1 = shiftRow(word, dr);
      const r2 = r1 !== null ? shiftRow(other, dr) : null;
      if (r1 !== null && r2 !== null) {
        out += r1 === "#REF!" || r2 === "#REF!" ? "#REF!" : `${r1}:${r2}`;
        i = e;
        continue;
      }
    }
    const cell = shiftCell(word, dr, dc);
    out += cell ?? word;
    i = j;
  }
  return out;
}
