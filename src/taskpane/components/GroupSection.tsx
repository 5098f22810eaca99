/**
 * The group bars at a glance: only the groups that need attention (over quota, a tie at a line,
 * no quota) unless "show all"; a legend; where the quotas come from and, for 四好, the form that
 * gives every group the same quota.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { QUOTA_PRECEDENCE, type GroupStat, type QuotaSource } from "../../core";
import { useLang } from "../i18n";
import type { QuotaControl } from "../useQuotas";
import { EveryQuota } from "./EveryQuota";
import { GroupBars, barScale, needsAttention, useBarStyles, type BarKind } from "./GroupBars";

/** At most this many bars before "show all", however many groups need attention. */
export const COLLAPSED_BARS = 5;

/** Most urgent first: no quota (no verdict at all), a tie at the line, then the largest excess. */
function urgency(g: GroupStat): number {
  if (g.quota === null) return 1e9;
  if (g.tie > 0 || (g.shortlistTie ?? 0) > 0) return 1e8;
  return g.listed - g.quota;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  legend: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyleType: "none" },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  swatch: { position: "relative", display: "inline-block", width: "14px", height: "10px" },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
});

function Legend({ kind }: { kind: BarKind }) {
  const { t } = useLang();
  const s = useStyles();
  const b = useBarStyles();
  const g = t.groups;
  const swatch = (cls: string, style?: React.CSSProperties) => (
    <span className={s.swatch} aria-hidden>
      <span className={cls} style={style} />
    </span>
  );
  const items: [React.ReactNode, string][] = [
    [swatch(b.listed, { width: "100%" }), g.legendListed],
    [swatch(b.qualified, { width: "100%" }), g.legendQualified],
    ...(kind === "quota"
      ? ([
          [swatch(b.over, { left: 0, width: "100%" }), g.legendOver],
          [swatch(b.quota, { left: "50%" }), g.legendQuota],
        ] as [React.ReactNode, string][])
      : ([
          [swatch(b.shortlist, { left: "50%" }), g.legendShortlist],
          [swatch(b.quota, { left: "50%" }), g.legendFinal],
        ] as [React.ReactNode, string][])),
    [swatch(b.tie, { left: "50%", top: "1px" }), g.legendTie],
  ];
  return (
    <ul className={s.legend} aria-label={g.legend}>
      {items.map(([icon, label]) => (
        <li key={label} className={s.key}>
          {icon}
          {label}
        </li>
      ))}
    </ul>
  );
}

/** `推荐名额分配表（28 个组）、本窗格设置（3 个组）`, in precedence order. */
function sourceList(groups: GroupStat[], names: Record<QuotaSource, string>, sep: string, count: (s: string, n: number, all: number) => string): string | null {
  const n = new Map<QuotaSource, number>();
  for (const g of groups) if (g.quotaSource) n.set(g.quotaSource, (n.get(g.quotaSource) ?? 0) + 1);
  if (!n.size) return null;
  return QUOTA_PRECEDENCE.filter((x) => n.has(x))
    .map((x) => count(names[x], n.get(x)!, groups.length))
    .join(sep);
}

interface Props {
  groups: GroupStat[];
  kind: BarKind;
  quotas: QuotaControl | null;
}

export function GroupSection({ groups, kind, quotas }: Props) {
  const { lang, all, t } = useLang();
  const s = useStyles();
  const [showAll, setShowAll] = useState(false);
  // A group edited here stays in view even when the edit settles it, so focus has somewhere to return.
  const edited = useRef(new Set<string | null>());
  const attention = useMemo(() => groups.filter((g) => needsAttention(g, kind)), [groups, kind]);
  const urgent = useMemo(() => {
    const top = new Set([...attention].sort((a, b) => urgency(b) - urgency(a)).slice(0, COLLAPSED_BARS));
    return groups.filter((g) => top.has(g) || edited.current.has(g.name));
  }, [attention, groups]);
  const shown = showAll ? groups : urgent;
  const scale = barScale(groups);
  const sources = kind === "quota" ? sourceList(groups, all.quotaSource, lang === "zh" ? "、" : ", ", t.quotas.sourceCount) : null;
  const onQuota = quotas
    ? async (group: string | null, quota: number | null) => {
        edited.current.add(group);
        await quotas.setGroup(group, quota);
      }
    : undefined;
  const canCollapse = urgent.length < groups.length;
  return (
    <section className={s.box} aria-labelledby="groups-heading">
      <div className={s.head}>
        <h3 id="groups-heading" className={s.sub}>
          {kind === "quota" ? t.summary.groupsTitle : t.summary.groupsTitleCase}
        </h3>
        <Text className={s.muted}>{t.groups.attention(attention.length, groups.length)}</Text>
      </div>
      <Legend kind={kind} />
      {shown.length > 0 && <GroupBars groups={shown} scale={scale} kind={kind} onQuota={onQuota} />}
      {canCollapse && (
        <div className={s.row}>
          <Button size="small" appearance="secondary" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? t.groups.showAttention : t.groups.showAll(groups.length)}
          </Button>
        </div>
      )}
      {kind === "quota" && (
        <div className={s.row}>
          <Text className={s.muted} data-testid="quota-source">
            {t.quotas.source(sources ?? t.groups.missingQuota)}
          </Text>
          {quotas && <EveryQuota quotas={quotas} />}
        </div>
      )}
      {kind === "quota" && quotas?.broken && (
        <Text className={s.warn} role="note">
          {t.quotas.storedBroken}
        </Text>
      )}
    </section>
  );
}
