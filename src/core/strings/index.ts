/**
 * Every user-facing string of the product, Chinese first, English second, one file per
 * edge. The 校验报告 sheet, the task pane and the CLI all take their text from here; what only
 * the CLI and the file adapter say comes from `cliStrings` / `xlsxStrings` (edges.ts).
 */
import * as core from "./core";
import * as excel from "./excel";
import * as intake from "./intake";
import * as experts from "./experts";
import * as preflight from "./preflight";
import * as ui from "./ui";
import * as trust from "./trust";
import * as verdict from "./verdict";

export type Lang = "zh" | "en";

const zh = { ...core.zh, ...verdict.zh, excel: excel.zh, ui: ui.zh, experts: experts.zh, trust: trust.zh, preflight: preflight.zh, intake: intake.zh };

export type Strings = typeof zh;

const en: Strings = { ...core.en, ...verdict.en, excel: excel.en, ui: ui.en, experts: experts.en, trust: trust.en, preflight: preflight.en, intake: intake.en };

export const STRINGS: Record<Lang, Strings> = { zh, en };

export function strings(lang: Lang = "zh"): Strings {
  return STRINGS[lang];
}
