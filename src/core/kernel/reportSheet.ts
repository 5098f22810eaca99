/**
 * The tool's 校验报告 sheet, known by what the tool writes in it (its title in A1), never by its
 * name: every programme skips it when reading, and the engine checks it before rewriting it.
 */
import { Cell, Grid, cellAt } from "./grid";
import { strings } from "../strings";

/** The report's title, the A1 of every report sheet the tool wrote (the first release's too). */
export function looksLikeOurReport(a1: Cell | undefined): boolean {
  return typeof a1 === "string" && (a1 === strings("zh").report.title || a1 === strings("en").report.title);
}

/**
 * A sheet holding the tool's report is never read as data. A user's sheet of the report's
 * name (a 自评表 called 校验报告) is read like any other: its A1 is its own.
 */
export function isOurReport(g: Grid): boolean {
  return looksLikeOurReport(cellAt(g, 0, 0));
}
