/**
 * Which scheme a workbook is read with when none is named (SPEC §1), and why: the schemes
 * given first (a custom scheme named or stored), then every programme's built-ins in
 * registration order, each looking for its programme's sheets with its own aliases.
 */
import type { Grid } from "../kernel/grid";
import { sheetHead, withHeadCache } from "../kernel/headerBlock";
import type { Scheme } from "../kernel/schemeBase";
import { Lang, strings } from "../strings";
import { programmeSeen } from "./mismatch";
import { programmeOf, programmes } from "../contract/registry";
import type { Detection, ProgrammeSeen } from "../kernel/result";

/**
 * SPEC §1: the candidates first (a custom scheme given or stored), then each programme's
 * built-in schemes in registration order; the first whose programme finds one of its sheets
 * — read with that scheme's own aliases — is the scheme. A workbook where none does is read
 * with the first built-in, which says what it lacks.
 */
export function detect(grids: Grid[], candidates: readonly Scheme[] = []): Detection {
  const passed: Scheme[] = [];
  const tries = [...candidates.map((s) => ({ s, by: "candidate" as const })), ...programmes().flatMap((p) => p.builtins.map((s) => ({ s: s as Scheme, by: "builtin" as const })))];
  return withHeadCache(() => {
    for (const { s, by } of tries) {
      const sighting = programmeOf(s).detect(grids, s);
      if (sighting) return { scheme: s, by, sighting, passed, others: othersIn(grids, s) };
      passed.push(s);
    }
    return { scheme: programmes()[0].builtins[0] as Scheme, by: "none", sighting: null, passed, others: [] };
  });
}

/**
 * The programmes other than `scheme`'s whose sheets are in the workbook too, looked for among
 * the sheets `scheme` does not read (so a national workbook's 1,500 自评表 cost nothing more).
 */
function othersIn(grids: Grid[], scheme: Scheme): ProgrammeSeen[] {
  const own = programmeOf(scheme).reads(scheme);
  const rest = grids.filter((g) => !own(sheetHead(g)));
  const out: ProgrammeSeen[] = [];
  for (const p of programmes()) {
    if (p.kind === scheme.kind || !rest.length) continue;
    const seen = programmeSeen(rest, p.kind);
    if (seen) out.push(seen);
  }
  return out;
}

/** The scheme detection chooses (see `detect`). */
export function detectScheme(grids: Grid[], candidates: readonly Scheme[] = []): Scheme {
  return detect(grids, candidates).scheme;
}

/** Which scheme was chosen and why, in words (`工作表"自评表"是自评表，按评审方案 sihao-2020 读取`). */
export function detectionMessage(d: Detection, lang: Lang): string {
  const t = strings(lang).detection;
  const main = d.sighting
    ? t.found(d.sighting.sheet, programmeOf(d.scheme).words[lang].sheets[d.sighting.sheetKind] ?? d.sighting.sheetKind, d.scheme.id) + (d.by === "candidate" ? t.candidate : "")
    : t.none(d.scheme.id);
  return main + (d.passed.length ? t.passed(d.passed.map((s) => s.id).join(lang === "zh" ? "、" : ", ")) : "");
}

/** SPEC §5 `schemeDetection`: what detection saw, for the JSON report. */
export interface JsonDetection {
  by: Detection["by"];
  sheet: string | null;
  sheetKind: string | null;
  tried: string[];
  message: string;
  /** Only when another programme's sheets are there too: which, where, and the scheme that reads them. */
  others?: { programme: string; sheet: string; sheetKind: string; scheme: string }[];
}

export function jsonDetection(d: Detection, lang: Lang): JsonDetection {
  const others = d.others.map((o) => ({ programme: o.programme, sheet: o.sheet, sheetKind: o.sheetKind, scheme: o.use }));
  return {
    by: d.by,
    sheet: d.sighting?.sheet ?? null,
    sheetKind: d.sighting?.sheetKind ?? null,
    tried: d.passed.map((s) => s.id),
    message: detectionMessage(d, lang),
    ...(others.length ? { others } : {}),
  };
}
