/** The choice 插入空白模板 offers under a 创新中国 scheme: scoring sheets per expert, or the blank template. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { MAX_EXPERT_NAME } from "../../core";
import { useLang } from "../i18n";
import type { ExpertTemplateControl, TemplateMode } from "../useExpertTemplate";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function ExpertTemplateDialog({ control, disabled }: { control: ExpertTemplateControl; disabled: boolean }) {
  const { lang, all } = useLang();
  const t = all.experts.pane;
  const s = useStyles();
  const c = control;
  const experts = c.mode === "experts" && c.listing !== null;
  const sep = lang === "zh" ? "、" : ", ";
  const p = c.problem;
  const problem = !p
    ? undefined
    : p.long.length
      ? all.experts.tooLong(p.long.join(sep), MAX_EXPERT_NAME)
      : p.repeated.length
        ? t.repeated(p.repeated.join(sep))
        : t.noNames;
  return (
    <Dialog open={c.open} onOpenChange={(_, d) => (d.open ? undefined : c.close())}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void c.confirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{t.title}</DialogTitle>
            <DialogContent className={s.content}>
              <Field label={t.modeLabel} hint={c.listing ? t.cases(c.listing.count, c.listing.sheet) : t.noCaseList}>
                <RadioGroup value={experts ? "experts" : "blank"} onChange={(_, d) => c.setMode(d.value as TemplateMode)}>
                  <Radio value="experts" label={t.experts} disabled={c.listing === null} />
                  <Radio value="blank" label={t.blank} />
                </RadioGroup>
              </Field>
              {experts && (
                <Field label={t.namesLabel} validationState={problem ? "error" : "none"} validationMessage={problem}>
                  <Textarea value={c.names} placeholder={t.namesPlaceholder} resize="vertical" onChange={(_, d) => c.setNames(d.value)} />
                </Field>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabledFocusable={disabled}>
                {t.insert}
              </Button>
              <Button appearance="secondary" onClick={c.close}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
