/**
 * 插入空白模板 under a 创新中国 scheme: a dialog that offers one scoring sheet per expert from
 * the workbook's case list (the sheets the CLI's `template --experts` writes), or the blank
 * template. Nothing is inserted until the reviewer confirms.
 */
import { useState } from "react";
import { caseListing, expertSheets, overlongNames, repeatedNames, splitNames, templateSheets, type CaseListing, type CaseScheme, type Lang } from "../core";
import type { WorkbookGateway } from "../excel/api";
import type { Notice } from "./notice";
import type { BusyControl } from "./useBusy";

export type TemplateMode = "experts" | "blank";

export interface ExpertTemplateControl {
  open: boolean;
  listing: CaseListing | null;
  mode: TemplateMode;
  names: string;
  /** Why the names cannot be used yet, shown under the field: none given, some too long, or some twice. */
  problem: { repeated: string[]; long: string[] } | null;
  setMode(m: TemplateMode): void;
  setNames(text: string): void;
  close(): void;
  /** Reads the workbook's case list and opens the dialog (run inside the pane's exclusive action). */
  start(scheme: CaseScheme): Promise<void>;
  confirm(): Promise<void>;
}

type Act = (job: () => Promise<void>) => Promise<void>;

export function useExpertTemplate(gateway: WorkbookGateway, lang: Lang, act: Act, busy: BusyControl, setNotice: (n: Notice | null) => void): ExpertTemplateControl {
  const [open, setOpen] = useState(false);
  const [scheme, setScheme] = useState<CaseScheme | null>(null);
  const [listing, setListing] = useState<CaseListing | null>(null);
  const [mode, setMode] = useState<TemplateMode>("experts");
  const [names, setNames] = useState("");
  const [problem, setProblem] = useState<{ repeated: string[]; long: string[] } | null>(null);

  const start = async (s: CaseScheme) => {
    const grids = await busy.cancellable("read", (onProgress) => gateway.read(onProgress));
    const found = caseListing(grids, s);
    setScheme(s);
    setListing(found && found.cases.length ? found : null);
    setMode(found && found.cases.length ? "experts" : "blank");
    setProblem(null);
    setOpen(true);
  };

  const confirm = () =>
    act(async () => {
      if (!scheme) return;
      const experts = splitNames(names);
      if (mode === "experts" && listing) {
        const twice = repeatedNames(experts);
        const long = overlongNames(experts);
        if (!experts.length || twice.length || long.length) {
          setProblem({ repeated: twice, long });
          return;
        }
      }
      busy.step("template");
      const specs = mode === "experts" && listing ? expertSheets(scheme, listing, experts, lang) : templateSheets(scheme);
      const inserted = await gateway.insertTemplate(specs);
      setOpen(false);
      const sep = lang === "zh" ? "、" : ", ";
      const noValidation = mode === "experts" && gateway.capabilities().dataValidation === false;
      setNotice({
        intent: noValidation ? "warning" : "success",
        text: (l) =>
          mode === "experts" && listing
            ? { body: l.all.panel.pane.inserted(inserted.length, inserted.join(sep)), after: noValidation ? l.all.panel.pane.noValidation : undefined }
            : { body: l.t.done.templated(inserted.join(sep)) },
      });
    });

  return {
    open,
    listing,
    mode,
    names,
    problem,
    setMode,
    setNames: (text) => {
      setNames(text);
      setProblem(null);
    },
    close: () => setOpen(false),
    start,
    confirm,
  };
}
