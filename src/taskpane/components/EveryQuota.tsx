/** "Every group gets N": one quota for all groups, kept in the workbook, with the precedence spelled out. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useLang } from "../i18n";
import type { QuotaControl } from "../useQuotas";
import { QuotaInput, useQuotaText } from "./QuotaField";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    flexBasis: "100%",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  line: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function EveryQuota({ quotas }: { quotas: QuotaControl }) {
  const { t } = useLang();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const q = useQuotaText();
  const toggle = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) input.current?.focus();
    else if (wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = q.read();
    if (v === undefined) return;
    setOpen(false);
    void quotas.setEvery(v);
  };

  return (
    <>
      <Button ref={toggle} size="small" appearance="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.quotas.settings}
      </Button>
      {open && (
        <form className={s.form} onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && (e.preventDefault(), setOpen(false))}>
          <div className={s.line}>
            <QuotaInput label={t.quotas.every} q={q} inputRef={input} />
            <Button size="small" appearance="primary" type="submit">
              {t.quotas.apply}
            </Button>
          </div>
          <Text className={s.muted}>{t.quotas.everyHint}</Text>
          <Text className={s.muted}>{t.quotas.precedence}</Text>
        </form>
      )}
    </>
  );
}
