/** 推荐名额分配表 (SPEC §3.3). */
import { Grid, Pos, cellAt, isEmpty, isRowEmpty, rowEnd } from "../grid";
import { HeaderMatch } from "../header";
import { Parsed, cellText, normName, parseNumber } from "../text";
import { QuotaField, totalKind } from "./headers";

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

const GROUP_SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|生产建设兵团|省|市)$/;

/** 四川 and 四川省 name the same province. */
export function groupKey(group: string): string {
  const n = normName(group);
  const stripped = n.replace(GROUP_SUFFIX, "");
  return stripped === "" ? n : stripped;
}
