/** No known sheet: say what the add-in looks for and offer the blank template. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons/svg/table-add";
import { useLang } from "../i18n";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function EmptyState({ onTemplate, disabled }: { onTemplate(): void; disabled: boolean }) {
  const { t } = useLang();
  const s = useStyles();
  const e = t.empty;
  return (
    <section className={s.box} aria-labelledby="empty-heading">
      <h2 id="empty-heading" className={s.heading}>
        {e.title}
      </h2>
      <Text>{e.lead}</Text>
      <ul className={s.list}>
        <li>{e.summary}</li>
        <li>{e.self}</li>
        <li>{e.expert}</li>
      </ul>
      <Text>{e.action}</Text>
      <Button appearance="primary" icon={<TableAdd20Regular />} onClick={onTemplate} disabledFocusable={disabled}>
        {t.actions.template}
      </Button>
    </section>
  );
}

export function Welcome() {
  const { t } = useLang();
  const s = useStyles();
  return (
    <section className={s.box} aria-labelledby="welcome-heading">
      <h2 id="welcome-heading" className={s.heading}>
        {t.start.title}
      </h2>
      <Text>{t.start.body}</Text>
    </section>
  );
}
