/** The custom scheme kept in the workbook's add-in settings (Office.context.document.settings). */
import { QUOTA_SETTING, SCHEME_SETTING, type QuotaSetting } from "../core";
import { ExcelAdapterError } from "./errors";

function settings(): Office.Settings {
  return Office.context.document.settings;
}

export function loadScheme(): string | null {
  const v: unknown = settings().get(SCHEME_SETTING);
  return typeof v === "string" ? v : null;
}

export function saveScheme(text: string | null): Promise<void> {
  return saveSetting(SCHEME_SETTING, text);
}

/** The pane's quotas as Office hands them back (the core checks them), or null. */
export function loadQuotas(): unknown {
  const v: unknown = settings().get(QUOTA_SETTING);
  return v === undefined ? null : v;
}

export function saveQuotas(q: QuotaSetting | null): Promise<void> {
  return saveSetting(QUOTA_SETTING, q);
}

/** Sets (or, for null, removes) one setting and saves the settings into the workbook. */
function saveSetting(key: string, value: unknown): Promise<void> {
  const s = settings();
  if (value === null) s.remove(key);
  else s.set(key, value);
  return new Promise((resolve, reject) =>
    s.saveAsync((r) => {
      if (r.status === Office.AsyncResultStatus.Failed) reject(new ExcelAdapterError("SETTINGS_FAILED", { code: String(r.error?.code ?? ""), message: r.error?.message }));
      else resolve();
    }),
  );
}
