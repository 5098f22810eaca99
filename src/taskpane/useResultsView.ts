/**
 * How the reviewer is looking at the results: which tab, which filter chip, which sort, which
 * entry is current. The tab and the filter are kept for the next opening (prefs.ts).
 */
import { useCallback, useMemo, useState } from "react";
import type { Entry, Review } from "../core";
import { filterCounts, matches, sortEntries, type EntryFilter, type SortKey } from "./entries";
import { loadPrefs, savePrefs, type ResultsTab } from "./prefs";

export interface Sort {
  key: SortKey;
  dir: "ascending" | "descending";
}

export interface ResultsView {
  tab: ResultsTab;
  setTab(t: ResultsTab): void;
  filter: EntryFilter;
  /** Choosing a chip also shows the entries, since that is what it filters. */
  setFilter(f: EntryFilter): void;
  counts: Record<EntryFilter, number>;
  sort: Sort;
  setSort(key: SortKey, dir: Sort["dir"]): void;
  /** The entries the table shows, filtered and sorted. */
  shown: Entry[];
  current: Entry | null;
  setCurrent(e: Entry | null): void;
}

export function useResultsView(review: Review | null): ResultsView {
  const [tab, setTabState] = useState<ResultsTab>(() => loadPrefs().tab ?? "entries");
  const [filter, setFilterState] = useState<EntryFilter>(() => loadPrefs().entryFilter ?? "all");
  const [sort, setSortState] = useState<Sort>({ key: "row", dir: "ascending" });
  const [current, setCurrent] = useState<Entry | null>(null);

  const entries = review?.entries;
  const counts = useMemo(() => filterCounts(entries ?? []), [entries]);
  const shown = useMemo(() => {
    const list = (entries ?? []).filter((e) => matches(e, filter));
    return sort.key === "row" && sort.dir === "ascending" ? list : sortEntries(list, sort.key, sort.dir);
  }, [entries, filter, sort]);

  const setTab = useCallback((t: ResultsTab) => {
    setTabState(t);
    savePrefs({ tab: t });
  }, []);
  const setFilter = useCallback((f: EntryFilter) => {
    setFilterState(f);
    setTabState("entries");
    savePrefs({ entryFilter: f, tab: "entries" });
  }, []);
  const setSort = useCallback((key: SortKey, dir: Sort["dir"]) => setSortState({ key, dir }), []);

  return { tab, setTab, filter, setFilter, counts, sort, setSort, shown, current, setCurrent };
}
