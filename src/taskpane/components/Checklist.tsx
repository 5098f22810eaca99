/** 发送前检查: one verdict over a checklist, each problem a link to its cell, and the 校验记录 stamp. */
import { Badge, Button, Card, CardHeader, Link, MessageBar, MessageBarBody, Text, Tooltip, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons/svg/checkmark-circle";
import { DismissCircle16Filled } from "@fluentui/react-icons/svg/dismiss-circle";
import { Warning16Filled } from "@fluentui/react-icons/svg/warning";
import { Subtract16Regular } from "@fluentui/react-icons/svg/subtract";
import { type CheckPoint, type CheckState, type Lang, type Preflight, type StampVerdict, pointMessage, stampMessage, strings } from "../../core";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  icon: { flexShrink: 0, marginTop: "2px" },
  points: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalL },
  point: { overflowWrap: "anywhere" },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  warn: { color: tokens.colorPaletteMarigoldForeground1 },
  na: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Problems shown per item; the issue list below has them all. */
const SHOWN = 5;

function StateIcon({ state }: { state: CheckState }) {
  const s = useStyles();
  // Merged, not concatenated: Griffel resolves clashing atomic classes only through mergeClasses.
  const cls = mergeClasses(s.icon, s[state]);
  if (state === "pass") return <CheckmarkCircle16Filled className={cls} />;
  if (state === "fail") return <DismissCircle16Filled className={cls} />;
  if (state === "warn") return <Warning16Filled className={cls} />;
  return <Subtract16Regular className={cls} />;
}

interface Props {
  lang: Lang;
  checklist: Preflight;
  stamp: StampVerdict;
  busy: boolean;
  onSelect(p: CheckPoint): void;
  onStamp(): void;
  onClose(): void;
}

export function Checklist({ lang, checklist, stamp, busy, onSelect, onStamp, onClose }: Props) {
  const t = strings(lang).preflight;
  const s = useStyles();
  const said = stampMessage(stamp, lang);
  return (
    <Card aria-label={t.title}>
      <CardHeader
        header={<Text weight="semibold">{t.title}</Text>}
        action={
          <Badge appearance="filled" color={checklist.ready ? "success" : "danger"} role="status">
            {checklist.ready ? t.verdict.ready : t.verdict.fix}
          </Badge>
        }
      />
      <ul className={s.list}>
        {checklist.items.map((item) => (
          <li key={item.key}>
            <div className={s.item}>
              <StateIcon state={item.state} />
              <Text>{t.item[item.key]}</Text>
              <Text size={200} className={s[item.state]}>
                {t.state[item.state]}
              </Text>
            </div>
            {(item.state === "fail" || item.state === "warn") && (
              <ul className={s.points}>
                {item.points.slice(0, SHOWN).map((p, i) => (
                  <li key={i} className={s.point}>
                    <Link as="button" onClick={() => onSelect(p)}>
                      {p.cell ? `${p.sheet}!${p.cell}` : p.sheet}
                    </Link>{" "}
                    <Text size={200}>{pointMessage(p, lang)}</Text>
                  </li>
                ))}
                {item.points.length > SHOWN && (
                  <li>
                    <Text size={200}>{t.more(item.points.length - SHOWN)}</Text>
                  </li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {said && (
        <MessageBar intent={stamp.matches ? "success" : "warning"} layout="multiline">
          <MessageBarBody>{said}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        <Tooltip content={checklist.ready ? t.stamp.writeHint : t.stamp.notReady} relationship="description">
          <Button appearance="primary" disabledFocusable={busy || !checklist.ready} onClick={onStamp}>
            {t.stamp.write}
          </Button>
        </Tooltip>
        <Button onClick={onClose}>{t.close}</Button>
      </div>
    </Card>
  );
}
