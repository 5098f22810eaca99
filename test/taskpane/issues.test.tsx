/** @jest-environment jsdom */
import { act, useState } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { makeIssue, type Issue, type Review } from "../../src/core";
import { IssuePanel } from "../../src/taskpane/components/IssuePanel";
import { LangContext, langValue } from "../../src/taskpane/i18n";
import * as issueRowsModule from "../../src/taskpane/issueRows";
import type { Level } from "../../src/taskpane/issueRows";
import { click, clickable, render, text, type Rendered } from "./dom";

/**
 * A review's issues as the engine orders them (workbook order): the summary's warnings, then
 * `sheets` 自评表 with `perSheet` issues each; every tenth sheet holds one error.
 */
function reviewWith(sheets: number, perSheet: number): Review {
  const issues: Issue[] = [makeIssue("OVER_QUOTA", "推荐名单汇总表", { row: 4, col: 1 }, { group: "四川省", count: 12, quota: 4, excess: 8 })];
  const titles: Record<string, string> = {};
  for (let s = 0; s < sheets; s++) {
    const sheet = `自评表${String(s + 1).padStart(5, "0")}`;
    titles[sheet] = `第${s + 1}号商会`;
    for (let k = 0; k < perSheet; k++) {
      const at = { row: 5 + k, col: 4 };
      issues.push(s % 10 === 9 && k === 0 ? makeIssue("SCORE_MISSING", sheet, at, { max: 10 }) : makeIssue("SCORE_PRECISION", sheet, at, { value: "9.75" }));
    }
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  return {
    issues,
    sheetTitles: titles,
    counts: { entries: sheets, qualified: 0, disqualified: 0, pending: 0, errors, warnings: issues.length - errors },
  } as unknown as Review;
}

let shown: Rendered | null = null;
let selected: Issue[] = [];
afterEach(async () => {
  await shown?.unmount();
  shown = null;
  selected = [];
});

function Harness({ review }: { review: Review }) {
  const [level, setLevel] = useState<Level>("all");
  return <IssuePanel review={review} level={level} onLevel={setLevel} onSelect={(i) => selected.push(i)} />;
}

async function show(review: Review) {
  shown = await render(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={langValue("zh")}>
        <Harness review={review} />
      </LangContext.Provider>
    </FluentProvider>,
  );
}

const items = () => [...document.querySelectorAll<HTMLElement>('[role="listitem"]')];
/** What a screen reader hears for each group header (the count badge is hidden; its words are not). */
const headers = () =>
  [...document.querySelectorAll<HTMLElement>("[aria-expanded]")].map((h) => {
    const copy = h.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return copy.textContent ?? "";
  });

describe("issues at any scale", () => {
  it("groups are labelled with the chamber and the sheet, the groups with errors first", async () => {
    await show(reviewWith(20, 2));
    expect(headers().slice(0, 3)).toEqual([
      "第10号商会（自评表00010）：2 条问题，其中 1 处错误",
      "第20号商会（自评表00020）：2 条问题，其中 1 处错误",
      "推荐名单汇总表：1 条问题",
    ]);
  });

  it("66,000 issues: no cap, only a window of them in the DOM, and a level filter answers at once", async () => {
    const review = reviewWith(1500, 44);
    expect(review.issues).toHaveLength(66_001);
    await show(review);
    const total = 66_001 + 1501;
    expect(items()[0].getAttribute("aria-setsize")).toBe(String(total));
    expect(items().length).toBeLessThan(80);
    expect(text()).not.toContain("还有");
    const t0 = performance.now();
    await click(document.querySelector<HTMLElement>('[data-level="error"]')!);
    const ms = performance.now() - t0;
    expect(items()[0].getAttribute("aria-setsize")).toBe(String(150 * 2));
    // Not a timing assertion (the bench measures in Chromium); only that it is one pass, not a stall.
    expect(ms).toBeLessThan(5000);
    await click(document.querySelector<HTMLElement>('[data-level="warning"]')!);
    expect(headers()[0]).toBe("推荐名单汇总表：1 条问题");
  });

  it("collapse all and expand all", async () => {
    await show(reviewWith(3, 3));
    expect(items()).toHaveLength(4 + 1 + 9);
    await click(clickable("全部收起"));
    expect(items()).toHaveLength(4);
    expect(document.querySelectorAll('[aria-expanded="false"]')).toHaveLength(4);
    await click(clickable("全部展开"));
    expect(items()).toHaveLength(14);
  });

  it("下一处错误 selects each error in list order, round again, skipping warnings", async () => {
    await show(reviewWith(30, 2));
    const next = () => click(clickable("下一处错误"));
    await next();
    await next();
    await next();
    await next();
    expect(selected.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["自评表00010!E6", "自评表00020!E6", "自评表00030!E6", "自评表00010!E6"]);
    // The current one is marked, and it is in the DOM even after its group was collapsed.
    await click(clickable("全部收起"));
    await next();
    expect(document.querySelector('[aria-current="true"]')?.textContent).toContain("自评分为空（满分 10）");
  });

  it("a new review opens every group again and marks nothing current, with its list built once", async () => {
    const first = reviewWith(10, 2);
    let swap: (r: Review) => void = () => undefined;
    function Swapper() {
      const [review, setReview] = useState(first);
      swap = setReview;
      return <Harness review={review} />;
    }
    shown = await render(
      <FluentProvider theme={webLightTheme}>
        <LangContext.Provider value={langValue("zh")}>
          <Swapper />
        </LangContext.Provider>
      </FluentProvider>,
    );
    const setsize = () => items()[0].getAttribute("aria-setsize");
    // 11 groups (10 自评表 and the summary), 21 issues.
    expect(setsize()).toBe("32");
    await click(clickable("全部收起"));
    expect(setsize()).toBe("11");
    // The one error's group opens again to show it, marked current.
    await click(clickable("下一处错误"));
    expect(setsize()).toBe("13");
    expect(document.querySelector('[aria-current="true"]')).not.toBeNull();
    const rows = jest.spyOn(issueRowsModule, "issueRows");
    try {
      await act(async () => swap(reviewWith(10, 2)));
      expect(setsize()).toBe("32");
      expect(document.querySelectorAll('[aria-expanded="false"]')).toHaveLength(0);
      expect(document.querySelector('[aria-current="true"]')).toBeNull();
      // Not built once for the old folds and again for the reset ones.
      expect(rows).toHaveBeenCalledTimes(1);
    } finally {
      rows.mockRestore();
    }
  });

  it("choosing an issue selects it", async () => {
    await show(reviewWith(2, 1));
    await act(async () => {
      clickable("自评分多于一位小数：9.75").click();
    });
    expect(selected).toHaveLength(1);
    expect(selected[0].sheet).toBe("自评表00001");
  });
});
