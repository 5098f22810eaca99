/** How a programme declares its own issue codes and reasons: severities and words side by side. */
import type { Params, Severity } from "../kernel/issues";
import type { Bilingual, CheckKey, Message, OwnCode } from "./programme";

type Words<C extends string> = Record<C, (p: Params) => string>;

/** The codes of `severity`, worded by `words`; `more` adds the few words for a table row (`why`) and the 发送前检查 item (`check`). */
export function ownCodes<C extends string>(
  severity: Record<C, Severity>,
  words: Bilingual<Words<C>>,
  more: Partial<Record<C, { why?: Bilingual<(n: number, p: Params) => string>; check?: CheckKey }>> = {},
): Record<C, OwnCode> {
  const out = {} as Record<C, OwnCode>;
  for (const code of Object.keys(severity) as C[]) {
    out[code] = { severity: severity[code], message: { zh: words.zh[code], en: words.en[code] }, ...more[code] };
  }
  return out;
}

/** Reasons (rules that make an entry 不合格) worded by `words`. */
export function ownReasons<C extends string>(words: Bilingual<Words<C>>): Record<C, Message> {
  const out = {} as Record<C, Message>;
  for (const code of Object.keys(words.zh) as C[]) out[code] = { zh: words.zh[code], en: words.en[code] };
  return out;
}
