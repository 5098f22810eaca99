/**
 * Where a message must not break across lines: a number stays with the word before it and
 * the unit after it (`满分 15`, `推荐 12 家`, `第 32 名`, `max 15`). The pane draws these runs
 * unbroken and the CLI's wrapping treats them as one piece, so both keep the same text whole.
 */

export interface Run {
  text: string;
  /** True for a run that must stay on one line. */
  keep: boolean;
}

// A Han word of up to two characters (joined by a space or not) or a Latin word joined by a
// space; the number; then an optional unit. Units are the ones our messages use.
const NUMBER_RUN =
  /(?:[\u3400-\u9fff]{1,2} ?|[A-Za-z]{1,10} )?[-+]?\d+(?:[.,]\d+)*%?(?: ?(?:个案例|家商会|[家个名分项份字位条处人次行列%]))?/gu;

export function keepRuns(text: string): Run[] {
  const out: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(NUMBER_RUN)) {
    const at = m.index ?? 0;
    // A lone number with nothing joined to it cannot be split anyway.
    if (!/\s|[^\d.,%+-]/.test(m[0])) continue;
    if (at > last) out.push({ text: text.slice(last, at), keep: false });
    out.push({ text: m[0], keep: true });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), keep: false });
  return out;
}
