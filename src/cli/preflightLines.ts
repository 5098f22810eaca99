/** `check`'s closing lines: the 发送前检查 checklist and what the workbook's 校验记录 says. */
import { CheckState, Lang, Preflight, StampVerdict, pointMessage, stampMessage, strings } from "../core";
import { oneLine, wrapText } from "./width";

const MARK: Record<CheckState, string> = { pass: "✓", fail: "✗", warn: "!", na: "-" };
/** The issues are listed in full above; the checklist shows the first few of each item. */
const SHOWN = 5;

/** `text` at `indent`, wrapped to the terminal's width when there is one (lines after the first indented further). */
function wrapped(text: string, indent: number, width: number | null): string[] {
  const pad = " ".repeat(indent);
  if (width === null || width - indent - 2 < 20) return [pad + oneLine(text)];
  return wrapText(text, width - indent - 2).map((l, i) => (i ? pad + "  " : pad) + l);
}

export function preflightLines(pf: Preflight, stamp: StampVerdict, lang: Lang, width: number | null = null): string[] {
  const t = strings(lang).preflight;
  const fails = pf.items.filter((i) => i.state === "fail").length;
  const out = ["", ...wrapped(t.verdictLine(pf.ready, fails), 0, width)];
  for (const item of pf.items) {
    out.push(...wrapped(`${MARK[item.state]} ${t.item[item.key]}（${t.state[item.state]}）`, 2, width));
    if (item.state !== "fail" && item.state !== "warn") continue;
    for (const p of item.points.slice(0, SHOWN)) out.push(...wrapped(`${p.sheet}${p.cell ? "!" + p.cell : ""}  ${pointMessage(p, lang)}`, 6, width));
    if (item.points.length > SHOWN) out.push(`      ${t.more(item.points.length - SHOWN)}`);
  }
  const said = stampMessage(stamp, lang);
  if (said) out.push("", ...said.split("\n").flatMap((l) => wrapped(l, 0, width)));
  return out;
}
