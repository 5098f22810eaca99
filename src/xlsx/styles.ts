/**
 * styles.xml for highlights: read which fill each cell format shows, and append solid fills
 * and cloned cell formats (cellXfs). Existing entries are never renumbered or changed, so
 * every style index in the workbook keeps its meaning.
 */
import { Palette, resolveColor } from "./colors";
import { corrupt } from "./errors";
import { Tok, XmlScanner, attrMap, insertChild, prefixOf, setAttr, tagEnd } from "./xml";

export const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** A styles part with the defaults every workbook needs: one font, the two reserved fills, one border, one format. */
export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/>' +
  "</styleSheet>";

const STYLE_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

interface ListSpan {
  /** Offsets of the start tag and of the closing tag (equal to `openEnd` when self-closing). */
  openStart: number;
  openEnd: number;
  closeStart: number;
  selfClosing: boolean;
}

interface FillInfo {
  pattern: string | null;
  fg: { rgb: string | null; indexed: string | null; theme: string | null; tint: string | null } | null;
}

function parseFill(raw: string): FillInfo {
  const sc = new XmlScanner(raw, "styles.xml");
  let pattern: string | null = null;
  let fg: FillInfo["fg"] = null;
  while (sc.next() !== Tok.End) {
    if (sc.kind !== Tok.Open) continue;
    if (sc.local === "patternFill") pattern = sc.attr("patternType");
    else if (sc.local === "fgColor") fg = { rgb: sc.attr("rgb"), indexed: sc.attr("indexed"), theme: sc.attr("theme"), tint: sc.attr("tint") };
    else if (sc.local === "gradientFill") return { pattern: "gradient", fg: null };
  }
  return { pattern, fg };
}

export class Styles {
  private text: string;
  private pfx = "";
  private fills: string[] = [];
  private xfs: string[] = [];
  private fillsSpan: ListSpan | null = null;
  private xfsSpan: ListSpan | null = null;
  private readonly newFills: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly fillIndex = new Map<string, number>();
  private readonly xfIndex = new Map<string, number>();
  private readonly fillInfo = new Map<number, FillInfo>();

  constructor(
    text: string,
    private readonly part: string,
    readonly palette: Palette,
  ) {
    this.text = this.ensureLists(text);
    this.parse();
  }

