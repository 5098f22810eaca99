/**
 * 发送前检查 and the 校验记录 stamp, the pane's side: read the workbook once, run the core's
 * checklist, compare any stamp, and — only when the checklist passes — write a new stamp in
 * place of our earlier one. The same core functions as `review-assistant check`, so the pane
 * and the CLI give the same verdict on the same workbook.
 */
import { Grid, Lang, Preflight, Review, Scheme, StampVerdict, findStampSheet, makeStamp, parseQuotaSetting, preflight, review, stampIntact, stampSheet, verifyStamp } from "../core";
import type { WorkbookGateway } from "../host";

export interface PreflightRun {
  grids: Grid[];
  review: Review;
  checklist: Preflight;
  stamp: StampVerdict;
}

/** The checklist and the stamp's verdict of a workbook already read and reviewed. */
export function checkOf(grids: Grid[], rv: Review, lang: Lang): PreflightRun {
  return { grids, review: rv, checklist: preflight(rv, grids, lang), stamp: verifyStamp(grids, rv) };
}

export async function runPreflight(gw: WorkbookGateway, scheme: Scheme | null, lang: Lang): Promise<PreflightRun> {
  const grids = await gw.read();
  // The pane's quotas count, as in every review of the pane: the stamp covers them (SPEC §7).
  const quotas = parseQuotaSetting(await gw.loadQuotas());
  return checkOf(grids, review(grids, { scheme, quotaSetting: quotas === "invalid" ? null : quotas }), lang);
}

/** What writing the stamp did: the sheet written, or why nothing was. */
export type StampWrite = { sheet: string } | { refused: "notReady" } | { refused: "edited"; sheet: string };

/**
 * Writes the stamp of a passed check, in place of our earlier one — only while that still
 * holds just what the tool wrote: an earlier stamp the user wrote in is his, and left alone.
 */
export async function writeStamp(gw: WorkbookGateway, run: PreflightRun, now: Date, lang: Lang): Promise<StampWrite> {
  if (!run.checklist.ready) return { refused: "notReady" };
  const old = findStampSheet(run.grids);
  if (old && !stampIntact(old)) return { refused: "edited", sheet: old.name };
  const spec = stampSheet(makeStamp(run.grids, run.review, now), lang, old?.name);
  return { sheet: await gw.writeStamp(spec, old?.name ?? null) };
}
