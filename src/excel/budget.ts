/**
 * Excel on the web refuses requests and responses above 5 MB (5,242,880 bytes). Every
 * operation states its request and response size, computed from what it sends (address,
 * values, link, XML) plus the runtime's own envelope for that kind of operation, measured
 * on the runtime's requests (test/excel/budget.test.ts checks the estimates against what the
 * runtime really sends). Chunks stay under a budget with room for the per-request envelope
 * (the sheets' object paths); a refusal for size halves the chunk and tries again (ops.ts).
 */
import { utf8Length } from "../core";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Per sync, for the operations' own bytes; the rest of the limit is left for the request's envelope. */
export const PAYLOAD_BUDGET = 4_000_000;

/**
 * Request bytes of one operation's structure, measured with 100 operations per request and
 * rounded up for object ids of seven digits: Instantiate actions, the range's object path
 * and the format/fill paths below it, the action itself.
 */
export const SHAPE = {
  /** getRange(a).format.fill.color = c, or .clear(). */
  paint: 700,
  /** getRange(a).format.fill.load(color, tintAndShade). */
  fillRead: 700,
  /** getRange(a).values = … (plus the data). */
  write: 420,
  /** getRange(a).load(values, formulas, …). */
  read: 440,
  /** getRange(a).hyperlink = … (plus the link). */
  link: 460,
  /** getRange("A:A").format.columnWidth = w, or its load. */
  width: 560,
  /** A sheet, part or collection call: add, delete, getXml, setXml (plus its argument). */
  call: 360,
} as const;

/** Response bytes of one operation besides the data it loads (results of its Instantiate actions and the envelope). */
export const ANSWER = 200;

/** UTF-8 size of the JSON text of a value, as the runtime sends it. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? "");
}

/** Request bytes of an operation of `kind` on `address`, with `data` as its argument. */
export function opBytes(kind: keyof typeof SHAPE, address = "", data?: unknown): number {
  return SHAPE[kind] + utf8Length(address) + (data === undefined ? 0 : jsonBytes(data));
}

/** Counts the syncs an operation makes (reported in FillOutcome and by the bench). */
export class SyncCount {
  n = 0;
}
