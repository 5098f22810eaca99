/** The verdict at a glance: the counters (which filter the results table), then the groups. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Review } from "../../core";
import { useLang } from "../i18n";
import type { QuotaControl } from "../useQuotas";
import type { ResultsView } from "../useResultsView";
import { EntryChips } from "./EntryChips";
import { GroupSection } from "./GroupSection";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "baseline", justifyContent: "space-between" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function Summary({ review, view, quotas }: { review: Review; view: ResultsView; quotas: QuotaControl | null }) {
  const { t } = useLang();
  const s = useStyles();
  const groups = review.groups.filter((g) => g.listed > 0);
  const kind = review.scheme.kind === "chamber" ? "quota" : "final";
  return (
    <section className={s.box} aria-labelledby="summary-heading">
      <div className={s.head}>
        <h2 id="summary-heading" className={s.heading}>
          {t.summary.title}
        </h2>
        <Text className={s.muted}>{t.summary.entries(review.counts.entries)}</Text>
      </div>
      <EntryChips counts={view.counts} value={view.filter} onChange={view.setFilter} cases={kind === "final"} />
      {groups.length > 0 && <GroupSection groups={groups} kind={kind} quotas={kind === "quota" && review.table ? quotas : null} />}
    </section>
  );
}
