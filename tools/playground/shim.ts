/**
 * The Office surface the pane touches (onReady, requirement sets, document settings,
 * display language), since the runtime file outside Office has no host to provide it.
 * Settings are saved to the playground server, as Excel saves them in the workbook.
 */
import { makeOffice } from "../excel-host/office";
import type { PaneInfo } from "./view";

type SaveCallback = (r: { status: string; value: unknown }) => void;

export interface InstalledOffice {
  lang: "zh" | "en";
}

/** Office's theme colours for the pane (the colours Excel reports for its white and black themes). */
const THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" },
  dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" },
};

export async function installOffice(): Promise<InstalledOffice> {
  const query = new URLSearchParams(window.location.search);
  const lang = query.get("lang") === "en" ? "en" : "zh";
  const info = (await (await fetch("/api/pane")).json()) as PaneInfo;
  const saved = new Map(Object.entries(info.settings));
  const office = makeOffice({ sets: { ExcelApi: info.api }, settings: saved });
  const settings = office.context.document.settings as unknown as { saveAsync(a?: unknown, b?: unknown): void };
  const save = settings.saveAsync.bind(settings);
  settings.saveAsync = (a?: unknown, b?: unknown) => {
    const cb = (typeof a === "function" ? a : b) as SaveCallback | undefined;
    save((r: { status: string; value: unknown }) => {
      fetch("/api/settings", { method: "POST", body: JSON.stringify(Object.fromEntries(saved)) })
        .then(() => cb?.(r))
        .catch((e: unknown) => cb?.({ status: "failed", value: e }));
    });
  };
  const surface = Object.assign(office, {
    context: Object.assign(office.context, {
      displayLanguage: lang === "en" ? "en-US" : "zh-CN",
      officeTheme: THEMES[query.get("theme") === "dark" ? "dark" : "light"],
    }),
  });
  // The runtime and the add-in both read the global, as in Excel.
  (window as unknown as { Office: unknown }).Office = surface;
  return { lang };
}
