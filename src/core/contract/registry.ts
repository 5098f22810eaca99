/**
 * The programmes the engine knows, in the order detection tries them. The built-in programmes
 * are registered by the composition root (src/core/index.ts); a test or a fork registers
 * another with `registerProgramme`. Everything that depends on the programme asks `programmeOf`.
 */
import { SHARED_SEVERITY, type IssueCode, type Issue, type Params, issueAt } from "../kernel/issues";
import type { Entry } from "../kernel/result";
import type { Scheme } from "../kernel/schemeBase";
import type { Message, OwnCode, Programme } from "./programme";

const registered: Programme[] = [];
const schemes: Scheme[] = [];

/** Every scheme of every registered programme, live: a registration adds its built-ins. */
export const BUILTIN_SCHEMES: readonly Scheme[] = schemes;

/**
 * Adds a programme after those registered so far. The shipped programmes are `trusted`: their
 * built-in schemes are used as written, so start-up neither loads zod nor runs the schema
 * (test/core/builtinTrusted.test.ts holds each equal to what the schema makes of it). Any other
 * programme's built-ins are checked against its schema first, so its registration is awaited.
 */
export function registerProgramme<S extends Scheme, E extends Entry, G>(p: Programme<S, E, G>, opts: { trusted: true }): void;
export function registerProgramme<S extends Scheme, E extends Entry, G>(p: Programme<S, E, G>, opts?: { trusted?: false }): Promise<void>;
export function registerProgramme<S extends Scheme, E extends Entry, G>(p: Programme<S, E, G>, opts: { trusted?: boolean } = {}): void | Promise<void> {
  const prog = p as unknown as Programme;
  if (opts.trusted) return add(prog, [...prog.builtins]);
  return prog.loadSchema().then((schema) => add(prog, prog.builtins.map((s) => schema.parse(s))));
}

function add(prog: Programme, builtins: Scheme[]): void {
  if (registered.some((r) => r.kind === prog.kind)) throw new Error(`programme "${prog.kind}" registered twice`);
  for (const s of builtins) {
    if (schemes.some((b) => b.id === s.id)) throw new Error(`built-in scheme "${s.id}" registered twice`);
  }
  registered.push(prog);
  schemes.push(...builtins);
}

/** Takes a programme out again (tests that register one of their own). */
export function unregisterProgramme(kind: string): void {
  const at = registered.findIndex((r) => r.kind === kind);
  if (at < 0) return;
  registered.splice(at, 1);
  for (let i = schemes.length - 1; i >= 0; i--) if (schemes[i].kind === kind) schemes.splice(i, 1);
}

export function programmes(): readonly Programme[] {
  return registered;
}

/** The programme that reads `scheme` (or a scheme of that kind). */
export function programmeOf(scheme: Scheme | string): Programme {
  const kind = typeof scheme === "string" ? scheme : scheme.kind;
  const p = registered.find((r) => r.kind === kind);
  if (!p) throw new Error(`no programme reads schemes of kind "${kind}"`);
  return p;
}

export function builtinScheme(id: string): Scheme | undefined {
  return schemes.find((s) => s.id === id);
}

/** An issue code a registered programme brings, or undefined. */
export function ownCode(code: string): OwnCode | undefined {
  for (const p of registered) if (p.codes && Object.hasOwn(p.codes, code)) return p.codes[code];
  return undefined;
}

/** A reason code a registered programme brings, or undefined. */
export function ownReason(code: string): Message | undefined {
  for (const p of registered) if (p.reasons && Object.hasOwn(p.reasons, code)) return p.reasons[code];
  return undefined;
}

/** An issue of a shared code or of any registered programme's (a programme's own code needs it registered). */
export function makeIssue(code: string, sheet: string, at: { row: number; col: number } | null, params: Params = {}): Issue {
  const severity = code in SHARED_SEVERITY ? SHARED_SEVERITY[code as IssueCode] : ownCode(code)?.severity;
  if (!severity) throw new Error(`unknown issue code ${code}`);
  return issueAt(code, severity, sheet, at, params);
}
