/** The whole pane, top to bottom as UI.md sketches it. */
import { Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { VERSION, type Lang } from "../../core";
import type { WorkbookGateway } from "../../host";
import { useCallback, useEffect, useState } from "react";
import { useLang } from "../i18n";
import { markAfterPaint } from "../marks";
import { isUnrecognised, usePane } from "../usePane";
import { useResultsView } from "../useResultsView";
import { useReturnFocus } from "../useReturnFocus";
import { ActionBar } from "./ActionBar";
import { EmptyState, Welcome } from "./EmptyState";
import { SectionTables } from "./SectionTables";
import { Header } from "./Header";
import { lazyPart } from "./LazyPart";
import { NoticeBar } from "./NoticeBar";
import { ProgressPanel } from "./ProgressPanel";
import { Results } from "./Results";
import { SchemeProblems } from "./SchemeProblems";
import { Summary } from "./Summary";
import { WarmUp, useIdle } from "./WarmUp";

// What the first screen does not show comes in chunks of its own, fetched when first wanted.
const Checklist = lazyPart(() => import("./Checklist.js").then((m) => m.Checklist));
const ImportDialog = lazyPart(() => import("./ImportDialog.js").then((m) => m.ImportDialog));
const ExpertTemplateDialog = lazyPart(() => import("./ExpertTemplateDialog.js").then((m) => m.ExpertTemplateDialog));

/** True from the first time `open` is: a dialog stays mounted once loaded, so it can animate closed. */
function useOpened(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  about: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  gateway: WorkbookGateway;
  onToggleLang(): void;
}

export function Pane({ gateway, onToggleLang }: Props) {
  const { lang, t } = useLang();
  const pane = usePane(gateway, lang as Lang);
  const s = useStyles();
  const busy = pane.busy !== null;
  const blocked = busy || !pane.baseline;
  const r = pane.review;
  const view = useResultsView(r);
  const idle = useIdle();
  const [warmed, setWarmed] = useState(false);
  const warmedUp = useCallback(() => setWarmed(true), []);
  // For the bench: the verdict on screen, measured from the engine's last step (marks.ts).
  useEffect(() => {
    if (r) markAfterPaint("results-painted");
  }, [r]);
  const { setTab } = view;
  useEffect(() => {
    if (pane.issuesWanted) setTab("issues");
  }, [pane.issuesWanted, setTab]);
  const firstAction = useCallback(() => document.querySelector<HTMLElement>('[role="toolbar"] button'), []);
  const backToNotice = useReturnFocus(pane.notice, firstAction);
  const backToProblems = useReturnFocus(pane.scheme.problems, firstAction);
  const expertsOpened = useOpened(pane.experts.open);
  const importOpened = useOpened(pane.imports.open);
  return (
    <div className={s.root}>
      <Header scheme={pane.scheme} detected={r?.scheme ?? null} disabled={blocked} />
      <ActionBar pane={pane} disabled={blocked} onToggleLang={onToggleLang} />
      <main className={s.main}>
        {!pane.baseline && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.errors.unsupported}</MessageBarBody>
          </MessageBar>
        )}
        {pane.busy && <ProgressPanel busy={pane.busy} />}
        {pane.notice && (
          <NoticeBar
            notice={pane.notice}
            onDismiss={() => {
              pane.dismissNotice();
              backToNotice();
            }}
          />
        )}
        {pane.scheme.problems && (
          <SchemeProblems
            problems={pane.scheme.problems}
            onDismiss={() => {
              pane.scheme.dismissProblems();
              backToProblems();
            }}
          />
        )}
        {pane.checklist.run && (
          <Checklist
            lang={lang as Lang}
            checklist={pane.checklist.run.checklist}
            stamp={pane.checklist.run.stamp}
            busy={blocked}
            onSelect={(p) => void pane.select(p)}
            onStamp={() => void pane.checklist.stamp()}
            onClose={pane.checklist.close}
          />
        )}
        {r === null ? (
          <>
            <Welcome />
            {/* Drawn once, off screen, so that the first real results paint sooner (WarmUp.tsx). */}
            {idle && !warmed && <WarmUp quotas={pane.quotas} onDone={warmedUp} />}
          </>
        ) : isUnrecognised(r) ? (
          <EmptyState onTemplate={() => void pane.insertTemplate()} disabled={blocked} />
        ) : (
          <>
            <Summary review={r} view={view} quotas={pane.quotas} />
            <SectionTables review={r} />
            <Results
              review={r}
              view={view}
              level={pane.filter}
              onLevel={pane.setFilter}
              onSelectIssue={(i) => void pane.select(i)}
              onSelectEntry={(e) => void pane.selectEntry(e)}
            />
          </>
        )}
      </main>
      <footer>
        <Caption1 className={s.about}>{t.about(VERSION)}</Caption1>
      </footer>
      {expertsOpened && <ExpertTemplateDialog control={pane.experts} disabled={blocked} />}
      {importOpened && <ImportDialog lang={lang as Lang} control={pane.imports} />}
    </div>
  );
}
