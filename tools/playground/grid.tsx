/**
 * The playground's left side: the workbook as the local Excel host holds it (sheet tabs,
 * values, fills, hyperlinks, the selection), kept current by long-polling the server.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { createRoot } from "react-dom/client";
import { a1, colName, parseRangeRef } from "../../src/core/kernel/grid";
import type { CellView, SheetView, WorkbookView } from "./view";

/** Rows drawn per sheet; the national workbook has more, and a browser table that long is slow. */
const MAX_ROWS = 400;
const MAX_COLS = 40;

interface Mark {
  sheet: string;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function markOf(sheet: string, address: string): Mark | null {
  const area = parseRangeRef(address);
  return area ? { sheet, ...area } : null;
}

/** `'餐饮商会'!E6` → sheet and cell. */
function splitRef(ref: string): { sheet: string; cell: string } | null {
  const i = ref.lastIndexOf("!");
  if (i < 0) return null;
  let sheet = ref.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: ref.slice(i + 1) };
}

function useWorkbook(): { view: WorkbookView | null; problem: string | null } {
  const [view, setView] = useState<WorkbookView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let after = 0;
    const loop = async () => {
      while (live) {
        try {
          const res = await fetch(`/api/workbook?after=${after}`);
          const next = (await res.json()) as WorkbookView;
          if (!live) return;
          after = next.version;
          setView(next);
          setProblem(null);
        } catch (e) {
          setProblem(e instanceof Error ? e.message : String(e));
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    };
    void loop();
    return () => {
      live = false;
    };
  }, []);
  return { view, problem };
}

function Cell({ cell, mark, onJump }: { cell: CellView | undefined; mark: boolean; onJump(ref: string): void }) {
  if (!cell) return <>{""}</>;
  const link = cell.link;
  if (link?.documentReference) {
    const ref = link.documentReference;
    return (
      <a
        href={`#${encodeURIComponent(ref)}`}
        title={link.screenTip ?? ref}
        onClick={(e) => {
          e.preventDefault();
          onJump(ref);
        }}
      >
        {cell.text}
      </a>
    );
  }
  if (link?.address) {
    return (
      <a href={link.address} title={link.screenTip ?? link.address} target="_blank" rel="noreferrer">
        {cell.text}
      </a>
    );
  }
  return <span aria-current={mark ? "true" : undefined}>{cell.text}</span>;
}

function inMark(m: Mark | null, sheet: string, r: number, c: number): boolean {
  return !!m && m.sheet === sheet && r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1;
}

