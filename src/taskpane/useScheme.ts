/**
 * The scheme in use: detected from the workbook, a built-in one, or a custom JSON scheme
 * kept in the workbook's settings. A kept scheme goes through the core's one rule
 * (resolveScheme): it may not claim a built-in id, and it is applied only visibly — the chip
 * names it with its hash, and a notice lists how it differs from the built-in it extends.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { BUILTIN_SCHEMES, describeDiff, loadStoredScheme, resolveScheme, storedLabel, type Scheme, type SchemeProblem, type StoredScheme } from "../core";
import type { WorkbookGateway } from "../host";
import { errorNotice, notice, type Notice } from "./notice";

/** "auto", a built-in scheme id, or "custom". */
export type SchemeChoice = string;

export const AUTO = "auto";
export const CUSTOM = "custom";

export interface SchemeProblems {
  file: string;
  list: SchemeProblem[];
}

export interface SchemeControl {
  choice: SchemeChoice;
  custom: Scheme | null;
  /** The kept scheme with its hash and differences from the built-in, for the chip. */
  stored: StoredScheme | null;
  /** The scheme to review with; null means detect it from the workbook. */
  scheme: Scheme | null;
  /**
   * The scheme to review with once the kept one is settled: a kept custom scheme needs the
   * scheme checker's chunk first, and a review started meanwhile must not quietly use another.
   */
  current(): Promise<Scheme | null>;
  problems: SchemeProblems | null;
  choose(choice: SchemeChoice): void;
  loadFile(file: File): Promise<void>;
  removeCustom(): Promise<void>;
  dismissProblems(): void;
}

function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file, "utf-8");
  });
}

/** The notice that says a kept scheme is in use, what it is and how it differs. */
function storedNotice(s: StoredScheme): Notice {
  return { intent: "info", text: (l) => ({ title: storedLabel(s, l.lang), body: describeDiff(s, l.lang).join(l.lang === "zh" ? "　" : "; ") }) };
}

/** Resolves once, from outside. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

export function useScheme(gateway: WorkbookGateway, say: (n: Notice) => void, onChange: () => void): SchemeControl {
  const [choice, setChoice] = useState<SchemeChoice>(AUTO);
  const [stored, setStored] = useState<StoredScheme | null>(null);
  const [problems, setProblems] = useState<SchemeProblems | null>(null);
  // Set with the kept scheme's outcome; the gate opens after that render, when `latest` holds it.
  const [settled, setSettled] = useState(false);
  const [opened] = useState(gate);
  const latest = useRef<Scheme | null>(null);
  useEffect(() => {
    if (settled) opened.open();
  }, [settled, opened]);

  useEffect(() => {
    let live = true;
    gateway
      .loadSchemeText()
      .then(async (text) => {
        if (!live || text === null || text.trim() === "") return;
        const r = await resolveScheme({ named: null, useStored: true }, text);
        if (!live) return;
        if (r.ok && r.stored) {
          setStored(r.stored);
          setChoice(CUSTOM);
          say(storedNotice(r.stored));
        } else if (!r.ok && r.reason === "badStored") {
          say(notice("warning", (t) => ({ body: t.scheme.storedBroken })));
          setProblems({ file: "", list: r.problems });
        }
      })
      .catch((e: unknown) => live && say(errorNotice(e)))
      .finally(() => live && setSettled(true));
    return () => {
      live = false;
    };
  }, [gateway, say]);

  const choose = useCallback(
    (next: SchemeChoice) => {
      setChoice(next);
      onChange();
    },
    [onChange],
  );

  const loadFile = useCallback(
    async (file: File) => {
      let text: string;
      try {
        text = await readText(file);
      } catch {
        say(notice("error", (t) => ({ title: t.errors.title, body: t.errors.readFile })));
        return;
      }
      // Kept in the workbook, so held to the rule for kept schemes (no built-in id).
      const loaded = await loadStoredScheme(text);
      if (!loaded.ok) {
        setProblems({ file: file.name, list: loaded.problems });
        return;
      }
      setProblems(null);
      try {
        await gateway.saveSchemeText(text);
      } catch (e) {
        say(errorNotice(e));
        return;
      }
      setStored(loaded.stored);
      setChoice(CUSTOM);
      onChange();
      const title = loaded.stored.scheme.shortTitle;
      const diff = storedNotice(loaded.stored);
      say({ intent: "success", text: (l) => ({ ...diff.text(l), title: l.t.scheme.loaded(title[l.lang]) }) });
    },
    [gateway, say, onChange],
  );

  const removeCustom = useCallback(async () => {
    try {
      await gateway.saveSchemeText(null);
    } catch (e) {
      say(errorNotice(e));
      return;
    }
    setStored(null);
    setChoice(AUTO);
    onChange();
    say(notice("info", (t) => ({ body: t.scheme.removed })));
  }, [gateway, say, onChange]);

  const custom = stored ? stored.scheme : null;
  let scheme: Scheme | null = null;
  if (choice === CUSTOM) scheme = custom;
  else if (choice !== AUTO) scheme = BUILTIN_SCHEMES.find((s) => s.id === choice) ?? null;
  latest.current = scheme;
  const current = useCallback(() => opened.promise.then(() => latest.current), [opened]);

  return { choice, custom, stored, scheme, current, problems, choose, loadFile, removeCustom, dismissProblems: () => setProblems(null) };
}
