/**
 * The scheme in use: detected from the workbook, a built-in one, or a custom JSON scheme
 * that is validated with core `parseScheme` and kept in the workbook's settings.
 */
import { useCallback, useEffect, useState } from "react";
import { BUILTIN_SCHEMES, parseScheme, type Scheme, type SchemeProblem } from "../core";
import type { WorkbookGateway } from "../excel/api";
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
  /** The scheme to review with; null means detect it from the workbook. */
  scheme: Scheme | null;
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

export function useScheme(gateway: WorkbookGateway, say: (n: Notice) => void, onChange: () => void): SchemeControl {
  const [choice, setChoice] = useState<SchemeChoice>(AUTO);
  const [custom, setCustom] = useState<Scheme | null>(null);
  const [problems, setProblems] = useState<SchemeProblems | null>(null);

  useEffect(() => {
    let live = true;
    gateway
      .loadSchemeText()
      .then((text) => {
        if (!live || text === null) return;
        const loaded = parseScheme(text);
        if (loaded.ok) {
          setCustom(loaded.scheme);
          setChoice(CUSTOM);
        } else {
          say(notice("warning", (t) => ({ body: t.scheme.storedBroken })));
          setProblems({ file: "", list: loaded.problems });
        }
      })
      .catch((e: unknown) => live && say(errorNotice(e)));
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
      const loaded = parseScheme(text);
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
      setCustom(loaded.scheme);
      setChoice(CUSTOM);
      onChange();
      const title = loaded.scheme.shortTitle;
      say({ intent: "success", text: (l) => ({ body: l.t.scheme.loaded(title[l.lang]) }) });
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
    setCustom(null);
    setChoice(AUTO);
    onChange();
    say(notice("info", (t) => ({ body: t.scheme.removed })));
  }, [gateway, say, onChange]);

  let scheme: Scheme | null = null;
  if (choice === CUSTOM) scheme = custom;
  else if (choice !== AUTO) scheme = BUILTIN_SCHEMES.find((s) => s.id === choice) ?? null;

  return { choice, custom, scheme, problems, choose, loadFile, removeCustom, dismissProblems: () => setProblems(null) };
}
