/**
 * Add-in document settings in a saved workbook. Office stores each setting of an add-in as
 * `<we:property name="KEY" value="JSON"/>` in xl/webextensions/webextensionN.xml, the value
 * being the setting serialised as JSON (so a string setting is a quoted JSON string).
 */
import { QUOTA_SETTING, SCHEME_SETTING } from "../core";
import { Package } from "./package";
import { Tok, XmlScanner } from "./xml";

/** The raw JSON value of add-in setting `key`, from any web extension part, or null. */
export function readSetting(pkg: Package, key: string): string | null {
  for (const name of pkg.names()) {
    if (!/(^|\/)webextensions\/webextension\d*\.xml$/i.test(name)) continue;
    const text = pkg.text(name);
    if (text === null || !text.includes(key)) continue;
    const sc = new XmlScanner(text, name);
    while (sc.next() !== Tok.End) {
      if (sc.kind === Tok.Open && sc.local === "property" && sc.attr("name") === key) return sc.attr("value");
    }
  }
  return null;
}

/** The custom scheme JSON the add-in kept in the workbook, or null. */
export function storedScheme(pkg: Package): string | null {
  const raw = readSetting(pkg, SCHEME_SETTING);
  if (raw === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    // Not JSON-serialised (written by hand or by another tool): take the text as it is.
    return raw.trim() ? raw : null;
  }
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v.trim() ? v : null;
  return JSON.stringify(v);
}

/**
 * The quotas set in the pane and kept in the workbook (SPEC §3.3), as raw JSON text, or null.
 * The core's `parseQuotaSetting` checks it; a setting it refuses is reported, never guessed at.
 */
export function storedQuotaText(pkg: Package): string | null {
  const raw = readSetting(pkg, QUOTA_SETTING);
  return raw === null || raw.trim() === "" ? null : raw;
}
