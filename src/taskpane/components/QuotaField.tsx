/**
 * A group's quota, changed in place: a pencil beside the bar opens a number field; Enter saves
 * (into the workbook's settings, see useQuotas), Esc cancels, and focus comes back to the pencil.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Edit16Regular } from "@fluentui/react-icons/svg/edit";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from "react";
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

/** The text of a quota field and whether it was refused; `read` says the quota, or undefined (refused). */
export function useQuotaText() {
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  return {
    text,
    invalid,
    set(v: string) {
      setText(v);
      setInvalid(false);
    },
    read(): number | null | undefined {
      const v = parseQuotaInput(text);
      if (v !== "invalid") return v;
      setInvalid(true);
      return undefined;
    },
  };
}

/** A labelled number field for a quota, saying what is wrong when it is refused. */
export function QuotaInput({ label, q, inputRef }: { label: string; q: ReturnType<typeof useQuotaText>; inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useLang();
  const s = useStyles();
  return (
    <Field label={label} size="small" validationState={q.invalid ? "error" : "none"} validationMessage={q.invalid ? t.quotas.invalid : undefined}>
      <Input ref={inputRef} className={s.input} size="small" inputMode="numeric" value={q.text} onChange={(_e, d) => q.set(d.value)} />
    </Field>
  );
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
  const q = useQuotaText();
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
    const v = q.read();
    if (v !== undefined) void save(v);
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
          q.set(quota === null ? "" : String(quota));
          setEditing(true);
        }}
        data-quota-edit={label}
      />
    );
  }
  return (
    <form className={s.form} onSubmit={submit} onKeyDown={onKey}>
      <QuotaInput label={t.quotas.field(label)} q={q} inputRef={input} />
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
