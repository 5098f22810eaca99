/** The adapter's refusals and failures: a stable code plus zh/en text from src/core/strings/excel.ts. */
import { Lang, strings } from "../core";
import { HostError } from "../host";

type Messages = ReturnType<typeof strings>["excel"]["error"];
export type ExcelErrorCode = keyof Messages;
type ParamsOf<C extends ExcelErrorCode> = Parameters<Messages[C]>[0];

export class ExcelAdapterError<C extends ExcelErrorCode = ExcelErrorCode> extends HostError {
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

export function codeOf(e: unknown): string | null {
  return e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : null;
}

/**
 * Excel's error code and its own (English) message: the code is put in words per language,
 * the message is shown in the English pane only.
 */
export function failureOf(e: unknown): { code: string; message?: string } {
  const code = codeOf(e) ?? (e instanceof Error && e.name !== "Error" ? e.name : "");
  const message = e && typeof e === "object" && "message" in e ? String((e as { message: unknown }).message) : undefined;
  return message ? { code, message } : { code };
}

/** Anything that is not already one of ours becomes SYNC_FAILED (raised before any write). */
export function asAdapterError(e: unknown): ExcelAdapterError {
  if (e instanceof ExcelAdapterError) return e;
  return new ExcelAdapterError("SYNC_FAILED", failureOf(e));
}
