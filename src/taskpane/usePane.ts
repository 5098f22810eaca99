/** Everything the pane does, as plain actions over the gateway and the core engine. */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  BUILTIN_SCHEMES,
  a1,
  buildWritePlan,
  fillNoteText,
  lockedRequired,
  programmeOf,
  review,
  stampMessage,
  templateSheets,
  verifyStamp,
  type Entry,
  type Grid,
  type Issue,
  type Lang,
  type QuotaSetting,
  type Review,
} from "../core";
import type { WorkbookGateway } from "../host";
import { Cancelled, errorNotice, notice, type Notice } from "./notice";
import { mark } from "./marks";
import { loadPrefs, savePrefs } from "./prefs";
import { useBusy, type Busy } from "./useBusy";
import { useChecklist, type ChecklistControl } from "./useChecklist";
import { useExpertTemplate, type ExpertTemplateControl } from "./useExpertTemplate";
import { useImport, type ImportControl } from "./useImport";
import { useQuotas, type QuotaControl } from "./useQuotas";
import { useScheme, type SchemeControl } from "./useScheme";

export type Filter = "all" | "error" | "warning";

export interface PaneControl {
  review: Review | null;
  busy: Busy | null;
  notice: Notice | null;
  scheme: SchemeControl;
  canUndo: boolean;
  filter: Filter;
  baseline: boolean;
  setFilter(f: Filter): void;
  dismissNotice(): void;
  check(): Promise<void>;
  fill(): Promise<void>;
  undo(): Promise<void>;
  clear(): Promise<void>;
  preflight(): Promise<void>;
  insertTemplate(): Promise<void>;
  /** 创新中国: the dialog 插入空白模板 opens (scoring sheets per expert, or the blank template). */
  experts: ExpertTemplateControl;
  /** 导入工作簿: the dialog that brings chambers' workbooks into this one. */
  imports: ImportControl;
  /** 发送前检查: the checklist card and the 校验记录 stamp. */
  checklist: ChecklistControl;
  select(at: Pick<Issue, "sheet" | "cell">): Promise<void>;
  /** Selects an entry's row (its name cell) in its sheet. */
  selectEntry(entry: Entry): Promise<void>;
  quotas: QuotaControl;
  /** Goes up when an action wants the issues tab in front (发送前检查 found errors). */
  issuesWanted: number;
}

/** True when the workbook holds no sheet the engine recognises. */
export function isUnrecognised(r: Review): boolean {
  return r.issues.some((i) => i.code === "NO_KNOWN_SHEET") || r.sheetOrder.length === 0;
}

