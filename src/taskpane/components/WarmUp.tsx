/**
 * The first 校验 of a pane used to paint its results ~60 % slower than a later one: Griffel
 * inserting the results' style rules and V8 compiling their code on first use. So while the pane
 * waits for that first 校验 (at an idle moment), the results view is drawn once off screen from a
 * tiny made-up review per built-in scheme, then dropped at the next frame. It reads nothing from
 * the workbook, writes nothing, cannot be focused and is hidden from screen readers (its notice
 * announces nothing).
 */
import { AnnounceProvider } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { BUILTIN_SCHEMES, gridFromValues, review as runReview, templateSheets, type Cell, type Review } from "../../core";
import type { QuotaControl } from "../useQuotas";
import { useResultsView } from "../useResultsView";
import { notice } from "../notice";
import { IssuePanel } from "./IssuePanel";
import { NoticeBar } from "./NoticeBar";
import { Results } from "./Results";
import { SectionTables } from "./SectionTables";
import { Summary } from "./Summary";

const HIDDEN = { position: "fixed", left: "-10000px", top: 0, width: "340px", visibility: "hidden" } as const;
const nothing = () => undefined;
// The notice every 校验 ends with, every part of it drawn (its style rules are inserted together).
const SAMPLE_NOTICE = notice("info", (t) => ({ title: t.errors.title, body: t.done.checked(1, 1), code: "-", after: t.errors.kept }));
// A message bar announces itself when drawn (to the announcer, should the pane have one): not this one.
const SILENT = { announce: nothing };

/** Each built-in scheme's blank workbook with two made-up rows under every sheet's last row. */
function sampleReviews(): Review[] {
  return BUILTIN_SCHEMES.map((scheme) => {
    const grids = templateSheets(scheme).map((sheet) => {
      const values: Cell[][] = sheet.values.map((row) => row.map((v) => (typeof v === "string" || typeof v === "number" ? v : null)));
      const last = values[values.length - 1];
      for (let i = 1; i <= 2; i++) values.push(last.map((_, c) => (c === 0 ? i : `W${i}`)));
      return gridFromValues(sheet.name, values);
    });
    return runReview(grids, { scheme });
  });
}

function Sample({ review, quotas }: { review: Review; quotas: QuotaControl }) {
  const view = useResultsView(review);
  return (
    <>
      <Summary review={review} view={view} quotas={quotas} />
      <SectionTables review={review} />
      <Results review={review} view={view} level="all" onLevel={nothing} onSelectIssue={nothing} onSelectEntry={nothing} />
      <IssuePanel review={review} level="all" onLevel={nothing} onSelect={nothing} />
    </>
  );
}

function nextFrame(run: () => void): () => void {
  if (typeof requestAnimationFrame !== "function") {
    const id = setTimeout(run, 16);
    return () => clearTimeout(id);
  }
  const id = requestAnimationFrame(() => setTimeout(run, 0));
  return () => cancelAnimationFrame(id);
}

/** `onDone` at the next frame after it is drawn: the pane then drops it for good. */
export function WarmUp({ quotas, onDone }: { quotas: QuotaControl; onDone(): void }) {
  const reviews = useMemo(() => sampleReviews(), []);
  useEffect(() => nextFrame(onDone), [onDone]);
  return (
    <div style={HIDDEN} aria-hidden="true" inert data-warm-up="">
      <AnnounceProvider value={SILENT}>
        <NoticeBar notice={SAMPLE_NOTICE} onDismiss={nothing} />
      </AnnounceProvider>
      {reviews.map((r) => (
        <Sample key={r.scheme.id} review={r} quotas={quotas} />
      ))}
    </div>
  );
}

/** True once the browser has had an idle moment (never where it cannot say so: no warm-up there). */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== "function") return;
    const id = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);
  return idle;
}
