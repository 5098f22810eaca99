/** 推荐名额分配表 (SPEC §3.3). */
import { Grid, Pos, cellAt, isEmpty, isRowEmpty, rowEnd } from "../../kernel/grid";
import { HeaderMatch } from "../../kernel/header";
import { groupKey } from "../../kernel/provinces";
import { Parsed, cellText, parseNumber, totalKind } from "../../kernel/text";
import { QuotaField } from "./headers";

export interface QuotaRow {
  group: string;
  key: string;
  quota: Parsed;
  at: Pos;
}

export function readQuota(g: Grid, header: HeaderMatch<QuotaField>): QuotaRow[] {
  const out: QuotaRow[] = [];
  const gc = header.cols.group as number;
  const qc = header.cols.quota as number;
  const end = rowEnd(g);
  for (let row = header.row + 1; row < end; row++) {
    if (isRowEmpty(g, row)) break;
    const gv = cellAt(g, row, gc);
    if (isEmpty(gv) || totalKind(gv) !== null) continue;
    const group = cellText(gv).trim();
    out.push({ group, key: groupKey(group), quota: parseNumber(cellAt(g, row, qc)), at: { row, col: qc } });
  }
  return out;
}
