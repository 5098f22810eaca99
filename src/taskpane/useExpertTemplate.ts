/**
 * 插入空白模板 under a scheme whose programme makes scoring sheets (创新中国): a dialog that
 * offers one scoring sheet per expert from the workbook's case list (the sheets the CLI's
 * `template --experts` writes), or the blank template. Nothing is inserted until the
 * reviewer confirms.
 */
import { useState } from "react";
import { overlongNames, programmeOf, repeatedNames, splitNames, templateSheets, type Lang, type Scheme } from "../core";
import type { WorkbookGateway } from "../host";
import type { Notice } from "./notice";
import type { BusyControl } from "./useBusy";

export type TemplateMode = "experts" | "blank";

/** The workbook's list the scoring sheets are made from: its sheet and how many rows. */
export interface ListingSummary {
  sheet: string;
  count: number;
}

export interface ExpertTemplateControl {
  open: boolean;
  listing: ListingSummary | null;
  mode: TemplateMode;
  names: string;
  /** Why the names cannot be used yet, shown under the field: none given, some too long, or some twice. */
  problem: { repeated: string[]; long: string[] } | null;
  setMode(m: TemplateMode): void;
  setNames(text: string): void;
  close(): void;
  /** Reads the workbook's case list and opens the dialog (run inside the pane's exclusive action). */
  start(scheme: Scheme): Promise<void>;
  confirm(): Promise<void>;
}

type Act = (job: () => Promise<void>) => Promise<void>;

export function useExpertTemplate(gateway: WorkbookGateway, lang: Lang, act: Act, busy: BusyControl, setNotice: (n: Notice | null) => void): ExpertTemplateControl {
  const [open, setOpen] = useState(false);
  const [scheme, setScheme] = useState<Scheme | null>(null);
  const [listing, setListing] = useState<{ data: unknown; summary: ListingSummary } | null>(null);
  const [mode, setMode] = useState<TemplateMode>("experts");
  const [names, setNames] = useState("");
  const [problem, setProblem] = useState<{ repeated: string[]; long: string[] } | null>(null);

  const start = async (s: Scheme) => {
    const scoring = programmeOf(s).scoringSheets!;
    const grids = await busy.cancellable("read", (onProgress) => gateway.read(onProgress));
    const found = scoring.listing(grids, s);
    const usable = found !== null && scoring.count(found) > 0;
    setScheme(s);
    setListing(usable ? { data: found, summary: { sheet: scoring.sheet(found), count: scoring.count(found) } } : null);
    setMode(usable ? "experts" : "blank");
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
      const scoring = programmeOf(scheme).scoringSheets!;
      const specs = mode === "experts" && listing ? experts.map((x) => scoring.make(scheme, listing.data, x, lang)) : templateSheets(scheme);
      const inserted = await gateway.insertTemplate(specs);
      setOpen(false);
      const sep = lang === "zh" ? "、" : ", ";
      const noValidation = mode === "experts" && gateway.capabilities().dataValidation === false;
      setNotice({
        intent: noValidation ? "warning" : "success",
        text: (l) =>
          mode === "experts" && listing
            ? { body: l.all.experts.pane.inserted(inserted.length, inserted.join(sep)), after: noValidation ? l.all.experts.pane.noValidation : undefined }
            : { body: l.t.done.templated(inserted.join(sep)) },
      });
    });

  return {
    open,
    listing: listing?.summary ?? null,
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
