/** The counters, which are also the results table's filter: 全部 · 合格 · 不合格 · 待核 · 并列待定 · 名额外. */
import { Toolbar, ToolbarRadioButton, makeStyles, mergeClasses, tokens, type ToolbarProps } from "@fluentui/react-components";
import { ENTRY_FILTERS, isEntryFilter, type EntryFilter } from "../entries";
import { useLang } from "../i18n";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, padding: 0 },
  chip: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  wait: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface Props {
  counts: Record<EntryFilter, number>;
  value: EntryFilter;
  onChange(f: EntryFilter): void;
  /** 创新中国 words the last chip "not in the final list". */
  cases: boolean;
}

export function EntryChips({ counts, value, onChange, cases }: Props) {
  const { t } = useLang();
  const s = useStyles();
  const tone: Partial<Record<EntryFilter, string>> = { qualified: s.good, disqualified: s.bad, pending: s.wait, tie: s.wait };
  const onChecked: ToolbarProps["onCheckedValueChange"] = (_e, data) => {
    const next = data.checkedItems[0];
    if (isEntryFilter(next)) onChange(next);
  };
  return (
    <Toolbar aria-label={t.results.chips} size="small" className={s.bar} checkedValues={{ entries: [value] }} onCheckedValueChange={onChecked}>
      {ENTRY_FILTERS.map((f) => (
        <ToolbarRadioButton
          key={f}
          name="entries"
          value={f}
          appearance="subtle"
          className={mergeClasses(s.chip, value !== f && counts[f] > 0 && tone[f])}
          data-filter={f}
        >
          {f === "out" && cases ? t.results.outCase(counts.out) : t.results.chip[f](counts[f])}
        </ToolbarRadioButton>
      ))}
    </Toolbar>
  );
}