/** Lets React paint the step before the engine's synchronous work starts. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function usePane(gateway: WorkbookGateway, lang: Lang): PaneControl {
  const [result, setResult] = useState<Review | null>(null);
  const [shown, setNotice] = useState<Notice | null>(null);
  const [canUndo, setCanUndo] = useState(() => gateway.canUndo());
  // The undo record lives in the workbook: a pane opened later can still undo the last fill.
  useEffect(() => {
    let live = true;
    gateway.refreshUndo().then(
      (can) => live && setCanUndo(can),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [gateway]);
  const [filter, setLevel] = useState<Filter>(() => loadPrefs().issueLevel ?? "all");
  const setFilter = useCallback((f: Filter) => {
    setLevel(f);
    savePrefs({ issueLevel: f });
  }, []);
  // The grids of the last read: a quota changed in the pane re-ranks them without reading again.
  const lastRead = useRef<Grid[] | null>(null);
  const [issuesWanted, setIssuesWanted] = useState(0);
  const busy = useBusy();
  const forget = useCallback(() => setResult(null), []);
  const scheme = useScheme(gateway, setNotice, forget);
  const current = useRef(result);
  current.current = result;
  const requote = useCallback(
    (setting: QuotaSetting | null) => {
      const grids = lastRead.current;
      if (!grids || !current.current) return;
      setResult(review(grids, { scheme: scheme.scheme, quotaSetting: setting }));
    },
    [scheme.scheme],
  );
  const quotas = useQuotas(gateway, setNotice, requote);
  const baseline = gateway.capabilities().baseline;

  /** One action: clears the old notice, turns any failure into words, a cancel into "nothing changed". */
  const act = (job: () => Promise<void>) =>
    busy
      .exclusive(async () => {
        setNotice(null);
        checklist.close();
        try {
          await job();
        } catch (e) {
          setNotice(e instanceof Cancelled ? notice("info", (t) => ({ body: t.done.cancelled })) : errorNotice(e));
        }
      })
      .then(() => undefined);

  const checklist = useChecklist(gateway, lang, (job) => act(job), setNotice);

  const readAndReview = async (): Promise<{ grids: Grid[]; review: Review }> => {
    const grids = await busy.cancellable("read", (onProgress) => gateway.read(onProgress));
    busy.step("review");
    await nextFrame();
    const quotaSetting = await quotas.current();
    const chosen = await scheme.current();
    mark("review-start");
    const r = review(grids, { scheme: chosen, quotaSetting });
    lastRead.current = grids;
    mark("review-end");
    setResult(r);
    // Issues but no entry (another programme's workbook, a summary not found): the entries tab would be empty.
    if (!r.entries.length && r.issues.length && !isUnrecognised(r)) setIssuesWanted((n) => n + 1);
    return { grids, review: r };
  };

  const check = () =>
    act(async () => {
      const { grids, review: r } = await readAndReview();
      setFilter("all");
      if (isUnrecognised(r)) return;
      // SPEC §7: a workbook with a 校验记录 says whether it still matches, naming the sheets that changed.
      const stamp = verifyStamp(grids, r);
      setNotice({
        intent: stamp.present && !stamp.matches ? "warning" : "info",
        text: (l) => ({ body: l.t.done.checked(r.counts.errors, r.counts.warnings), after: stampMessage(stamp, l.lang) ?? undefined }),
      });
    });

  const fill = () =>
    act(async () => {
      const { grids, review: r } = await readAndReview();
      if (isUnrecognised(r)) return;
      const plan = buildWritePlan(r, { lang, now: new Date() });
      // The core's rule for the sheets a plan needs: say it before asking Excel (which checks again, with the report).
      const locked = lockedRequired(plan, grids);
      if (locked) {
        setNotice(notice("error", (t) => ({ title: t.errors.title, body: t.errors.protected(locked), after: t.errors.kept })));
        return;
      }
      busy.step("write");
      // A fill that failed and could not be put back leaves its record: undo is then offered.
      const out = await gateway.fill(plan, (p) => busy.step(p.step, p)).finally(() => setCanUndo(gateway.canUndo()));
      const notes = out.notes ?? [];
      setNotice({
        intent: notes.length ? "warning" : "success",
        text: (l) => ({
          body: [l.t.done.filled(out.cellsWritten, out.highlights), ...notes.map((n) => fillNoteText(n, l.lang))].join(l.lang === "zh" ? "" : " "),
          after: out.nativeUndo ? l.t.done.undoNative : l.t.done.undoMenu,
        }),
      });
    });

  const undo = () =>
    act(async () => {
      if (!gateway.canUndo() && !(await gateway.refreshUndo())) {
        setNotice(notice("info", (t) => ({ body: t.done.nothingToUndo })));
        return;
      }
      busy.step("undo");
      const out = await gateway.undo((p) => busy.step(p.step, p));
      setCanUndo(gateway.canUndo());
      // What undo left alone is the user's, and is named cell by cell.
      setNotice({
        intent: out.kept.length ? "warning" : "success",
        text: (l) => {
          const u = l.all.trust.undo;
          if (!out.kept.length) return { body: u.doneAll };
          return { body: `${u.done}${l.lang === "zh" ? "" : " "}${u.kept(out.kept.length, out.kept)}`, after: out.reportKept ? u.reportKept(out.reportKept) : undefined };
        },
      });
    });

  const clear = () =>
    act(async () => {
      busy.step("clear");
      const n = await gateway.clearHighlights((p) => busy.step(p.step, p));
      setNotice(notice(n ? "success" : "info", (t) => ({ body: t.done.cleared(n) })));
    });

  const preflight = () =>
    act(async () => {
      const { grids, review: r } = await readAndReview();
      if (isUnrecognised(r)) return;
      // The core's checklist, the same rules as the CLI's `check` (exit 0 = 可以发送).
      const run = checklist.show(grids, r);
      const fails = run.checklist.items.filter((i) => i.state === "fail").length;
      if (r.counts.errors) {
        setFilter("error");
        setIssuesWanted((n) => n + 1);
      }
      // An empty workbook has no errors only because nothing is in it yet: say so in words.
      if (r.blank) setNotice(notice("warning", (t) => ({ body: t.preflight.blank })));
      else setNotice({ intent: run.checklist.ready ? "success" : "warning", text: (l) => ({ body: l.all.preflight.verdictLine(run.checklist.ready, fails) }) });
    });

  const experts = useExpertTemplate(gateway, lang, act, busy, setNotice);

  const insertTemplate = () =>
    act(async () => {
      const target = scheme.scheme ?? result?.scheme ?? BUILTIN_SCHEMES[0];
      if (programmeOf(target).scoringSheets) return experts.start(target);
      busy.step("template");
      const names = await gateway.insertTemplate(templateSheets(target));
      setNotice(notice("success", (t) => ({ body: t.done.templated(names.join(lang === "zh" ? "、" : ", ")) })));
    });

  const imports = useImport({ gateway, lang, scheme: scheme.scheme, exclusive: busy.exclusive, onImported: () => void check() });

  const goTo = async (sheet: string, cell: string) => {
    try {
      await gateway.select(sheet, cell);
    } catch (e) {
      setNotice(errorNotice(e));
    }
  };
  const select = (at: Pick<Issue, "sheet" | "cell">) => goTo(at.sheet, at.cell ?? "A1");

  const selectEntry = (entry: Entry) => {
    const at = entry.nameAt ?? { row: entry.row, col: 0 };
    return goTo(entry.sheet, a1(at.row, at.col));
  };

  return {
    review: result,
    busy: busy.busy,
    notice: shown,
    scheme,
    canUndo,
    filter,
    baseline,
    setFilter,
    dismissNotice: () => setNotice(null),
    check,
    fill,
    undo,
    clear,
    preflight,
    insertTemplate,
    experts,
    imports,
    checklist,
    select,
    selectEntry,
    quotas,
    issuesWanted,
  };
}
