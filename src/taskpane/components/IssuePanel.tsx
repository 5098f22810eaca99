/**
 * Every issue, at any scale: one virtualised list of sheet groups (labelled with the chamber or
 * expert they belong to, the groups with errors first) and their issues, no cap. Filtering by
 * level, expand/collapse all, and 下一处错误, which selects the next error in the workbook.
 */
import {
  Button,
  CounterBadge,
  Text,
  Toolbar,
  ToolbarButton,
  ToolbarRadioButton,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
  type ToolbarProps,
} from "@fluentui/react-components";
import { ArrowNext16Regular } from "@fluentui/react-icons/svg/arrow-next";
import { ChevronDown16Regular } from "@fluentui/react-icons/svg/chevron-down";
import { ChevronRight16Regular } from "@fluentui/react-icons/svg/chevron-right";
import { TextExpand16Regular } from "@fluentui/react-icons/svg/text-expand";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Issue, Review } from "../../core";
import { useLang } from "../i18n";
import { groupIssues, isLevel, issueRows, nextError, type IssueRow as Row, type IssueRows, type Level } from "../issueRows";
import { useWindowVirtual } from "../useWindowVirtual";
import { IssueRow } from "./IssueRow";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  header: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  headerButton: { width: "100%", justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  headerText: { flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  none: { color: tokens.colorNeutralForeground2 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** Estimated heights before a row is drawn (measured at 320 px): a header, and an issue of one or two lines. */
const estimate = (rows: IssueRows) => (i: number) => (rows.isGroup(i) ? 32 : 40);

const ALL_OPEN: ReadonlySet<string> = new Set();

function drawn(rows: IssueRows, start: number, end: number): Row[] {
  const out: Row[] = [];
  for (let i = start; i < end; i++) out.push(rows.at(i));
  return out;
}

interface Folded {
  review: Review;
  sheets: ReadonlySet<string>;
}

interface Props {
  review: Review;
  level: Level;
  onLevel(l: Level): void;
  onSelect(i: Issue): void;
}

export function IssuePanel({ review, level, onLevel, onSelect }: Props) {
  const { t } = useLang();
  const s = useStyles();
  const c = review.counts;
  // What the reviewer folded and chose belongs to one review: a new review starts with every group
  // open and nothing current. Derived while drawing, not reset in an effect, so that a new review
  // is drawn once (at 66,000 issues a second pass cost the first paint ~20 ms).
  const [fold, setFold] = useState<Folded>(() => ({ review, sheets: ALL_OPEN }));
  const collapsed = fold.review === review ? fold.sheets : ALL_OPEN;
  const setCollapsed = (change: (old: ReadonlySet<string>) => ReadonlySet<string>) =>
    setFold((f) => ({ review, sheets: change(f.review === review ? f.sheets : ALL_OPEN) }));
  const [chosen, setChosen] = useState<{ review: Review; issue: Issue } | null>(null);
  const current = chosen?.review === review ? chosen.issue : null;
  const setCurrent = (issue: Issue) => setChosen({ review, issue });
  const groups = useMemo(() => groupIssues(review, level), [review, level]);
  const rows = useMemo(() => issueRows(groups, collapsed), [groups, collapsed]);
  const keyOf = useCallback((i: number) => rows.keyAt(i), [rows]);
  const est = useMemo(() => estimate(rows), [rows]);
  const v = useWindowVirtual({ count: rows.length, estimate: est, keyOf });
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const listEl = useRef<HTMLElement | null>(null);
  const [focusNext, setFocusNext] = useState<Issue | null>(null);

  const allOpen = collapsed.size === 0;
  const toggle = (sheet: string) =>
    setCollapsed((old) => {
      const next = new Set(old);
      if (next.has(sheet)) next.delete(sheet);
      else next.add(sheet);
      return next;
    });

  const choose = (i: Issue) => {
    setCurrent(i);
    onSelect(i);
  };

  const goNext = () => {
    const next = nextError(groupIssues(review, "all"), current);
    if (!next) return;
    if (level === "warning") onLevel("all");
    setCollapsed((old) => {
      if (!old.has(next.sheet)) return old;
      const n = new Set(old);
      n.delete(next.sheet);
      return n;
    });
    setFocusNext(next);
    choose(next);
  };

  // After 下一处错误 the list is re-laid: bring the error into view, then focus it.
  useEffect(() => {
    if (!focusNext) return;
    const at = rows.indexOf(focusNext);
    if (at < 0) return;
    v.scrollTo(at);
    const id = requestAnimationFrame(() => {
      listEl.current?.querySelector<HTMLElement>(`[data-vindex="${at}"] button`)?.focus();
      setFocusNext(null);
    });
    return () => cancelAnimationFrame(id);
  }, [focusNext, rows, v]);

  const onChecked: ToolbarProps["onCheckedValueChange"] = (_e, data) => {
    const next = data.checkedItems[0];
    if (isLevel(next)) onLevel(next);
  };

  return (
    <section aria-label={t.issues.title}>
      <Toolbar aria-label={t.issues.filter} size="small" className={s.bar} checkedValues={{ level: [level] }} onCheckedValueChange={onChecked}>
        <ToolbarRadioButton name="level" value="all" appearance="subtle" data-level="all">
          {t.issues.all(c.errors + c.warnings)}
        </ToolbarRadioButton>
        <ToolbarRadioButton name="level" value="error" appearance="subtle" data-level="error">
          {t.issues.errors(c.errors)}
        </ToolbarRadioButton>
        <ToolbarRadioButton name="level" value="warning" appearance="subtle" data-level="warning">
          {t.issues.warnings(c.warnings)}
        </ToolbarRadioButton>
        <ToolbarButton
          icon={<TextExpand16Regular />}
          appearance="subtle"
          onClick={() => setCollapsed(() => (allOpen ? new Set(groups.map((g) => g.sheet)) : ALL_OPEN))}
          disabled={!groups.length}
        >
          {allOpen ? t.issueView.collapseAll : t.issueView.expandAll}
        </ToolbarButton>
        <ToolbarButton icon={<ArrowNext16Regular />} appearance="subtle" onClick={goNext} disabledFocusable={c.errors === 0} title={c.errors ? undefined : t.issueView.noErrors}>
          {t.issueView.nextError}
        </ToolbarButton>
      </Toolbar>
      {rows.length === 0 ? (
        <Text className={s.none}>{review.issues.length ? t.issues.noneOfKind : t.issues.none}</Text>
      ) : (
        <div
          ref={(el) => {
            v.listRef.current = el;
            listEl.current = el;
          }}
          role="list"
          aria-label={t.issueView.list}
          {...arrows}
          style={{ paddingTop: v.before, paddingBottom: v.after }}
        >
          {drawn(rows, v.start, v.end).map((row, k) => {
            const i = v.start + k;
            const common = { role: "listitem", "aria-setsize": rows.length, "aria-posinset": i + 1, ...v.rowProps(i) };
            if (row.kind === "group") {
              const g = row.group;
              return (
                <div key={`g\u0000${g.sheet}`} {...common}>
                  <h3 className={s.header}>
                    <Button
                      appearance="subtle"
                      className={s.headerButton}
                      icon={row.open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                      aria-expanded={row.open}
                      onClick={() => toggle(g.sheet)}
                    >
                      <span className={s.headerText}>{t.issueView.group(g.sheet || t.issues.noSheet, g.title)}</span>
                      <CounterBadge count={g.issues.length} overflowCount={99999} size="small" color={g.errors ? "danger" : "informative"} aria-hidden />
                      <span className={s.hidden}>{t.issueView.groupCount(g.issues.length, g.errors)}</span>
                    </Button>
                  </h3>
                </div>
              );
            }
            return (
              <div key={`${row.group.sheet}\u0000${row.index}`} {...common}>
                <IssueRow issue={row.issue} onSelect={choose} current={row.issue === current} />
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
