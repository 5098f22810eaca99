/** Entries first, issues second: two tabs over the verdict of every entry and every issue. */
import { Tab, TabList, Text, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import type { Entry, Issue, Review } from "../../core";
import { useLang } from "../i18n";
import type { Level } from "../issueRows";
import type { ResultsView } from "../useResultsView";
import { EntryGrid } from "./EntryGrid";
import { IssuePanel } from "./IssuePanel";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  review: Review;
  view: ResultsView;
  level: Level;
  onLevel(l: Level): void;
  onSelectIssue(i: Issue): void;
  onSelectEntry(e: Entry): void;
}

export function Results({ review, view, level, onLevel, onSelectIssue, onSelectEntry }: Props) {
  const { t } = useLang();
  const s = useStyles();
  const c = review.counts;
  const onTab = (_e: unknown, d: SelectTabData) => view.setTab(d.value === "issues" ? "issues" : "entries");
  const choose = (e: Entry) => {
    view.setCurrent(e);
    onSelectEntry(e);
  };
  return (
    <section className={s.box} aria-label={t.results.tabs}>
      <TabList selectedValue={view.tab} onTabSelect={onTab} size="small" aria-label={t.results.tabs}>
        <Tab value="entries" id="tab-entries" aria-controls="panel-results">
          {t.results.entriesTab(c.entries)}
        </Tab>
        <Tab value="issues" id="tab-issues" aria-controls="panel-results">
          {t.results.issuesTab(c.errors, c.warnings)}
        </Tab>
      </TabList>
      <div id="panel-results" role="tabpanel" aria-labelledby={view.tab === "issues" ? "tab-issues" : "tab-entries"}>
        {view.tab === "entries" ? (
          <>
            {t.results.formWords && <Text className={s.note}>{t.results.formWords}</Text>}
            <EntryGrid
              entries={view.shown}
              chamber={review.scheme.kind === "chamber"}
              sort={view.sort}
              onSort={view.setSort}
              current={view.current}
              onSelect={choose}
            />
          </>
        ) : (
          <IssuePanel review={review} level={level} onLevel={onLevel} onSelect={onSelectIssue} />
        )}
      </div>
    </section>
  );
}