  /** Adds empty fills/cellXfs lists (with their required first entries) when a writer left them out. */
  private ensureLists(text: string): string {
    let t = text;
    for (const [local, body] of [
      ["fills", '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'],
      ["cellXfs", '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
    ] as const) {
      if (new RegExp(`<(\\w+:)?${local}[\\s/>]`).test(t)) continue;
      t = insertChild(t, this.part, STYLE_ORDER, local, (p) => `<${p}${local} count="${local === "fills" ? 2 : 1}">${body.replace(/<(\/?)(\w)/g, `<$1${p}$2`)}</${p}${local}>`);
    }
    return t;
  }

  private parse(): void {
    const sc = new XmlScanner(this.text, this.part);
    let list: "fills" | "cellXfs" | null = null;
    while (sc.next() !== Tok.End) {
      if (sc.kind === Tok.Open && sc.depth <= 1 && sc.local === "styleSheet") this.pfx = prefixOf(sc.name);
      if (sc.kind === Tok.Open && sc.stack.length === (sc.selfClosing ? 1 : 2) && (sc.local === "fills" || sc.local === "cellXfs")) {
        const span: ListSpan = { openStart: sc.start, openEnd: sc.end, closeStart: sc.end, selfClosing: sc.selfClosing };
        if (sc.local === "fills") this.fillsSpan = span;
        else this.xfsSpan = span;
        list = sc.selfClosing ? null : sc.local;
        continue;
      }
      if (list && sc.kind === Tok.Close && sc.stack.length === 1) {
        (list === "fills" ? this.fillsSpan! : this.xfsSpan!).closeStart = sc.start;
        list = null;
        continue;
      }
      if (list && sc.kind === Tok.Open && sc.stack.length === (sc.selfClosing ? 2 : 3)) {
        const start = sc.start;
        sc.skipElement();
        const raw = this.text.slice(start, sc.end);
        if (list === "fills") {
          this.fills.push(raw);
          if (!this.fillIndex.has(raw)) this.fillIndex.set(raw, this.fills.length - 1);
        } else {
          this.xfs.push(raw);
          if (!this.xfIndex.has(raw)) this.xfIndex.set(raw, this.xfs.length - 1);
        }
      }
    }
    if (!this.fillsSpan || !this.xfsSpan) throw corrupt({ kind: "xml", part: this.part, reason: { why: "missing", name: this.fillsSpan ? "cellXfs" : "fills" } });
  }

  get xfCount(): number {
    return this.xfs.length + this.newXfs.length;
  }

  private xfRaw(i: number): string | null {
    return i < this.xfs.length ? this.xfs[i] ?? null : this.newXfs[i - this.xfs.length] ?? null;
  }

  private fillRaw(i: number): string | null {
    return i < this.fills.length ? this.fills[i] ?? null : this.newFills[i - this.fills.length] ?? null;
  }

  /** The fill id a cell format uses (0 when it names none). */
  fillOf(xf: number): number {
    const raw = this.xfRaw(xf);
    if (raw === null) return 0;
    const n = Number(attrMap(raw.slice(0, tagEnd(raw, 0))).get("fillId") ?? 0);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  private info(fill: number): FillInfo {
    let f = this.fillInfo.get(fill);
    if (!f) {
      const raw = this.fillRaw(fill);
      f = raw ? parseFill(raw) : { pattern: null, fg: null };
      this.fillInfo.set(fill, f);
    }
    return f;
  }

  /** The solid fill colour a cell format shows, `#RRGGBB`, or null (no fill, a pattern, unknown colour). */
  solidColor(xf: number): string | null {
    const f = this.info(this.fillOf(xf));
    if (f.pattern !== "solid" || !f.fg) return null;
    return resolveColor(f.fg, this.palette);
  }

  private addFill(raw: string): number {
    const known = this.fillIndex.get(raw);
    if (known !== undefined) return known;
    this.newFills.push(raw);
    const i = this.fills.length + this.newFills.length - 1;
    this.fillIndex.set(raw, i);
    return i;
  }

  /** A solid fill of `#RRGGBB`, reusing an identical one. */
  solidFill(color: string): number {
    const p = this.pfx;
    // Whatever reaches styles.xml is a colour, never text that could break the part.
    if (!/^#?[0-9A-Fa-f]{6}$/.test(color)) throw new Error(`not a #RRGGBB colour: ${JSON.stringify(color)}`);
    const rgb = "FF" + color.replace("#", "").toUpperCase();
    return this.addFill(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  }

  /** A fill showing nothing: the workbook's own `none` fill when it has one. */
  noFill(): number {
    for (let i = 0; i < this.fills.length; i++) {
      const f = this.info(i);
      if ((f.pattern === null || f.pattern === "none") && !f.fg) return i;
    }
    const p = this.pfx;
    return this.addFill(`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
  }

  private cloneText(xf: number, fill: number): string {
    const raw = this.xfRaw(xf) ?? this.xfRaw(0) ?? `<${this.pfx}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const end = tagEnd(raw, 0);
    return setAttr(setAttr(raw.slice(0, end), "fillId", String(fill)), "applyFill", "1") + raw.slice(end);
  }

  /** True when `xf` is exactly what `withFill(base, …)` makes of `base`: it was made from it. */
  isCloneOf(xf: number, base: number): boolean {
    return base >= 0 && base < this.xfCount && this.xfRaw(xf) === this.cloneText(base, this.fillOf(xf));
  }

  /** The cell format `xf` with its fill replaced by `fill`: same font, border, number format, alignment. */
  withFill(xf: number, fill: number): number {
    if (this.fillOf(xf) === fill && this.xfRaw(xf) !== null) return xf;
    const clone = this.cloneText(xf, fill);
    const known = this.xfIndex.get(clone);
    if (known !== undefined) return known;
    this.newXfs.push(clone);
    const i = this.xfs.length + this.newXfs.length - 1;
    this.xfIndex.set(clone, i);
    return i;
  }

  /** The part's new text: the original with new entries appended and the counts updated. */
  toXml(): string {
    const t = this.text;
    const parts: [ListSpan, string[], number][] = [
      [this.fillsSpan!, this.newFills, this.fills.length],
      [this.xfsSpan!, this.newXfs, this.xfs.length],
    ];
    parts.sort((a, b) => b[0].openStart - a[0].openStart);
    let out = t;
    for (const [span, added, had] of parts) {
      if (!added.length) continue;
      let open = out.slice(span.openStart, span.openEnd);
      if (span.selfClosing) open = open.slice(0, -2).replace(/\s+$/, "") + ">";
      open = setAttr(open, "count", String(had + added.length));
      const name = /^<([^\s/>]+)/.exec(open)![1];
      const tail = span.selfClosing ? `</${name}>` : "";
      out = out.slice(0, span.openStart) + open + out.slice(span.openEnd, span.closeStart) + added.join("") + tail + out.slice(span.closeStart);
    }
    return out;
  }

  /** Whether `toXml` differs from the part as read. */
  isDirty(source: string): boolean {
    return this.newFills.length > 0 || this.newXfs.length > 0 || this.text !== source;
  }
}

/** A workbook's own palette for `indexed` colours (`<colors><indexedColors>`), or null. */
export function readIndexedColors(text: string, part: string): string[] | null {
  if (!/indexedColors/.test(text)) return null;
  const sc = new XmlScanner(text, part);
  let inside = false;
  const out: string[] = [];
  while (sc.next() !== Tok.End) {
    if (sc.kind === Tok.Open && sc.local === "indexedColors") inside = !sc.selfClosing;
    else if (sc.kind === Tok.Close && sc.local === "indexedColors") break;
    else if (inside && sc.kind === Tok.Open && sc.local === "rgbColor") {
      const v = (sc.attr("rgb") ?? "").toUpperCase();
      out.push(v.length === 8 ? v.slice(2) : v);
    }
  }
  return out.length ? out : null;
}
