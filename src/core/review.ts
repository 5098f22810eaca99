import { looksLikeCaseWorkbook, reviewCase } from "./case/review";
import { looksLikeChamberWorkbook, reviewChamber } from "./chamber/review";
import { Grid } from "./grid";
import { QuotaSetting } from "./quotas";
import { Review } from "./result";
import { CHUANGXIN_ID, SIHAO_ID, builtinScheme } from "./scheme/builtin";
import { Scheme } from "./scheme/schema";

export interface ReviewOptions {
  /** The scheme to use; detected from the workbook when absent. */
  scheme?: Scheme | null;
  /** Every group's quota (四好 only; CLI --quota): above every other source. */
  quota?: number;
  /** Quotas set in the pane and stored in the workbook (四好 only). */
  quotaSetting?: QuotaSetting | null;
}

/**
 * SPEC §1: a 自评表 or 推荐名单汇总表 means sihao-2020; an expert score sheet means
 * chuangxin-2021. A workbook with neither is read as sihao-2020 and says what it lacks.
 */
export function detectScheme(grids: Grid[]): Scheme {
  const sihao = builtinScheme(SIHAO_ID)!;
  const chuangxin = builtinScheme(CHUANGXIN_ID)!;
  if (sihao.kind === "chamber" && looksLikeChamberWorkbook(grids, sihao)) return sihao;
  if (chuangxin.kind === "case" && looksLikeCaseWorkbook(grids, chuangxin)) return chuangxin;
  return sihao;
}

/** Reads, checks, ranks: the whole verdict for one workbook, as plain data. */
export function review(grids: Grid[], opts: ReviewOptions = {}): Review {
  const detected = !opts.scheme;
  const scheme = opts.scheme ?? detectScheme(grids);
  if (scheme.kind === "chamber") return reviewChamber(grids, scheme, detected, { quota: opts.quota, quotaSetting: opts.quotaSetting });
  return reviewCase(grids, scheme, detected);
}

