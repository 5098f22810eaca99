/** One issue: its level, its cell and the message; choosing it selects the cell in Excel. */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled } from "@fluentui/react-icons/svg/error-circle";
import { Warning16Filled } from "@fluentui/react-icons/svg/warning";
import { issueMessage, type Issue } from "../../core";
import { useLang } from "../i18n";
import { Keep } from "./Keep";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "16px 44px 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    minWidth: 0,
    justifyContent: "stretch",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  icon: { marginTop: "2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  message: { whiteSpace: "normal", wordBreak: "break-word" },
  current: { backgroundColor: tokens.colorSubtleBackgroundSelected },
});

export function IssueRow({ issue, onSelect, current = false }: { issue: Issue; onSelect(i: Issue): void; current?: boolean }) {
  const { lang, all, t } = useLang();
  const s = useStyles();
  const level = all.severity[issue.severity];
  const Icon = issue.severity === "error" ? ErrorCircle16Filled : Warning16Filled;
  const where = issue.cell ?? t.issues.wholeSheet;
  return (
    <Button
      appearance="subtle"
      className={mergeClasses(s.row, current && s.current)}
      aria-current={current ? "true" : undefined}
      onClick={() => onSelect(issue)}
      title={t.issues.goTo(issue.sheet, issue.cell ?? "A1")}
      data-issue-code={issue.code}
    >
      <Icon className={mergeClasses(s.icon, issue.severity === "error" ? s.error : s.warning)} aria-label={level} role="img" />
      <span className={s.cell}>{where}</span>
      <span className={s.message}>
        <Keep text={issueMessage(issue, lang)} />
      </span>
    </Button>
  );
}
