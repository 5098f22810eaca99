/**
 * Per province (or category): listed and qualified as bars, the quota as a line, a tie at
 * the line marked, so a reviewer sees at once which group is over its quota.
 */
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupStat } from "../../core";
import { useLang } from "../i18n";

const useStyles = makeStyles({
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
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
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

/** 四好 groups have a quota to stay within; 创新中国 categories a final-list size to compete for. */
export type BarKind = "quota" | "final";

function GroupBar({ g, scale, kind }: { g: GroupStat; scale: number; kind: BarKind }) {
  const { t } = useLang();
  const s = useStyles();
  const name = g.name ?? t.summary.oneGroup;
  // Listing more cases than the final list holds is how a competition works, not a fault.
  const over = kind === "quota" && g.quota !== null && g.listed > g.quota;
  const tie = g.tie > 0;
  const line = kind === "quota" ? t.summary.groupLine(g.listed, g.qualified, g.quota) : t.summary.finalLine(g.listed, g.qualified, g.quota);
  return (
    <li>
      <span className={s.hidden}>
        {kind === "quota" ? t.summary.groupLabel(name, g.listed, g.qualified, g.quota, over, tie) : t.summary.finalLabel(name, line)}
      </span>
      <div className={s.head} aria-hidden>
        <Text className={s.name}>{name}</Text>
        <Text className={s.line}>{line}</Text>
        {over && (
          <Badge size="small" color="danger" appearance="tint">
            {t.summary.overQuota}
          </Badge>
        )}
        {tie && (
          <Badge size="small" color="warning" appearance="tint">
            {kind === "quota" ? t.summary.tie : t.summary.finalTie}
          </Badge>
        )}
      </div>
      <div className={s.track} aria-hidden data-testid="group-bar">
        <div className={s.listed} style={{ width: pct(g.listed, scale) }} />
        {over && g.quota !== null && (
          <div className={s.over} style={{ left: pct(g.quota, scale), width: pct(g.listed - g.quota, scale) }} />
        )}
        <div className={s.qualified} style={{ width: pct(g.qualified, scale) }} />
        {g.quota !== null && <div className={s.quota} style={{ left: pct(g.quota, scale) }} />}
        {g.quota !== null && tie && <div className={s.tie} style={{ left: pct(g.quota, scale) }} />}
      </div>
    </li>
  );
}

export function GroupBars({ groups, kind }: { groups: GroupStat[]; kind: BarKind }) {
  const { t } = useLang();
  const s = useStyles();
  const scale = Math.max(1, ...groups.map((g) => Math.max(g.listed, g.quota ?? 0)));
  return (
    <ul className={s.list} aria-label={kind === "quota" ? t.summary.groupsTitle : t.summary.groupsTitleCase}>
      {groups.map((g, i) => (
        <GroupBar key={`${g.name ?? ""}\u0000${i}`} g={g} scale={scale} kind={kind} />
      ))}
    </ul>
  );
}
