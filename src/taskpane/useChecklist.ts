/** 发送前检查's card: the checklist of the last read, and writing the 校验记录 stamp when it passed. */
import { useCallback, useState } from "react";
import { VERSION, formatTime, type Grid, type Lang, type Review } from "../core";
import type { WorkbookGateway } from "../host";
import type { Notice } from "./notice";
import { PreflightRun, checkOf, writeStamp } from "./stamping";

export interface ChecklistControl {
  run: PreflightRun | null;
  show(grids: Grid[], rv: Review): PreflightRun;
  close(): void;
  /** Writes the stamp (inside the pane's one-action-at-a-time). */
  stamp(): Promise<void>;
}

export function useChecklist(gateway: WorkbookGateway, lang: Lang, act: (job: () => Promise<void>) => Promise<void>, setNotice: (n: Notice | null) => void): ChecklistControl {
  const [run, setRun] = useState<PreflightRun | null>(null);
  const show = useCallback(
    (grids: Grid[], rv: Review) => {
      const r = checkOf(grids, rv, lang);
      setRun(r);
      return r;
    },
    [lang],
  );
  const stamp = () =>
    act(async () => {
      if (!run) return;
      const now = new Date();
      const out = await writeStamp(gateway, run, now, lang);
      if ("refused" in out) {
        setNotice({ intent: "warning", text: (l) => ({ body: out.refused === "edited" ? l.all.preflight.stamp.edited(out.sheet) : l.all.preflight.stamp.notReady }) });
        return;
      }
      const name = out.sheet;
      // What was just hashed is what the workbook holds: the card says it matches.
      setRun({ ...run, stamp: { present: true, matches: true, changedSheets: [], sheet: name, time: formatTime(now), version: VERSION } });
      setNotice({ intent: "success", text: (l) => ({ body: l.all.preflight.stamp.written(name) }) });
    });
  return { run, show, close: () => setRun(null), stamp };
}
