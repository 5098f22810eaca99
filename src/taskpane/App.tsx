/** Theme and language around the pane. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../core";
import type { WorkbookGateway } from "../host";
import { Pane } from "./components/Pane";
import { LangContext, htmlLang, langValue } from "./i18n";
import { loadPrefs, savePrefs } from "./prefs";

export interface AppProps {
  gateway: WorkbookGateway;
  lang: Lang;
  dark: boolean;
}

export function App({ gateway, lang: initial, dark }: AppProps) {
  // A language chosen from the pane's menu outlasts the pane; Office's display language is the default.
  const [lang, setLang] = useState<Lang>(() => loadPrefs().lang ?? initial);
  const value = useMemo(() => langValue(lang), [lang]);
  useEffect(() => {
    // Screen readers and the browser's own text shaping follow the document language.
    document.documentElement.lang = htmlLang(lang);
    document.title = value.t.appName;
  }, [lang, value]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={htmlLang(lang)}>
      <LangContext.Provider value={value}>
        <Pane
          gateway={gateway}
          onToggleLang={() => {
            const next = lang === "zh" ? "en" : "zh";
            savePrefs({ lang: next });
            setLang(next);
          }}
        />
      </LangContext.Provider>
    </FluentProvider>
  );
}
