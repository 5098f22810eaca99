/** 合格 · 不合格 · 待核 and 错误 · 警告 at a glance. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Counts } from "../../core";
import { useLang } from "../i18n";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(5, 1fr)",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  item: {
    display: "flex",
    flexDirection: "column-reverse",
    alignItems: "center",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  wait: { color: tokens.colorPaletteDarkOrangeForeground1 },
  plain: { color: tokens.colorNeutralForeground1 },
});

export function Counters({ counts }: { counts: Counts }) {
  const { t } = useLang();
  const s = useStyles();
  const items: [string, number, string][] = [
    [t.summary.qualified, counts.qualified, s.good],
    [t.summary.disqualified, counts.disqualified, s.bad],
    [t.summary.pending, counts.pending, s.wait],
    [t.summary.errors, counts.errors, counts.errors ? s.bad : s.plain],
    [t.summary.warnings, counts.warnings, s.plain],
  ];
  return (
    <dl className={s.list}>
      {items.map(([label, value, tone]) => (
        <div key={label} className={s.item}>
          <dt className={s.label}>{label}</dt>
          <dd className={mergeClasses(s.value, tone)}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
