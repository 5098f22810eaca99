/** The message after an action: what happened and what to do next. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons/svg/dismiss";
import { useLang } from "../i18n";
import type { Notice } from "../notice";
import { Keep } from "./Keep";

const useStyles = makeStyles({
  code: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    userSelect: "all",
    // A command breaks between its words only, never inside one (`consoli/date`).
    wordBreak: "keep-all",
    overflowWrap: "normal",
  },
  // A long sheet name, path or cell list wraps inside the bar instead of widening the pane.
  bar: { minWidth: 0, maxWidth: "100%" },
  body: { whiteSpace: "normal", overflowWrap: "anywhere", wordBreak: "break-word", minWidth: 0 },
  after: { display: "block", marginTop: tokens.spacingVerticalXS },
});

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const l = useLang();
  const s = useStyles();
  const text = notice.text(l);
  return (
    <MessageBar className={s.bar} intent={notice.intent} layout="multiline" politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody className={s.body}>
        {text.title && <MessageBarTitle className={s.body}>{text.title}</MessageBarTitle>}
        <Keep text={text.body} />
        {text.code && <code className={s.code}>{text.code}</code>}
        {text.after && <span className={s.after}>{text.after}</span>}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={l.t.errors.dismiss} icon={<Dismiss20Regular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
