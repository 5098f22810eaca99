/**
 * Text only the command line and the file adapter show. It is kept out of `strings()`, so the
 * task pane's bundle does not carry it: the pane never says any of it.
 */
import * as cli from "./cli";
import type { Lang } from "./index";
import * as xlsx from "./xlsx";

export type CliStrings = typeof cli.zh;
export type XlsxStrings = typeof xlsx.zh;

export function cliStrings(lang: Lang = "zh"): CliStrings {
  return lang === "en" ? cli.en : cli.zh;
}

export function xlsxStrings(lang: Lang = "zh"): XlsxStrings {
  return lang === "en" ? xlsx.en : xlsx.zh;
}
