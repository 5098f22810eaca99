/** The adapter's refusals and failures: a stable code plus zh/en text from src/core/strings/excel.ts. */
import { Lang, strings } from "../core";

type Messages = ReturnType<typeof strings>["excel"]["error"];
export type ExcelErrorCode = keyof Messages;
type ParamsOf<C extends ExcelErrorCode> = Parameters<Messages[C]>[0];

export class ExcelAdapterError<C extends ExcelErrorCode = ExcelErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ParamsOf<C>,
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = "ExcelAdapterError";
  }

  /** The user-facing message. */
  text(lang: Lang = "zh"): string {
    const f = strings(lang).excel.error[this.code] as (p: ParamsOf<C>) => string;
    return f(this.params);
  }
}

/** `Code: message` of whatever Excel (or the runtime) threw, for the detail of a message. */
export function detailOf(e: unknown): string {
  if (e && typeof e === "object" && "code" in e) {
    const o = e as { code: unknown; message?: unknown };
    return `${String(o.code)}${o.message ? `: ${String(o.message)}` : ""}`;
  }
  return e instanceof Error ? e.message : String(e);
}

export function codeOf(e: unknown): string | null {
  return e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : null;
}

/** Anything that is not already one of ours becomes SYNC_FAILED (raised before any write). */
export function asAdapterError(e: unknown): ExcelAdapterError {
  if (e instanceof ExcelAdapterError) return e;
  return new ExcelAdapterError("SYNC_FAILED", { detail: detailOf(e) });
}