function SheetTable({ sheet, mark, onJump }: { sheet: SheetView; mark: Mark | null; onJump(ref: string): void }) {
  const byPos = useMemo(() => new Map(sheet.cells.map((c) => [`${c.r},${c.c}`, c])), [sheet]);
  const spans = useMemo(() => {
    const top = new Map<string, { rows: number; cols: number }>();
    const covered = new Set<string>();
    for (const m of sheet.merges) {
      top.set(`${m.r0},${m.c0}`, { rows: m.r1 - m.r0 + 1, cols: m.c1 - m.c0 + 1 });
      for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
    }
    return { top, covered };
  }, [sheet]);
  const rows = Math.min(Math.max(sheet.rows, 20), MAX_ROWS);
  const cols = Math.min(Math.max(sheet.cols, 8), MAX_COLS);
  return (
    <>
      <table className="sheet" aria-label={`工作表 ${sheet.name}`}>
        <colgroup>
          <col className="rowhead" />
          {Array.from({ length: cols }, (_, c) => (
            <col key={c} style={{ width: sheet.widths[c] ? `${Math.round(sheet.widths[c] * 1.333)}px` : undefined }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="corner" />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col">
                {colName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {Array.from({ length: cols }, (_, c) => {
                const key = `${r},${c}`;
                if (spans.covered.has(key)) return null;
                const cell = byPos.get(key);
                const span = spans.top.get(key);
                const marked = inMark(mark, sheet.name, r, c);
                return (
                  <td
                    key={c}
                    data-cell={a1(r, c)}
                    data-selected={marked ? "true" : undefined}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    className={[cell?.numeric ? "num" : "", marked ? "selected" : ""].join(" ").trim() || undefined}
                    style={cell?.fill ? { backgroundColor: cell.fill } : undefined}
                    title={cell && cell.text.length > 12 ? cell.text : undefined}
                  >
                    <Cell cell={cell} mark={marked} onJump={onJump} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {sheet.rows > MAX_ROWS && <p className="more">{`只显示前 ${MAX_ROWS} 行（共 ${sheet.rows} 行）`}</p>}
    </>
  );
}

function TopBar({ view }: { view: WorkbookView | null }) {
  const [status, setStatus] = useState("");
  const reloadPane = () => (document.getElementById("pane") as HTMLIFrameElement | null)?.contentWindow?.location.reload();
  const upload = async (file: File) => {
    setStatus(`正在打开 ${file.name}…`);
    const res = await fetch(`/api/open?name=${encodeURIComponent(file.name)}`, { method: "POST", body: await file.arrayBuffer() });
    setStatus(res.ok ? "" : `无法打开 ${file.name}：${await res.text()}`);
    if (res.ok) reloadPane();
  };
  const reset = async () => {
    await fetch("/api/reset", { method: "POST" });
    reloadPane();
  };
  return (
    <>
      <h1>评审助手 · 演练场</h1>
      <span className="file">{view?.file ?? ""}</span>
      <label>
        打开 .xlsx…
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (f) void upload(f);
          }}
        />
      </label>
      <button type="button" onClick={() => void reset()}>
        重新载入
      </button>
      <span role="status">{status}</span>
    </>
  );
}

function Grid({ view, problem }: { view: WorkbookView | null; problem: string | null }) {
  const [shown, setShown] = useState<string | null>(null);
  const [jump, setJump] = useState<Mark | null>(null);
  const seen = useRef<string>("");

  // Follow Excel: a new selection or active sheet (e.g. from clicking an issue) brings its sheet forward.
  useEffect(() => {
    if (!view) return;
    const key = JSON.stringify([view.active, view.selection]);
    if (key !== seen.current) {
      seen.current = key;
      setShown(view.selection?.sheet ?? view.active);
      setJump(null);
    }
  }, [view]);

  useEffect(() => {
    document.querySelector("td.selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  });

  if (!view) return <p className="note">{problem ?? "正在载入工作簿…"}</p>;
  const visible = view.sheets.filter((s) => !s.hidden);
  const sheet = visible.find((s) => s.name === shown) ?? visible[0];
  const selection = view.selection ? markOf(view.selection.sheet, view.selection.address) : null;
  const mark = jump ?? selection;
  const onJump = (ref: string) => {
    const target = splitRef(ref);
    if (!target) return;
    setShown(target.sheet);
    setJump(markOf(target.sheet, target.cell));
  };
  return (
    <>
      {/* Focusable so that the keyboard can scroll a sheet wider or taller than the window. */}
      <div className="scroll" tabIndex={0} role="region" aria-label={sheet ? `工作表 ${sheet.name} 的内容` : "工作表"}>
        {sheet && <SheetTable sheet={sheet} mark={mark} onJump={onJump} />}
      </div>
      <div className="tabs" role="tablist" aria-label="工作表">
        {visible.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s === sheet}
            className={s === sheet ? "tab active" : "tab"}
            onClick={() => {
              setShown(s.name);
              setJump(null);
            }}
          >
            {s.protected ? `🔒 ${s.name}` : s.name}
          </button>
        ))}
      </div>
    </>
  );
}

/** One poll loop feeds both the top bar and the grid (the bar lives outside the grid's element). */
function Playground() {
  const { view, problem } = useWorkbook();
  return (
    <>
      {createPortal(<TopBar view={view} />, document.getElementById("top")!)}
      <Grid view={view} problem={problem} />
    </>
  );
}

createRoot(document.getElementById("grid")!).render(<Playground />);
