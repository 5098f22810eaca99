/** 导入工作簿: pick files or a folder, a province for files that name none, then progress per file, stop, and what became of each file. */
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useRef } from "react";
import { PROVINCE_NAMES, type Lang, strings } from "../../core";
import { langValue } from "../i18n";
import type { FileResult } from "../importer";
import { errorNotice } from "../notice";
import type { ImportControl } from "../useImport";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  hidden: { display: "none" },
  list: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "40vh", overflowY: "auto" },
  file: { overflowWrap: "anywhere", paddingBottom: tokens.spacingVerticalXS },
  /** The command breaks only between its words, never inside one (`consoli/date`). */
  code: { fontFamily: tokens.fontFamilyMonospace, userSelect: "all", display: "block" },
  word: { whiteSpace: "nowrap" },
});

const COLOR: Record<FileResult, "success" | "informative" | "warning" | "danger"> = { taken: "success", replaced: "informative", same: "informative", skipped: "warning" };

/** What the file picker offers: the workbooks 导入工作簿 reads. */
const ACCEPT = ".xlsx,.xlsm,.xls,.et,.ods";

/** A part of the pane (the import itself, or the .xls/.ods reader) that could not be fetched: webpack's ChunkLoadError. */
function unfetched(e: unknown): "reader" | "part" | null {
  const err = (typeof e === "object" && e !== null ? e : {}) as { name?: unknown; part?: unknown };
  if (err.name !== "ChunkLoadError") return null;
  return err.part === "legacy-reader" ? "reader" : "part";
}

/** Why the import stopped; for a part that could not be fetched, with 重试 (files already in are not imported twice). */
function Failure({ lang, control: c }: { lang: Lang; control: ImportControl }) {
  const l = langValue(lang);
  const missing = unfetched(c.failure);
  const text = missing === "reader" ? l.all.intake.readerFailed : missing === "part" ? l.t.errors.partFailed : errorNotice(c.failure).text(l).body;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="import-failed">
      <MessageBarBody>{text}</MessageBarBody>
      {missing && (
        <MessageBarActions>
          <Button size="small" disabled={c.running} onClick={() => void c.start()}>
            {l.t.errors.retry}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Folder picking is a non-standard attribute: offered only where the browser has it. */
const canPickFolder = typeof HTMLInputElement !== "undefined" && "webkitdirectory" in HTMLInputElement.prototype;

export function ImportDialog({ lang, control: c }: { lang: Lang; control: ImportControl }) {
  const t = strings(lang).intake;
  const d = t.dialog;
  const s = useStyles();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const p = c.progress;
  const resultText: Record<FileResult, string> = { taken: t.result.taken, replaced: t.result.replaced, same: t.result.same, skipped: t.result.skipped };
  return (
    <Dialog open={c.open} modalType="modal" onOpenChange={(_, data) => !data.open && c.close()}>
      <DialogSurface aria-describedby="import-intro">
        <DialogBody>
          <DialogTitle>{d.title}</DialogTitle>
          <DialogContent className={s.body}>
            <Text id="import-intro">{d.intro}</Text>
            <div className={s.row}>
              <input ref={files} className={s.hidden} type="file" multiple accept={ACCEPT} aria-label={d.pickFiles} data-testid="import-files" onChange={(e) => c.pick(e.currentTarget.files)} />
              <Button disabled={c.running} onClick={() => files.current?.click()}>
                {d.pickFiles}
              </Button>
              {canPickFolder && (
                <>
                  <input
                    ref={(el) => {
                      folder.current = el;
                      el?.setAttribute("webkitdirectory", "");
                    }}
                    className={s.hidden}
                    type="file"
                    aria-label={d.pickFolder}
                    onChange={(e) => c.pick(e.currentTarget.files)}
                  />
                  <Button disabled={c.running} onClick={() => folder.current?.click()}>
                    {d.pickFolder}
                  </Button>
                </>
              )}
              <Text role="status">{d.picked(c.files.length)}</Text>
            </div>
            <Field label={d.province}>
              <Select disabled={c.running} value={c.province ?? ""} onChange={(_, data) => c.setProvince(data.value || null)}>
                <option value="">{d.noProvince}</option>
                {PROVINCE_NAMES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </Field>
            {c.running && p && (
              <Field label={c.stopping ? d.stopping : d.current(p.done, p.total, p.file)} validationState="none">
                <ProgressBar value={p.total ? p.done / p.total : undefined} />
              </Field>
            )}
            {c.question && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t.ask.body(c.question.file, c.question.names)}</MessageBarBody>
                <MessageBarActions>
                  <Button appearance="primary" onClick={() => c.answer(true)}>
                    {t.ask.replace}
                  </Button>
                  <Button onClick={() => c.answer(false)}>{t.ask.keep}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {c.failure !== null && !c.running && <Failure lang={lang} control={c} />}
            {c.result && (
              <section aria-label={d.results}>
                <Text weight="semibold" role="status">
                  {c.result.cancelled
                    ? t.cancelled(c.result.files.filter((f) => f.result === "taken" || f.result === "replaced").length, c.files.length - c.result.files.length)
                    : t.done(c.result.files.filter((f) => f.result === "taken" || f.result === "replaced").length, c.result.files.filter((f) => f.result === "skipped" || f.result === "same").length)}
                </Text>
                {c.result.valuesOnly && <Text block>{t.valuesOnly}</Text>}
                <ul className={s.list}>
                  {c.result.files.map((f, i) => (
                    <li key={i} className={s.file}>
                      <Badge appearance="tint" color={COLOR[f.result]}>
                        {resultText[f.result]}
                      </Badge>{" "}
                      <Text>{f.file}</Text>
                      {f.note && (
                        <Text block size={200}>
                          {f.note}
                        </Text>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <Text size={200}>
              {d.cliHint}
              <code className={s.code}>
                {d.cliCommand.split(" ").map((w, i) => (
                  <Fragment key={i}>
                    {i ? " " : null}
                    <span className={s.word}>{w}</span>
                  </Fragment>
                ))}
              </code>
            </Text>
          </DialogContent>
          <DialogActions>
            {c.running ? (
              <Button disabled={c.stopping} onClick={c.stop}>
                {d.stop}
              </Button>
            ) : (
              <Button appearance="primary" disabled={!c.files.length} onClick={() => void c.start()}>
                {d.start}
              </Button>
            )}
            <Button disabled={c.running} onClick={c.close}>
              {d.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
