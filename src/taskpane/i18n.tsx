/** The pane's language: Chinese first, English on request; every string comes from core strings. */
import { createContext, useContext } from "react";
import { strings, type Lang, type Strings } from "../core";

export type UiStrings = Strings["ui"];

export interface LangValue {
  lang: Lang;
  /** The core strings (issue messages, statuses) in the pane's language. */
  all: Strings;
  t: UiStrings;
}

export function langValue(lang: Lang): LangValue {
  const all = strings(lang);
  return { lang, all, t: all.ui };
}

export const LangContext = createContext<LangValue>(langValue("zh"));

export function useLang(): LangValue {
  return useContext(LangContext);
}

export function htmlLang(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en";
}
