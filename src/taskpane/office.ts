/** What the pane reads from the Office surface, with safe answers when it runs outside Office. */
import type { Lang } from "../core";

/** Office reports e.g. `zh-CN`, `zh-TW`, `en-US`: any Chinese gets Chinese, anything else English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  if (!locale) return "zh";
  return locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}

function officeContext(): Office.Context | undefined {
  return typeof Office !== "undefined" ? Office.context : undefined;
}

export function officeLang(): Lang {
  return langFromLocale(officeContext()?.displayLanguage);
}

/** Relative luminance of a `#RRGGBB` colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office paints the pane background dark (the officeTheme colours are the only signal). */
export function officeIsDark(): boolean {
  const theme = officeContext()?.officeTheme;
  return !!theme?.bodyBackgroundColor && luminance(theme.bodyBackgroundColor) < 0.2;
}
