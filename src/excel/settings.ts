/** The custom scheme kept in the workbook's add-in settings (Office.context.document.settings). */
import { SCHEME_SETTING } from "../core";
import { ExcelAdapterError } from "./errors";

function settings(): Office.Settings {
  return Office.context.document.settings;
}

export function loadScheme(): string | null {
  const v: unknown = settings().get(SCHEME_SETTING);
  return typeof v === "string" ? v : null;
}

export function saveScheme(text: string | null): Promise<void> {
  const s = settings();
  if (text === null) s.remove(SCHEME_SETTING);
  else s.set(SCHEME_SETTING, text);
  return new Promise((resolve, reject) =>
    s.saveAsync((r) => {
      if (r.status === Office.AsyncResultStatus.Failed) reject(new ExcelAdapterError("SETTINGS_FAILED", { code: String(r.error?.code ?? ""), message: r.error?.message }));
      else resolve();
    }),
  );
}
