/** While working: the step in words, a bar, and cancel when stopping is safe. */
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useLang, type UiStrings } from "../i18n";
import type { Busy } from "../useBusy";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

export function stepText(t: UiStrings, b: Busy): string {
  const s = t.steps;
  switch (b.step) {
    case "read":
      return s.read(b.done, b.total);
    case "review":
      return s.review;
    case "write":
      return s.write;
    case "report":
      return s.report;
    case "undo":
      return s.undo;
    case "clear":
      return s.clear;
    case "template":
      return s.template;
    case "select":
      return s.select;
  }
}

export function ProgressPanel({ busy }: { busy: Busy }) {
  const { t } = useLang();
  const s = useStyles();
  const value = busy.total > 0 ? Math.min(1, busy.done / busy.total) : undefined;
  const text = stepText(t, busy);
  return (
    <div className={s.row} role="status" aria-live="polite">
      <Field className={s.field} label={t.steps.progressLabel} hint={text} validationState="none">
        <ProgressBar value={value} thickness="medium" aria-valuetext={text} />
      </Field>
      {busy.cancel && (
        <Button size="small" onClick={busy.cancel}>
          {t.actions.cancel}
        </Button>
      )}
    </div>
  );
}
