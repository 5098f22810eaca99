/** 评审助手 and the scheme chip. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Scheme } from "../../core";
import { useLang } from "../i18n";
import type { SchemeControl } from "../useScheme";
import { SchemeMenu } from "./SchemeMenu";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  title: { margin: 0 },
});

interface Props {
  scheme: SchemeControl;
  detected: Scheme | null;
  disabled: boolean;
}

export function Header({ scheme, detected, disabled }: Props) {
  const { t } = useLang();
  const s = useStyles();
  return (
    <header className={s.header}>
      <Text as="h1" size={500} weight="semibold" className={s.title}>
        {t.appName}
      </Text>
      <SchemeMenu control={scheme} detected={detected} disabled={disabled} />
    </header>
  );
}
