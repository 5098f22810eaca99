/** The verdict: counters, then the per-group quota bars. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { programmeOf, type Review } from "../../core";
import { useLang } from "../i18n";
import { Counters } from "./Counters";
import { GroupBars } from "./GroupBars";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "baseline", justifyContent: "space-between" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function Summary({ review }: { review: Review }) {
  const { t } = useLang();
  const s = useStyles();
  const groups = review.groups.filter((g) => g.listed > 0);
  const kind = programmeOf(review.scheme).pane.groups;
  return (
    <section className={s.box} aria-labelledby="summary-heading">
      <div className={s.head}>
        <h2 id="summary-heading" className={s.heading}>
          {t.summary.title}
        </h2>
        <Text className={s.muted}>{t.summary.entries(review.counts.entries)}</Text>
      </div>
      <Counters counts={review.counts} />
      {groups.length > 0 && (
        <>
          <h3 className={s.sub}>{kind === "quota" ? t.summary.groupsTitle : t.summary.groupsTitleCase}</h3>
          <GroupBars groups={groups} kind={kind} />
        </>
      )}
    </section>
  );
}
