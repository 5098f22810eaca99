/**
 * A group's quota, changed in place: a pencil beside the bar opens a number field; Enter saves
 * (into the workbook's settings, see useQuotas), Esc cancels, and focus comes back to the pencil.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Edit16Regular } from "@fluentui/react-icons/svg/edit";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useLang } from "../i18n";

const useStyles = makeStyles({
  form: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalXS, flexBasis: "100%", flexWrap: "wrap" },
  input: { width: "72px" },
});

/** A quota as typed: a whole number, 0 or more (full-width digits too); "" means none; anything else is refused. */
export function parseQuotaInput(text: string): number | null | "invalid" {
  const v = text.normalize("NFKC").trim();
  if (v === "") return null;
  if (!/^\d+$/.test(v)) return "invalid";
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : "invalid";
}

interface Props {
  /** The group's name as written, null for the one unnamed group. */
  group: string | null;
  label: string;
  quota: number | null;
  /** Where the quota comes from, in words. */
  source: string | null;
  fromPane: boolean;
  onSave(group: string | null, quota: number | null): Promise<void>;
}

export function QuotaField({ group, label, quota, source, fromPane, onSave }: Props) {
  const { t } = useLang();
  const s = useStyles();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  const pencil = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) input.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      pencil.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const save = async (value: number | null) => {
    close();
    await onSave(group, value);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = parseQuotaInput(text);
    if (v === "invalid") {
      setInvalid(true);
      return;
    }
    void save(v);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      close();
    }
  };

  if (!editing) {
    return (
      <Button
        ref={pencil}
        size="small"
        appearance="subtle"
        icon={<Edit16Regular />}
        aria-label={t.quotas.edit(label, quota, source)}
        title={t.quotas.edit(label, quota, source)}
        onClick={() => {
          setText(quota === null ? "" : String(quota));
          setInvalid(false);
          setEditing(true);
        }}
        data-quota-edit={label}
      />
    );
  }
  return (
    <form className={s.form} onSubmit={submit} onKeyDown={onKey}>
      <Field label={t.quotas.field(label)} size="small" validationState={invalid ? "error" : "none"} validationMessage={invalid ? t.quotas.invalid : undefined}>
        <Input
          ref={input}
          className={s.input}
          size="small"
          inputMode="numeric"
          value={text}
          onChange={(_e, d) => {
            setText(d.value);
            setInvalid(false);
          }}
        />
      </Field>
      <Button size="small" appearance="primary" type="submit">
        {t.quotas.save}
      </Button>
      <Button size="small" onClick={close}>
        {t.quotas.cancel}
      </Button>
      {fromPane && group !== null && (
        <Button size="small" title={t.quotas.resetHint(label)} onClick={() => void save(null)}>
          {t.quotas.reset}
        </Button>
      )}
    </form>
  );
}
