/**
 * Resolving a SpreadsheetML colour (rgb, indexed palette, theme + tint) to `#RRGGBB`, so the
 * memo can tell the Excel add-in which fill a cell had, whatever way the file wrote it.
 */
import { Tok, XmlScanner } from "./xml";

/** The legacy 64-colour palette (indexed="0".."63"), then system foreground and background. */
const INDEXED = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 " +
  "000000 FFFFFF"
).split(" ");

export interface ColorAttrs {
  rgb?: string | null;
  indexed?: string | null;
  theme?: string | null;
  tint?: string | null;
}

export interface Palette {
  /** A workbook's own palette (`<colors><indexedColors>`), replacing the legacy one. */
  indexed: string[] | null;
  /** Theme colours by SpreadsheetML theme index. */
  theme: string[];
}

/** Theme colours from a theme part, in the order SpreadsheetML's `theme="n"` counts them. */
export function readThemeColors(text: string | null, part: string): string[] {
  if (!text) return [];
  const sc = new XmlScanner(text, part);
  const byName = new Map<string, string>();
  let inScheme = false;
  let current: string | null = null;
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Open) {
      if (sc.local === "clrScheme") inScheme = !sc.selfClosing;
      else if (inScheme && current === null && !sc.selfClosing) current = sc.local;
      else if (inScheme && current !== null) {
        const v = sc.local === "srgbClr" ? sc.attr("val") : sc.local === "sysClr" ? sc.attr("lastClr") : null;
        if (v && !byName.has(current)) byName.set(current, v.toUpperCase());
      }
    } else if (sc.kind === Tok.Close) {
      if (sc.local === "clrScheme") break;
      if (sc.local === current) current = null;
    }
  }
  // Theme index 0 is lt1 and 1 is dk1 (and 2/3 likewise swapped), unlike the scheme's order.
  const order = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];
  return order.map((n) => byName.get(n) ?? "");
}

// Windows' integer HLS model (hue, lightness and saturation on a 0..240 scale), which is what
// Excel's palette uses: float HLS gives colours one unit off Excel's (DCE6F2 for DCE6F1).
const HLSMAX = 240;
const RGBMAX = 255;
const div = (a: number, b: number) => Math.floor(a / b);

function toHls(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = div((max + min) * HLSMAX + RGBMAX, 2 * RGBMAX);
  if (max === min) return [div(HLSMAX * 2, 3), l, 0];
  const s =
    l <= HLSMAX / 2
      ? div((max - min) * HLSMAX + div(max + min, 2), max + min)
      : div((max - min) * HLSMAX + div(2 * RGBMAX - max - min, 2), 2 * RGBMAX - max - min);
  const d = (c: number) => div((max - c) * div(HLSMAX, 6) + div(max - min, 2), max - min);
  let h = r === max ? d(b) - d(g) : g === max ? div(HLSMAX, 3) + d(r) - d(b) : div(2 * HLSMAX, 3) + d(g) - d(r);
  if (h < 0) h += HLSMAX;
  if (h > HLSMAX) h -= HLSMAX;
  return [h, l, s];
}

function hueToRgb(n1: number, n2: number, hue: number): number {
  let h = hue;
  if (h < 0) h += HLSMAX;
  if (h > HLSMAX) h -= HLSMAX;
  if (h < HLSMAX / 6) return n1 + div((n2 - n1) * h + div(HLSMAX, 12), div(HLSMAX, 6));
  if (h < HLSMAX / 2) return n2;
  if (h < (HLSMAX * 2) / 3) return n1 + div((n2 - n1) * (div(HLSMAX * 2, 3) - h) + div(HLSMAX, 12), div(HLSMAX, 6));
  return n1;
}

function toRgb(h: number, l: number, s: number): [number, number, number] {
  if (s === 0) {
    const v = div(l * RGBMAX, HLSMAX);
    return [v, v, v];
  }
  const m2 = l <= HLSMAX / 2 ? div(l * (HLSMAX + s) + div(HLSMAX, 2), HLSMAX) : l + s - div(l * s + div(HLSMAX, 2), HLSMAX);
  const m1 = 2 * l - m2;
  const c = (x: number) => div(hueToRgb(m1, m2, x) * RGBMAX + div(HLSMAX, 2), HLSMAX);
  return [c(h + div(HLSMAX, 3)), c(h), c(h - div(HLSMAX, 3))];
}

/** Applies a tint as ECMA-376 §18.8.19 describes: lightness moved towards white (tint > 0) or black. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [h, l, s] = toHls(parseInt(rgb.slice(0, 2), 16), parseInt(rgb.slice(2, 4), 16), parseInt(rgb.slice(4, 6), 16));
  const lt = Math.floor(tint < 0 ? l * (1 + tint) : l * (1 - tint) + (HLSMAX - HLSMAX * (1 - tint)));
  return toRgb(h, Math.max(0, Math.min(HLSMAX, lt)), s)
    .map((v) => Math.max(0, Math.min(255, v)).toString(16).toUpperCase().padStart(2, "0"))
    .join("");
}

/** `#RRGGBB`, or null when the colour cannot be known (automatic, missing theme). */
export function resolveColor(c: ColorAttrs, pal: Palette): string | null {
  let rgb: string | null = null;
  if (c.rgb) {
    const v = c.rgb.toUpperCase();
    rgb = v.length === 8 ? v.slice(2) : v.length === 6 ? v : null;
  } else if (c.indexed != null) {
    const list = pal.indexed ?? INDEXED;
    rgb = list[Number(c.indexed)] ?? null;
  } else if (c.theme != null) {
    rgb = pal.theme[Number(c.theme)] || null;
  }
  if (!rgb || !/^[0-9A-F]{6}$/.test(rgb)) return null;
  const tint = Number(c.tint ?? 0);
  return "#" + (Number.isFinite(tint) ? applyTint(rgb, tint) : rgb);
}
