/** `check`'s closing lines: the 发送前检查 checklist and what the workbook's 校验记录 says. */
import { CheckState, Lang, Preflight, StampVerdict, pointMessage, stampMessage, strings } from "../core";
import { oneLine } from "./width";

const MARK: Record<CheckState, string> = { pass: "✓", fail: "✗", warn: "!", na: "-" };
/** The issues are listed in full above; the checklist shows the first few of each item. */
const SHOWN = 5;

export function preflightLines(pf: Preflight, stamp: StampVerdict, lang: Lang): string[] {
  const t = strings(lang).preflight;
  const fails = pf.items.filter((i) => i.state === "fail").length;
  const out = ["", t.verdictLine(pf.ready, fails)];
  for (const item of pf.items) {
    out.push(`  ${MARK[item.state]} ${t.item[item.key]}（${t.state[item.state]}）`);
    if (item.state !== "fail" && item.state !== "warn") continue;
    for (const p of item.points.slice(0, SHOWN)) out.push(`      ${oneLine(p.sheet)}${p.cell ? "!" + p.cell : ""}  ${oneLine(pointMessage(p, lang))}`);
    if (item.points.length > SHOWN) out.push(`      ${t.more(item.points.length - SHOWN)}`);
  }
  const said = stampMessage(stamp, lang);
  if (said) out.push("", ...said.split("\n"));
  return out;
}
