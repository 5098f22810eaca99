/**
 * What the pane tells the reviewer after an action. Notices are kept as functions of the
 * strings so that switching the language re-words the one on screen.
 */
import { HostError } from "../host";
import type { LangValue, UiStrings } from "./i18n";

export type Intent = "success" | "info" | "warning" | "error";

export interface NoticeText {
  title?: string;
  body: string;
  /** A command to type, shown as code. */
  code?: string;
  after?: string;
}

export interface Notice {
  intent: Intent;
  text: (l: LangValue) => NoticeText;
}

/** A notice worded from the pane strings alone. */
export function notice(intent: Intent, text: (t: UiStrings) => NoticeText): Notice {
  return { intent, text: (l) => text(l.t) };
}

/** Raised when the reviewer cancels a read; nothing has been written at that point. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

interface CodedError {
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

/** Office.js error codes (OfficeExtension.ErrorCodes) the reviewer can act on. */
const ADVICE: Record<string, (t: UiStrings) => string> = {
  AccessDenied: (t) => t.errors.protectedAny,
  InvalidOperationInCellEditMode: (t) => t.errors.busy,
  RequestPayloadSizeLimitExceeded: (t) => t.errors.tooLarge,
  ResponsePayloadSizeLimitExceeded: (t) => t.errors.tooLarge,
  ItemNotFound: (t) => t.errors.notFound,
};

/**
 * Turns any failure into words and an action; never a stack trace, and never Excel's or the
 * browser's own English text in the Chinese pane: a code is put in words (excel.code).
 */
export function errorNotice(e: unknown): Notice {
  // The host's own refusals already say what happened and what to do, in both languages.
  if (e instanceof HostError) return { intent: "error", text: (l) => ({ title: l.t.errors.title, body: e.text(l.lang) }) };
  const err = (typeof e === "object" && e !== null ? e : {}) as CodedError;
  const code = typeof err.code === "string" ? err.code : "";
  const advice = ADVICE[code];
  if (advice) return notice("error", (t) => ({ title: t.errors.title, body: advice(t) }));
  const name = typeof err.name === "string" && err.name !== "Error" ? err.name : "";
  return {
    intent: "error",
    text: (l) => ({ title: l.t.errors.title, body: l.t.errors.unknown(code ? l.all.excel.code(code) : l.lang === "en" ? name : "") }),
  };
}
