/**
 * The pane at national scale in the playground, in Debian's Chromium: the 1,500-chamber
 * workbook's results table (filters, sorting, a row click selecting the cell), a quota edited in
 * the pane changing 名额内 after 填写结果, keyboard-only use, then a workbook with 66,112 issues
 * scrolled to its end; axe on the pane in both states.
 */
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Frame, FrameLocator, Page } from "playwright-core";
import { QUOTA_SETTING, a1, review, type ChamberEntry, type Grid, type Review } from "../../src/core";
import { nationalXlsx } from "../../bench/national";
import { CHROMIUM, type LaunchedBrowser } from "../../tools/playground/chromium";
import { closePane, openPane } from "./open";
import type { Playground } from "../../tools/playground/server";
import { describeWithTool } from "../helpers/tools";

const TMP = join(__dirname, "..", "..", ".tmp", "browser");
const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");
const AXE = require.resolve("axe-core/axe.min.js");
const SLOW = 180_000;

/** Retries until `get` passes `check` (the host answers the pane's syncs asynchronously). */
async function eventually<T>(get: () => T | Promise<T>, check: (v: T) => void, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    try {
      check(v);
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; html: string }[];
}

describeWithTool(CHROMIUM, "the national-scale browser test")("the pane at national scale, in Chromium", () => {
  let pg: Playground;
  let browser: LaunchedBrowser;
  let page: Page;
  let pane: FrameLocator;
  let expected: Review;

  const grids = (): Grid[] => pg.workbook().host.sheetNames().map((n) => pg.workbook().host.grid(n));
  const frame = (): Frame => page.frames().find((f) => f.url().includes("/pane.html"))!;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `national-${name}.png`) });
  const rowCount = () => pane.locator('[role="grid"]').getAttribute("aria-rowcount");
  const statuses = () => frame().evaluate(() => [...document.querySelectorAll("[data-entry-row]")].map((r) => r.querySelectorAll('[role="gridcell"]')[3].textContent));

  async function axeClean(): Promise<string[]> {
    await frame().evaluate(readFileSync(AXE, "utf8"));
    const v = (await frame().evaluate("axe.run(document).then((r) => r.violations)")) as AxeViolation[];
    // Fluent's Tabster focus sentinels only (see playground.test.ts).
    return v
      .map((x) => (x.id === "aria-hidden-focus" ? { ...x, nodes: x.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) } : x))
      .filter((x) => x.nodes.length > 0 && (x.impact === "serious" || x.impact === "critical"))
      .map((x) => `${x.impact} ${x.id} at ${x.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // Generated once per machine (deterministic): the 5 MB national workbook and its 66k-issue twin.
    const file = nationalXlsx(TMP);
    nationalXlsx(TMP, { everyItemWarns: true });
    ({ pg, browser, page, pane } = await openPane({ file, height: 900, ready: "校验" }));
    expected = review(grids());
  }, SLOW);

  afterAll(async () => {
    await closePane({ pg, browser });
  });

  it(
    "校验 shows every chamber's verdict; the chips filter and the headers sort",
    async () => {
      await pane.getByRole("button", { name: "校验" }).click();
      await pane.getByText(/^校验完成/).waitFor({ timeout: SLOW });
      await expect(rowCount()).resolves.toBe(String(expected.entries.length + 1));
      await pane.locator('[data-filter="pending"]').click();
      await expect(rowCount()).resolves.toBe(String(expected.counts.pending + 1));
      expect(new Set(await statuses())).toEqual(new Set(["待核"]));
      await pane.locator('[data-filter="all"]').click();
      const total = pane.locator('[role="columnheader"]', { hasText: "总分" });
      await total.locator('[role="button"]').click();
      await total.locator('[role="button"]').click();
      await expect(total.getAttribute("aria-sort")).resolves.toBe("descending");
      const best = Math.max(...expected.entries.map((e) => (e as ChamberEntry).total ?? -1));
      await expect(pane.locator("[data-entry-row] >> nth=0").locator('[role="gridcell"] >> nth=2').textContent()).resolves.toBe(String(best));
      await shot("1-results");
    },
    SLOW,
  );

  it(
    "a row click selects the chamber's name cell in the grid",
    async () => {
      await pane.locator('[role="columnheader"]', { hasText: "总分" }).locator('[role="button"]').click();
      await pane.locator('[data-filter="pending"]').click();
      const first = expected.entries.find((e) => e.status === "pending")!;
      const cell = a1(first.nameAt!.row, first.nameAt!.col);
      await pane.locator(`[data-entry-row="${first.row + 1}"]`).click();
      await page.locator(`#grid td[data-cell="${cell}"][data-selected="true"]`).waitFor();
      expect(pg.workbook().host.selection?.address).toContain(cell);
      await pane.locator('[data-filter="all"]').click();
    },
    SLOW,
  );

  it(
    "a quota set in the pane is kept in the workbook and changes 名额内 after 填写结果",
    async () => {
      // The first province (in workbook order) where a quota of 48 admits a chamber the grid shows
      // (it draws the first 400 rows): that chamber's 名额内 must turn 是 in the sheet.
      let setting: { every: null; groups: Record<string, number> } | null = null;
      let after: Review | null = null;
      let moved: ChamberEntry | undefined;
      for (const g of expected.groups) {
        const s = { every: null, groups: { [g.name!]: 48 } };
        const r = review(grids(), { quotaSetting: s });
        moved = r.entries.find((e, i) => (e as ChamberEntry).withinQuota === "yes" && (expected.entries[i] as ChamberEntry).withinQuota !== "yes" && e.row < 400) as ChamberEntry | undefined;
        if (moved) {
          setting = s;
          after = r;
          break;
        }
      }
      expect(moved).toBeDefined();
      const province = Object.keys(setting!.groups)[0];
      await pane.getByRole("button", { name: "显示全部 31 个组" }).click();
      await pane.locator(`[data-quota-edit="${province}"]`).click();
      await pane.getByLabel(`"${province}"的名额`).fill("48");
      await pane.getByRole("button", { name: "保存" }).click();
      await pane.getByText(`已把"${province}"的名额设为 48 个，并保存在本工作簿中`).waitFor();
      expect(pg.workbook().host.settings.get(QUOTA_SETTING)).toEqual(setting);
      await pane.getByText(/名额来自：本窗格设置（1 个组）、推荐名额分配表（30 个组）/).waitFor();

      await pane.getByRole("button", { name: "填写结果" }).click();
      await pane.getByText(/已填写 \d+ 个单元格/).waitFor({ timeout: SLOW });
      const table = after!.table!;
      const quotaCol = table.columns.find((c) => c.key === "quota")!;
      const col = quotaCol.col ?? table.appendAt + table.columns.filter((c) => c.col === null).indexOf(quotaCol);
      await page.getByRole("tab", { name: table.sheet, exact: true }).click();
      await expect(page.locator(`#grid td[data-cell="${a1(moved!.row, col)}"]`).textContent()).resolves.toBe("是");
      await shot("2-quota");
    },
    SLOW,
  );

  it(
    "works from the keyboard alone: a chip, a row, the issues tab, 下一处错误",
    async () => {
      const active = () => frame().evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const inGrid = !!el?.closest('[role="grid"]');
        return { text: el?.textContent ?? "", filter: el?.dataset.filter ?? "", row: el?.dataset.entryRow ?? "", role: el?.getAttribute("role") ?? "", inGrid };
      });
      const until = async (key: string, done: (a: Awaited<ReturnType<typeof active>>) => boolean, max = 60) => {
        const trail: string[] = [];
        for (let i = 0; i < max; i++) {
          const a = await active();
          if (done(a)) return;
          trail.push(`${a.role}:${a.text.slice(0, 12)}`);
          await page.keyboard.press(key);
        }
        throw new Error(`${key} never got there; it went ${trail.join(" → ")}`);
      };
      // From the 校验 button on, keys only (playground.test.ts tabs there from the pane's opening).
      await pane.getByRole("button", { name: "校验" }).focus();
      await page.keyboard.press("Enter");
      await pane.getByText(/^校验完成/).waitFor({ timeout: SLOW });
      await until("Tab", (a) => a.filter !== "");
      await until("ArrowRight", (a) => a.filter === "disqualified");
      await page.keyboard.press("Enter");
      await expect(rowCount()).resolves.toBe(String(expected.counts.disqualified + 1));
      // The grid is one tab stop (its sort headers); the arrow keys move between its rows.
      await until("Tab", (a) => a.inGrid);
      await until("ArrowDown", (a) => a.row !== "", 5);
      await page.keyboard.press("ArrowDown");
      const row = (await active()).row;
      expect(row).not.toBe("");
      await page.keyboard.press("Enter");
      const entry = expected.entries.find((e) => e.row + 1 === Number(row))!;
      await eventually(() => pg.workbook().host.selection?.address ?? "", (v) => expect(v).toContain(a1(entry.nameAt!.row, entry.nameAt!.col)));
      await page.keyboard.press("Shift+Tab");
      await until("Shift+Tab", (a) => a.role === "tab");
      await until("ArrowRight", (a) => a.text.startsWith("问题"), 3);
      await page.keyboard.press("Enter");
      // The level chips, 全部收起 and 下一处错误 are one toolbar: one tab stop, arrows inside.
      await until("Tab", (a) => a.role === "radio");
      await until("ArrowRight", (a) => a.text === "下一处错误", 6);
      await page.keyboard.press("Enter");
      const firstError = expected.issues.find((i) => i.severity === "error")!;
      await eventually(() => pg.workbook().host.selection?.address ?? "", (v) => expect(v).toContain(firstError.cell!));
      await shot("3-keyboard");
      expect(await axeClean()).toEqual([]);
    },
    SLOW,
  );

  it(
    "66,112 issues: the list holds them all, scrolls to the end, and the level filter answers",
    async () => {
      await page.locator('#top input[type="file"]').setInputFiles(join(TMP, "national-66k.xlsx"));
      await page.locator("#top .file", { hasText: "national-66k.xlsx" }).waitFor({ timeout: SLOW });
      await pane.getByRole("button", { name: "校验" }).click();
      await pane.getByText(/^校验完成：0 处错误，66\d{3} 处警告/).waitFor({ timeout: SLOW });
      await pane.getByRole("tab", { name: /^问题/ }).click();
      const setsize = () => pane.locator('[role="listitem"] >> nth=0').getAttribute("aria-setsize");
      const all = Number(await setsize());
      expect(all).toBeGreaterThan(66_000);
      await frame().evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await pane.locator(`[role="listitem"][aria-posinset="${all}"]`).waitFor();
      await expect(pane.locator('[role="listitem"]').count()).resolves.toBeLessThan(200);
      await shot("4-issues-end");
      // Every one of them is a warning: the error filter empties the list, and 全部 brings it back.
      await pane.locator('[data-level="error"]').click();
      await pane.getByText("没有此类问题").waitFor();
      await pane.locator('[data-level="all"]').click();
      await eventually(async () => Number(await setsize()), (v) => expect(v).toBe(all));
      expect(await axeClean()).toEqual([]);
    },
    SLOW,
  );
});
