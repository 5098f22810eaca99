/**
 * Per province (or category): listed and qualified as bars, the quota as a line (创新中国: the
 * 初选 line dashed and the 终审 line solid), a tie at a line marked, so a reviewer sees at once
 * which group needs attention. A province's quota can be changed in place.
 */
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupStat } from "../../core";
import { useLang } from "../i18n";
import { Keep } from "./Keep";
import { QuotaField } from "./QuotaField";

export const useBarStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  name: { fontWeight: tokens.fontWeightSemibold },
  line: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  track: {
    position: "relative",
    height: "10px",
    marginTop: "2px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  listed: { position: "absolute", top: 0, bottom: 0, left: 0, backgroundColor: tokens.colorNeutralStroke1, borderRadius: tokens.borderRadiusSmall },
  // Inset, so that the red overflow past the quota still shows beneath it.
  qualified: { position: "absolute", top: "2px", bottom: "2px", left: 0, backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  quota: { position: "absolute", top: "-3px", bottom: "-3px", width: "2px", marginLeft: "-1px", backgroundColor: tokens.colorNeutralForeground1 },
  shortlist: {
    position: "absolute",
    top: "-3px",
    bottom: "-3px",
    width: 0,
    marginLeft: "-1px",
    borderLeftWidth: "2px",
    borderLeftStyle: "dashed",
    borderLeftColor: tokens.colorNeutralForeground1,
  },
  over: {
    position: "absolute",
    top: 0,
    bottom: 0,
    backgroundColor: tokens.colorPaletteRedBackground3,
    borderTopRightRadius: tokens.borderRadiusSmall,
    borderBottomRightRadius: tokens.borderRadiusSmall,
  },
  tie: {
    position: "absolute",
    top: "-4px",
    width: "8px",
    height: "8px",
    marginLeft: "-4px",
    transform: "rotate(45deg)",
    backgroundColor: tokens.colorPaletteDarkOrangeBackground3,
  },
});

const pct = (n: number, scale: number) => `${scale > 0 ? (100 * n) / scale : 0}%`;

/** 四好 groups have a quota to stay within; 创新中国 categories a shortlist and a final list to compete for. */
export type BarKind = "quota" | "final";

/** Over quota, a tie at a line, or no quota at all: what the collapsed view keeps. */
export function needsAttention(g: GroupStat, kind: BarKind): boolean {
  if (kind === "final") return g.tie > 0 || (g.shortlistTie ?? 0) > 0;
  return g.quota === null || g.listed > g.quota || g.tie > 0;
}

export function barScale(groups: GroupStat[]): number {
  return Math.max(1, ...groups.map((g) => Math.max(g.listed, g.quota ?? 0, g.shortlist ?? 0)));
}

interface BarProps {
  g: GroupStat;
  scale: number;
  kind: BarKind;
  onQuota?: (group: string | null, quota: number | null) => Promise<void>;
}

function QuotaBar({ g, scale, onQuota }: BarProps) {
  const { all, t } = useLang();
  const s = useBarStyles();
  const name = g.name ?? t.summary.oneGroup;
  const over = g.quota !== null && g.listed > g.quota;
  const tie = g.tie > 0;
  return (
    <li data-group={name}>
      <span className={s.hidden}>{t.summary.groupLabel(name, g.listed, g.qualified, g.quota, over, tie)}</span>
      <div className={s.head}>
        <Text className={s.name} aria-hidden>
          {name}
        </Text>
        <Text className={s.line} aria-hidden>
          <Keep text={t.summary.groupLine(g.listed, g.qualified, g.quota)} />
        </Text>
        {onQuota && (
          <QuotaField group={g.name} label={name} quota={g.quota} source={g.quotaSource ? all.quotaSource[g.quotaSource] : null} fromPane={g.quotaSource === "pane"} onSave={onQuota} />
        )}
        {over && (
          <Badge size="small" color="danger" appearance="tint" aria-hidden>
            {t.summary.overQuota}
          </Badge>
        )}
        {tie && (
          <Badge size="small" color="warning" appearance="tint" aria-hidden>
            {t.summary.tie}
          </Badge>
        )}
        {g.quota === null && (
          <Badge size="small" color="informative" appearance="tint" aria-hidden>
            {t.groups.missingQuota}
          </Badge>
        )}
      </div>
      <div className={s.track} aria-hidden data-testid="group-bar">
        <div className={s.listed} style={{ width: pct(g.listed, scale) }} />
        {over && <div className={s.over} style={{ left: pct(g.quota!, scale), width: pct(g.listed - g.quota!, scale) }} />}
        <div className={s.qualified} style={{ width: pct(g.qualified, scale) }} />
        {g.quota !== null && <div className={s.quota} style={{ left: pct(g.quota, scale) }} />}
        {g.quota !== null && tie && <div className={s.tie} style={{ left: pct(g.quota, scale) }} />}
      </div>
    </li>
  );
}

function CaseBar({ g, scale }: BarProps) {
  const { t } = useLang();
  const s = useBarStyles();
  const name = g.name ?? t.summary.oneGroup;
  const shortlist = g.shortlist ?? null;
  const shortTie = (g.shortlistTie ?? 0) > 0;
  const finalTie = g.tie > 0;
  return (
    <li data-group={name}>
      <span className={s.hidden}>{t.groups.caseLabel(name, g.listed, g.qualified, shortlist, g.quota, shortTie, finalTie)}</span>
      <div className={s.head} aria-hidden>
        <Text className={s.name}>{name}</Text>
        <Text className={s.line}>
          <Keep text={t.groups.caseLine(g.listed, g.qualified, shortlist, g.quota)} />
        </Text>
        {shortTie && (
          <Badge size="small" color="warning" appearance="tint">
            {t.groups.shortTie}
          </Badge>
        )}
        {finalTie && (
          <Badge size="small" color="warning" appearance="tint">
            {t.summary.finalTie}
          </Badge>
        )}
      </div>
      <div className={s.track} aria-hidden data-testid="group-bar">
        <div className={s.listed} style={{ width: pct(g.listed, scale) }} />
        <div className={s.qualified} style={{ width: pct(g.qualified, scale) }} />
        {shortlist !== null && <div className={s.shortlist} style={{ left: pct(shortlist, scale) }} data-line="shortlist" />}
        {g.quota !== null && <div className={s.quota} style={{ left: pct(g.quota, scale) }} data-line="final" />}
        {shortlist !== null && shortTie && <div className={s.tie} style={{ left: pct(shortlist, scale) }} />}
        {g.quota !== null && finalTie && <div className={s.tie} style={{ left: pct(g.quota, scale) }} />}
      </div>
    </li>
  );
}

export function GroupBars({ groups, scale, kind, onQuota }: { groups: GroupStat[]; scale: number; kind: BarKind; onQuota?: BarProps["onQuota"] }) {
  const { t } = useLang();
  const s = useBarStyles();
  const Bar = kind === "quota" ? QuotaBar : CaseBar;
  return (
    <ul className={s.list} aria-label={kind === "quota" ? t.summary.groupsTitle : t.summary.groupsTitleCase}>
      {groups.map((g, i) => (
        <Bar key={`${g.name ?? ""}\u0000${i}`} g={g} scale={scale} kind={kind} onQuota={onQuota} />
      ))}
    </ul>
  );
}
