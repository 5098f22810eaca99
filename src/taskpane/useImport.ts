/** 导入工作簿's state in the pane: the files picked, the run's progress, the replace question, stop between files. */
import { useCallback, useRef, useState } from "react";
import type { Lang, Scheme } from "../core";
import type { WorkbookGateway } from "../host";
import type { ImportRun, PickedFile } from "./importer";

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ImportControl {
  open: boolean;
  files: PickedFile[];
  province: string | null;
  running: boolean;
  stopping: boolean;
  progress: ImportProgress | null;
  /** A file's chambers already in the workbook with other content, waiting for the user's answer. */
  question: { file: string; names: string[] } | null;
  result: ImportRun | null;
  failure: unknown;
  show(): void;
  close(): void;
  pick(list: ArrayLike<File> | null): void;
  setProvince(p: string | null): void;
  answer(replace: boolean): void;
  start(): Promise<void>;
  stop(): void;
}

/** Workbook files only (.xlsx, .xlsm, .xls, WPS .et, .ods), without Excel's `~$` lock files (a folder picked while a workbook is open has them). */
export const WORKBOOK_FILES = /\.(xlsx|xlsm|xls|et|ods)$/i;

export function workbookFiles(list: ArrayLike<File>): PickedFile[] {
  return Array.from(list)
    .filter((f) => WORKBOOK_FILES.test(f.name) && !f.name.startsWith("~$"))
    .map((f) => ({
      name: (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name,
      size: f.size,
      bytes: async () => new Uint8Array(await f.arrayBuffer()),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

interface Deps {
  gateway: WorkbookGateway;
  lang: Lang;
  scheme: Scheme | null;
  /** Runs the import as the pane's one action at a time. */
  exclusive(job: () => Promise<void>): Promise<boolean>;
  /** After files went in: the pane checks the workbook again. */
  onImported(): void;
}

export function useImport({ gateway, lang, scheme, exclusive, onImported }: Deps): ImportControl {
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [province, setProvince] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [stopping, setStopping] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [question, setQuestion] = useState<{ file: string; names: string[] } | null>(null);
  const [result, setResult] = useState<ImportRun | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const stopped = useRef(false);
  const reply = useRef<((replace: boolean) => void) | null>(null);

  const start = useCallback(async () => {
    if (!files.length) return;
    stopped.current = false;
    setStopping(false);
    setResult(null);
    setFailure(null);
    setRunning(true);
    let took = false;
    await exclusive(async () => {
      try {
        // The file reader (zip, XML) loads only when a clerk imports: the pane opens without it.
        const { runImport } = await import("./importer.js");
        const run = await runImport(gateway, files, scheme, { lang, province, now: () => new Date() }, {
          progress: (done, total, file) => setProgress({ done, total, file }),
          ask: (file, names) =>
            new Promise<boolean>((resolve) => {
              reply.current = resolve;
              setQuestion({ file, names });
            }),
          cancelled: () => stopped.current,
        });
        setResult(run);
        took = run.files.some((f) => f.result === "taken" || f.result === "replaced");
      } catch (e) {
        setFailure(e);
      }
    });
    setRunning(false);
    setProgress(null);
    if (took) onImported();
  }, [files, exclusive, gateway, scheme, lang, province, onImported]);

  const answer = useCallback((replace: boolean) => {
    setQuestion(null);
    reply.current?.(replace);
    reply.current = null;
  }, []);

  return {
    open,
    files,
    province,
    running,
    stopping,
    progress,
    question,
    result,
    failure,
    show: () => setOpen(true),
    close: () => {
      if (running) return;
      setOpen(false);
      setFiles([]);
      setResult(null);
    },
    pick: (list) => {
      setFiles(list ? workbookFiles(list) : []);
      setResult(null);
    },
    setProvince,
    answer,
    start,
    stop: () => {
      stopped.current = true;
      setStopping(true);
    },
  };
}
