/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { GroupStat } from "../../src/core";
import { sheetsDone } from "../../src/excel/read";
import { GroupSection } from "../../src/taskpane/components/GroupSection";
import { needsAttention } from "../../src/taskpane/components/GroupBars";
import { parseQuotaInput } from "../../src/taskpane/components/QuotaField";
import { LangContext, langValue } from "../../src/taskpane/i18n";
import { loadPrefs, savePrefs } from "../../src/taskpane/prefs";
import { click, clickable, render, text, type Rendered } from "./dom";

const group = (name: string, listed: number, quota: number | null, tie = 0, extra: Partial<GroupStat> = {}): GroupStat => ({
  name,
  groupKey: name,
  listed,
  qualified: listed,
  disqualified: 0,
  pending: 0,
  quota,
  yes: 0,
  tie,
  quotaSource: quota === null ? null : "sheet",
  ...extra,
});

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

async function section(groups: GroupStat[], kind: "quota" | "final") {
  shown = await render(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={langValue("zh")}>
        <GroupSection groups={groups} kind={kind} quotas={null} />
      </LangContext.Provider>
    </FluentProvider>,
  );
}

const barNames = () => [...document.querySelectorAll("[data-group]")].map((b) => b.getAttribute("data-group"));

describe("group bars at a glance", () => {
  it("only the groups needing attention, most urgent first in choice, at most five, until show all", async () => {
    const groups = [
      group("北京市", 10, 10),
      group("天津市", 11, 10),
      group("河北省", 10, null),
      group("山西省", 9, 10, 2),
      ...["辽宁省", "吉林省", "上海市", "江苏省"].map((n, i) => group(n, 12 + i, 10)),
    ];
    await section(groups, "quota");
    expect(text()).toContain("8 个组中 7 个需要注意");
    // No quota, a tie, then the three largest excesses (5, 4, 3); shown in workbook order.
    expect(barNames()).toEqual(["河北省", "山西省", "吉林省", "上海市", "江苏省"]);
    await click(clickable("显示全部 8 个组"));
    expect(barNames()).toHaveLength(8);
    expect(text()).toContain("名额来自：推荐名额分配表（7 个组）");
  });

  it("创新中国 draws both the 初选 and the 终审 line, and a legend for each", async () => {
    await section([group("省级工商联", 40, 10, 2, { shortlist: 32, shortlistTie: 0 }), group("商会", 60, 50, 0, { shortlist: 70, shortlistTie: 3 })], "final");
    const lines = [...document.querySelectorAll("[data-line]")].map((l) => l.getAttribute("data-line"));
    expect(lines).toEqual(["shortlist", "final", "shortlist", "final"]);
    expect(text()).toContain("列入 40 · 合格 40 · 初选 32 · 终审 10");
    expect(text()).toContain("初选线并列");
    const legend = document.querySelector('[aria-label="图例"]')!.textContent;
    expect(legend).toBe("列入合格初选线终审线并列");
  });

  it("attention: over quota, a tie at a line, or no quota", () => {
    expect(needsAttention(group("甲", 5, 5), "quota")).toBe(false);
    expect(needsAttention(group("甲", 6, 5), "quota")).toBe(true);
    expect(needsAttention(group("甲", 5, null), "quota")).toBe(true);
    expect(needsAttention(group("甲", 5, 5, 2), "quota")).toBe(true);
    expect(needsAttention(group("甲", 50, 10), "final")).toBe(false);
    expect(needsAttention(group("甲", 50, 10, 0, { shortlistTie: 2 }), "final")).toBe(true);
  });
});

describe("small parts", () => {
  it("a typed quota: whole numbers (full-width too); blank is none; anything else refused", () => {
    expect(parseQuotaInput("12")).toBe(12);
    expect(parseQuotaInput(" １２ ")).toBe(12);
    expect(parseQuotaInput("0")).toBe(0);
    expect(parseQuotaInput("")).toBeNull();
    for (const bad of ["1.5", "-1", "十二", "1e3", "99999999999999999999"]) expect(parseQuotaInput(bad)).toBe("invalid");
  });

  it("read progress counts real sheets as each chunk comes in; empty sheets count from the start", () => {
    const a = { sheet: "A" };
    const b1 = { sheet: "B" };
    const b2 = { sheet: "B" };
    const c = { sheet: "C" };
    // 5 sheets, two of them empty: 2 done before any read, B done once its second slice is in.
    expect(sheetsDone(5, [a, b1, b2, c])).toEqual([2, 3, 3, 4, 5]);
    expect(sheetsDone(1502, [])).toEqual([1502]);
  });

  it("preferences: only known values come back", () => {
    localStorage.clear();
    savePrefs({ lang: "en", entryFilter: "pending" });
    savePrefs({ tab: "issues" });
    expect(loadPrefs()).toEqual({ lang: "en", entryFilter: "pending", tab: "issues" });
    localStorage.setItem("reviewAssistant.pane", JSON.stringify({ lang: "fr", entryFilter: "<script>", issueLevel: "error", tab: 3 }));
    expect(loadPrefs()).toEqual({ issueLevel: "error" });
    localStorage.setItem("reviewAssistant.pane", "{broken");
    expect(loadPrefs()).toEqual({});
  });

  it("preferences: saving what is kept already writes nothing (each 校验 sets the filter again)", () => {
    localStorage.clear();
    savePrefs({ issueLevel: "all", tab: "entries" });
    const setItem = jest.spyOn(Storage.prototype, "setItem");
    try {
      savePrefs({ issueLevel: "all" });
      savePrefs({ tab: "entries", issueLevel: "all" });
      expect(setItem).not.toHaveBeenCalled();
      savePrefs({ issueLevel: "error" });
      expect(setItem).toHaveBeenCalledTimes(1);
      expect(loadPrefs()).toEqual({ issueLevel: "error", tab: "entries" });
    } finally {
      setItem.mockRestore();
    }
  });
});
