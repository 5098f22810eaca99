/** Issues grouped by sheet, filtered by level; long lists stop at a cap and point to the report sheet. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  Text,
  Toolbar,
  ToolbarRadioButton,
  makeStyles,
  tokens,
  type ToolbarProps,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Issue, Review } from "../../core";
import { useLang } from "../i18n";
import type { Filter } from "../usePane";
import { IssueRow } from "./IssueRow";

/** Rows rendered per sheet; more would slow the pane and the 校验报告 sheet lists them all. */
export const ROWS_PER_SHEET = 200;

/** Up to this many issues every sheet starts open; beyond it only the first, to keep the pane short. */
const OPEN_ALL_UP_TO = 60;

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  sheetName: { flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  headerContent: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, width: "100%" },
  more: { color: tokens.colorNeutralForeground2, display: "block", padding: tokens.spacingVerticalXS },
  none: { color: tokens.colorNeutralForeground2 },
});

function bySheet(issues: Issue[]): [string, Issue[]][] {
  const map = new Map<string, Issue[]>();
  for (const i of issues) {
    const list = map.get(i.sheet);
    if (list) list.push(i);
    else map.set(i.sheet, [i]);
  }
  return [...map];
}

interface Props {
  review: Review;
  filter: Filter;
  onFilter(f: Filter): void;
  onSelect(i: Issue): void;
}

export function IssueList({ review, filter, onFilter, onSelect }: Props) {
  const { t } = useLang();
  const s = useStyles();
  const c = review.counts;
  const shown = useMemo(() => review.issues.filter((i) => filter === "all" || i.severity === filter), [review, filter]);
  const sheets = useMemo(() => bySheet(shown), [shown]);
  const onChecked: ToolbarProps["onCheckedValueChange"] = (_e, data) => {
    const next = data.checkedItems[0];
    if (next === "all" || next === "error" || next === "warning") onFilter(next);
  };

  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading" className={s.heading}>
        {t.issues.title}
      </h2>
      <Toolbar aria-label={t.issues.filter} size="small" checkedValues={{ level: [filter] }} onCheckedValueChange={onChecked}>
        <ToolbarRadioButton name="level" value="all" appearance="subtle">
          {t.issues.all(c.errors + c.warnings)}
        </ToolbarRadioButton>
        <ToolbarRadioButton name="level" value="error" appearance="subtle">
          {t.issues.errors(c.errors)}
        </ToolbarRadioButton>
        <ToolbarRadioButton name="level" value="warning" appearance="subtle">
          {t.issues.warnings(c.warnings)}
        </ToolbarRadioButton>
      </Toolbar>
      {sheets.length === 0 ? (
        <Text className={s.none}>{review.issues.length ? t.issues.noneOfKind : t.issues.none}</Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={(shown.length <= OPEN_ALL_UP_TO ? sheets : sheets.slice(0, 1)).map(([name]) => name)} key={filter}>
          {sheets.map(([sheet, list]) => (
            <AccordionItem key={sheet} value={sheet}>
              <AccordionHeader size="small">
                <span className={s.headerContent}>
                  <span className={s.sheetName}>{sheet || t.issues.noSheet}</span>
                  <CounterBadge count={list.length} overflowCount={9999} size="small" color="informative" aria-label={t.issues.count(list.length)} />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={s.list}>
                  {list.slice(0, ROWS_PER_SHEET).map((issue, i) => (
                    <li key={i}>
                      <IssueRow issue={issue} onSelect={onSelect} />
                    </li>
                  ))}
                </ul>
                {list.length > ROWS_PER_SHEET && (
                  <Text className={s.more}>{t.issues.more(list.length - ROWS_PER_SHEET, review.scheme.reportSheet)}</Text>
                )}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
