/**
 * Every entry in a Fluent DataGrid, virtualised against the pane's scroll: sortable headers,
 * arrow keys between rows, and a row click (or Enter) that selects the entry in its sheet.
 * At 320 px a row is three lines: the name; group, total, status, rank and the line verdict in
 * columns; then the reason in words, wrapped.
 */
import {
  ColumnIdContextProvider,
  DataGrid,
  DataGridHeader,
  DataGridHeaderCell,
  createFocusOutlineStyle,
  createTableColumn,
  dataGridBodyClassNames,
  makeStyles,
  mergeClasses,
  tokens,
  useDataGridContext_unstable,
  type DataGridProps,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { useCallback, useMemo, type KeyboardEvent } from "react";
import { a1, entryWhy, formatScore, programmeOf, type Entry } from "../../core";
import { lineOf, type SortKey } from "../entries";
import { useLang, type UiStrings } from "../i18n";
import { useWindowVirtual } from "../useWindowVirtual";
import { Keep } from "./Keep";

const AREAS = ["name", "group", "total", "status", "rank", "line", "why"] as const;
type ColumnId = (typeof AREAS)[number];

const useStyles = makeStyles({
  grid: { minWidth: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 40px 52px 30px 66px",
    gridTemplateAreas: '"name name name name name" "group total status rank line" "why why why why why"',
    alignItems: "start",
    columnGap: tokens.spacingHorizontalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    cursor: "pointer",
  },
  head: {
    cursor: "default",
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    rowGap: 0,
  },
  headCell: { minHeight: "auto", paddingTop: 0, paddingBottom: 0 },
  current: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  bodyRow: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle({ style: { outlineOffset: "-2px" } }),
  },
  bodyCell: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden", fontSize: tokens.fontSizeBase300 },
  cell: { minHeight: "auto", paddingLeft: 0, paddingRight: 0, minWidth: 0, overflow: "hidden" },
  name: { gridArea: "name", fontWeight: tokens.fontWeightSemibold },
  group: { gridArea: "group", color: tokens.colorNeutralForeground2 },
  total: { gridArea: "total", justifyContent: "flex-end" },
  status: { gridArea: "status", paddingLeft: tokens.spacingHorizontalS },
  rank: { gridArea: "rank", justifyContent: "flex-end" },
  line: { gridArea: "line", paddingLeft: tokens.spacingHorizontalS },
  why: { gridArea: "why", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, whiteSpace: "normal" },
  whyHead: { gridArea: "why", position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  bad: { color: tokens.colorPaletteRedForeground1 },
  wait: { color: tokens.colorPaletteDarkOrangeForeground1 },
  none: { color: tokens.colorNeutralForeground2, padding: tokens.spacingVerticalS },
});

/**
 * The grid is given no items: Rows draws the entries itself, and the grid's sort state is
 * controlled, so its items would only feed the selection feature (unused), which walks all
 * 1,500 of them on every 校验, filter and sort.
 */
const NO_ITEMS: Entry[] = [];

/** An entry's place in the workbook, the same through filters, sorts and the next 校验. */
const rowId = (e: Entry) => `${e.sheet}\u0000${e.row}`;

/** A row's height before it is drawn: two lines, or three with a reason (measured at 320 px). */
function estimate(e: Entry): number {
  return e.status === "qualified" && !programmeOf(e.kind).results.tie(e) ? 49 : 69;
}

function lineText(t: UiStrings, e: Entry): string {
  const m = lineOf(e);
  if (m === null) return "";
  return m === "yes" || m === "no" || m === "tie" ? t.results.verdict[m] : t.results.stage[m];
}

function columnsFor(t: UiStrings, lang: "zh" | "en", quota: boolean, text: string, tone: Record<Entry["status"], string>): TableColumnDefinition<Entry>[] {
  const c = t.results.col;
  const label: Record<ColumnId, string> = {
    name: c.name,
    group: quota ? c.group : c.category,
    total: quota ? c.total : c.score,
    status: c.status,
    rank: c.rank,
    line: quota ? c.quota : c.stage,
    why: c.why,
  };
  const cell: Record<ColumnId, (e: Entry) => React.ReactNode> = {
    name: (e) => <span className={text}>{e.name}</span>,
    group: (e) => <span className={text}>{programmeOf(e.kind).results.group(e) ?? t.results.noGroup}</span>,
    total: (e) => {
      const v = programmeOf(e.kind).results.score(e);
      return v === null ? "" : formatScore(v);
    },
    status: (e) => <span className={tone[e.status]}>{t.results.status[e.status]}</span>,
    rank: (e) => (e.rank === null ? "" : String(e.rank)),
    line: (e) => <span className={text}>{lineText(t, e)}</span>,
    why: (e) => <Keep text={entryWhy(e, lang)} />,
  };
  // The rows arrive sorted (entries.ts keeps blanks last both ways), so the grid's own compare
  // is a no-op; Fluent counts a column sortable when its compare takes arguments.
  const keep = (_a: Entry, _b: Entry) => 0;
  return AREAS.map((id) =>
    createTableColumn<Entry>({
      columnId: id,
      ...(id === "why" ? {} : { compare: keep }),
      renderHeaderCell: () => label[id],
      renderCell: cell[id],
    }),
  );
}

interface Props {
  entries: Entry[];
  /** The programme's groups have quotas (四好: 省份, 核验总分, 名额内), else a final list (创新中国). */
  quota: boolean;
  sort: { key: SortKey; dir: "ascending" | "descending" };
  onSort(key: SortKey, dir: "ascending" | "descending"): void;
  current: Entry | null;
  onSelect(e: Entry): void;
}

/**
 * The drawn slice of the grid's rows; the rest stands in as padding. The rows are plain ARIA
 * rows and cells with the grid's focus behaviour (Tabster's composite row), not DataGridRow and
 * DataGridCell: those subscribe every cell to the grid's context, which at 30 rows × 7 cells
 * cost more than everything else in a repaint of the results.
 */
function Rows({ entries: rows, current, onSelect }: Pick<Props, "entries" | "current" | "onSelect">) {
  const { t } = useLang();
  const s = useStyles();
  // The entries themselves, not the grid's getRows(): that builds a row object (with selection
  // state) for every one of the 1,500 entries on each render, to draw the 20 in view.
  const columns = useDataGridContext_unstable((ctx) => ctx.columns) as TableColumnDefinition<Entry>[];
  const focus = useDataGridContext_unstable((ctx) => ctx.compositeRowTabsterAttribute);
  // The entry's place in the workbook: a measured height follows its row through filters, sorts
  // and the next 校验 (which makes new entry objects for the same rows).
  const keyOf = useCallback((i: number) => rowId(rows[i]), [rows]);
  const est = useCallback((i: number) => estimate(rows[i]), [rows]);
  const v = useWindowVirtual({ count: rows.length, estimate: est, keyOf });
  const onKey = (e: KeyboardEvent, entry: Entry) => {
    if ((e.key === "Enter" || e.key === " ") && e.target === e.currentTarget) {
      e.preventDefault();
      onSelect(entry);
    }
  };
  return (
    <div ref={v.listRef} role="rowgroup" className={dataGridBodyClassNames.root} style={{ paddingTop: v.before, paddingBottom: v.after }}>
      {rows.length === 0 && <div className={s.none}>{t.results.none}</div>}
      {rows.slice(v.start, v.end).map((e, k) => {
        const i = v.start + k;
        const at = e.nameAt ?? { row: e.row, col: 0 };
        return (
          <div
            key={rowId(e)}
            role="row"
            tabIndex={0}
            {...focus}
            {...v.rowProps(i)}
            aria-rowindex={i + 2}
            aria-current={e === current ? "true" : undefined}
            title={t.results.rowHint(e.sheet, a1(at.row, at.col))}
            className={mergeClasses(s.row, s.bodyRow, e === current && s.current)}
            onClick={() => onSelect(e)}
            onKeyDown={(ev) => onKey(ev, e)}
            data-entry-row={e.row + 1}
          >
            {columns.map((c) => (
              <div key={c.columnId} role="gridcell" className={mergeClasses(s.bodyCell, s[c.columnId as ColumnId])}>
                {c.renderCell(e)}
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}

export function EntryGrid({ entries, quota, sort, onSort, current, onSelect }: Props) {
  const { lang, t } = useLang();
  const s = useStyles();
  const tone = useMemo(() => ({ qualified: "", disqualified: s.bad, pending: s.wait }), [s.bad, s.wait]);
  const columns = useMemo(() => columnsFor(t, lang, quota, s.text, tone), [t, lang, quota, s.text, tone]);
  const onSortChange: DataGridProps["onSortChange"] = (_e, state) => {
    const key = state.sortColumn as ColumnId | undefined;
    if (!key || key === "why") return;
    onSort(key === "line" ? "line" : key, state.sortDirection);
  };
  const sortColumn: ColumnId | undefined = sort.key === "row" ? undefined : (sort.key as ColumnId);
  return (
    <DataGrid
      items={NO_ITEMS}
      columns={columns}
      sortable
      sortState={{ sortColumn, sortDirection: sort.dir }}
      onSortChange={onSortChange}
      focusMode="composite"
      size="small"
      aria-rowcount={entries.length + 1}
      aria-label={t.results.table(entries.length, entries.length)}
      className={s.grid}
    >
      <DataGridHeader className={s.head}>
        {/* A plain row, as in the body: DataGridRow would bring the selection cell's Checkbox and Radio for nothing. */}
        <div role="row" className={mergeClasses(s.row, s.head)} aria-rowindex={1}>
          {columns.map(({ columnId, renderHeaderCell }) => (
            <ColumnIdContextProvider key={columnId} value={columnId}>
              <DataGridHeaderCell className={mergeClasses(s.cell, s.headCell, columnId === "why" ? s.whyHead : s[columnId as ColumnId])}>
                {renderHeaderCell()}
              </DataGridHeaderCell>
            </ColumnIdContextProvider>
          ))}
        </div>
      </DataGridHeader>
      <Rows entries={entries} current={current} onSelect={onSelect} />
    </DataGrid>
  );
}
