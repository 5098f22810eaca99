/** A refused scheme file: every problem with its place in the JSON. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons/svg/dismiss";
import { useLang } from "../i18n";
import type { SchemeProblems as Problems } from "../useScheme";
import { Keep } from "./Keep";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, whiteSpace: "normal" },
  path: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

export function SchemeProblems({ problems, onDismiss }: { problems: Problems; onDismiss(): void }) {
  const { lang, t } = useLang();
  const s = useStyles();
  const title = problems.file ? t.scheme.problemsTitle(problems.file, problems.list.length) : t.scheme.storedBroken;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {t.scheme.problemsHint}
        <ul className={s.list} aria-label={title}>
          {problems.list.map((p, i) => (
            <li key={i}>
              <span className={s.path}>{p.path || t.scheme.wholeFile}</span>
              {t.scheme.pathSep}
              <Keep text={p.message[lang]} />
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t.errors.dismiss} icon={<Dismiss20Regular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
