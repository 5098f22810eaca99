/**
 * The real pane in the playground, in Debian's Chromium: Office.js runtime → local Excel
 * host → grid. Checks what a reviewer sees and that the page passes axe without serious
 * or critical violations. Screenshots go to test-artifacts/.
 */
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Frame, FrameLocator, Page } from "playwright-core";
import { buildWritePlan, issueMessage, review, type Grid, type Issue, type Review } from "../../src/core";
import { CHROMIUM, type LaunchedBrowser } from "../../tools/playground/chromium";
import { closePane, openPane } from "./open";
import type { Playground } from "../../tools/playground/server";
import { describeWithTool } from "../helpers/tools";

const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");
const AXE = require.resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Fluent UI's focus manager (Tabster) puts `<i data-tabster-dummy tabindex=0 aria-hidden>`
 * sentinels around toolbars and menus; they pass focus on at once and are a documented false
 * positive of aria-hidden-focus (microsoft/fluentui#27056, microsoft/tabster#288; Accessibility
 * Insights suppresses exactly these, accessibility-insights-web#7605). Only those nodes are
 * dropped; every other node and rule counts.
 */
function withoutTabsterSentinels(violations: AxeViolation[]): AxeViolation[] {
  return violations
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) } : v))
    .filter((v) => v.nodes.length > 0);
}

describeWithTool(CHROMIUM, "the playground browser test")("playground in Chromium", () => {
  let pg: Playground;
  let browser: LaunchedBrowser;
  let page: Page;
  let pane: FrameLocator;
  let before: unknown;
  let expected: Review;

  const grids = (): Grid[] => pg.workbook().host.sheetNames().map((n) => pg.workbook().host.grid(n));
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `playground-${name}.png`) });
  const paneFrame = (): Frame => page.frames().find((f) => f.url().includes("/pane.html"))!;
  const gridCell = (cell: string) => page.locator(`#grid td[data-cell="${cell}"]`);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ pg, browser, page, pane } = await openPane());
    before = pg.workbook().host.snapshot();
    expected = review(grids());
  }, 240_000);

  afterAll(async () => {
    await closePane({ pg, browser });
  });

  it("校验 lists the engine's issues in the pane and changes nothing", async () => {
    await pane.getByRole("button", { name: "校验" }).click();
    await pane.getByText(`校验完成：${expected.counts.errors} 处错误，${expected.counts.warnings} 处警告`).waitFor();
    // Entries first: every chamber's verdict in the results table; the issues on their own tab.
    await expect(pane.locator('[role="grid"]').getAttribute("aria-rowcount")).resolves.toBe(String(expected.entries.length + 1));
    await pane.getByRole("tab", { name: /^问题/ }).click();
    for (const issue of expected.issues.slice(0, 5)) {
      await pane.getByText(issueMessage(issue, "zh"), { exact: true }).first().waitFor();
    }
    expect(pg.workbook().host.snapshot()).toEqual(before);
    await shot("1-check");
  });

  it("填写结果 writes the result columns, and the grid shows them", async () => {
    await pane.getByRole("button", { name: "填写结果" }).click();
    await pane.getByText(/已填写 \d+ 个单元格/).waitFor();
    const plan = buildWritePlan(expected, { now: new Date() });
    const header = plan.blocks[0];
    expect(header.values[0][0]).toBe(expected.scheme.kind === "chamber" ? "核验总分" : "专家数");
    const sheetTab = page.getByRole("tab", { name: header.sheet });
    await sheetTab.click();
    const cell = String.fromCharCode(65 + header.col) + (header.row + 1);
    await expect(gridCell(cell).textContent()).resolves.toBe(String(header.values[0][0]));
    // One status cell of the first result block, as the engine decided it.
    const body = plan.blocks[1];
    const statusCol = body.values[0].findIndex((v) => v === "合格" || v === "不合格" || v === "待核");
    const status = String.fromCharCode(65 + body.col + statusCol) + (body.row + 1);
    await expect(gridCell(status).textContent()).resolves.toBe(String(body.values[0][statusCol]));
    await page.getByRole("tab", { name: expected.scheme.reportSheet }).waitFor();
    await shot("2-fill");
  });

  it("clicking an issue selects its cell in the grid", async () => {
    const issue = expected.issues.find((i): i is Issue & { cell: string } => i.cell !== null && i.sheet !== expected.table?.sheet);
    expect(issue).toBeDefined();
    const row = pane.getByRole("button", { name: issueMessage(issue!, "zh") }).first();
    await row.scrollIntoViewIfNeeded();
    await row.click();
    await page.locator(`#grid td[data-cell="${issue!.cell}"][data-selected="true"]`).waitFor();
    await expect(page.getByRole("tab", { name: issue!.sheet, exact: true }).getAttribute("aria-selected")).resolves.toBe("true");
    expect(pg.workbook().host.selection?.address).toContain(issue!.cell);
    await shot("3-select");
  });

  it("撤销上次填写 puts the workbook back as it was", async () => {
    await pane.getByRole("button", { name: "更多操作" }).click();
    await pane.getByRole("menuitem", { name: "撤销上次填写" }).click();
    await pane.getByText("已撤销上次填写，工作簿已恢复原样").waitFor();
    const now = pg.workbook().host.snapshot() as { sheets: unknown };
    expect(now.sheets).toEqual((before as { sheets: unknown }).sheets);
    await page.getByRole("tab", { name: expected.scheme.reportSheet }).waitFor({ state: "detached" });
    await shot("4-undo");
  });

  it("switches to English", async () => {
    await pane.getByRole("button", { name: "更多操作" }).click();
    await pane.getByRole("menuitem", { name: "English" }).click();
    await pane.getByRole("heading", { name: "Review Assistant" }).waitFor();
    await pane.getByRole("button", { name: "Fill results" }).waitFor();
    const first = expected.issues[0];
    await pane.getByText(issueMessage(first, "en"), { exact: true }).first().waitFor();
    await shot("5-english");
    // The choice outlasts the pane: reopened, it is still English; then back to Chinese.
    await paneFrame().evaluate("location.reload()");
    await pane.getByRole("heading", { name: "Review Assistant" }).waitFor();
    await pane.getByRole("button", { name: "More actions" }).click();
    await pane.getByRole("menuitem", { name: "中文" }).click();
    await pane.getByRole("heading", { name: "评审助手" }).waitFor();
  });

  it("opens another .xlsx by upload and checks it with the scheme it detects", async () => {
    const file = join(__dirname, "..", "..", "samples", "chuangxin-cases.xlsx");
    await page.locator('#top input[type="file"]').setInputFiles(file);
    await page.locator("#top .file", { hasText: "chuangxin-cases.xlsx" }).waitFor();
    await pane.getByRole("button", { name: "校验" }).waitFor();
    await pane.getByRole("button", { name: "校验" }).click();
    const r = review(grids());
    expect(r.scheme.id).toBe("chuangxin-2021");
    await pane.getByText(`${r.scheme.shortTitle.zh} · 自动识别`).waitFor();
    await pane.getByText(`校验完成：${r.counts.errors} 处错误，${r.counts.warnings} 处警告`).waitFor();
    // Categories compete for a final list: no "over quota" for listing more cases than it holds.
    await pane.getByRole("heading", { name: "各类别入选终审" }).waitFor();
    await expect(pane.getByText("超过名额").count()).resolves.toBe(0);
    // Both lines of each category that needs attention: 初选 dashed, 终审 solid, and their tie.
    await pane.getByText("终审线并列").first().waitFor();
    await expect(pane.locator('[data-line="shortlist"]').count()).resolves.toBeGreaterThan(0);
    await expect(pane.locator('[data-line="final"]').count()).resolves.toBeGreaterThan(0);
    await pane.getByRole("tab", { name: /^问题/ }).click();
    await pane.getByText(/跨越终审线（10 个）/).first().waitFor();
    await shot("6-upload");
  });

  it("works from the keyboard alone: Tab to 校验, arrows to the overflow menu, 发送前检查", async () => {
    const focused = () => paneFrame().evaluate("document.activeElement ? document.activeElement.textContent : ''") as Promise<string>;
    const press = async (key: string, until: (text: string) => boolean) => {
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press(key);
        if (until(await focused())) return;
      }
      throw new Error(`${key} never reached the control; focus is on "${await focused()}"`);
    };
    // Start as a reviewer does: the pane just opened, focus at its top.
    await paneFrame().evaluate("location.reload()");
    await pane.getByRole("button", { name: "校验" }).waitFor();
    await page.locator("#pane").focus();
    await press("Tab", (t) => t === "校验");
    await page.keyboard.press("Enter");
    await pane.getByText(/^校验完成/).waitFor();
    await press("ArrowRight", (t) => t === "");
    await expect(paneFrame().evaluate("document.activeElement.getAttribute('aria-label')")).resolves.toBe("更多操作");
    await page.keyboard.press("Enter");
    await press("ArrowDown", (t) => t === "发送前检查");
    await page.keyboard.press("Enter");
    await pane.getByText(/^发送前检查：/).first().waitFor();
    await shot("7-keyboard");
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const axe = readFileSync(AXE, "utf8");
    const frame = paneFrame();
    await frame.evaluate(axe);
    const inPane = (await frame.evaluate("axe.run(document).then((r) => r.violations)")) as AxeViolation[];
    await page.evaluate(axe);
    const onPage = (await page.evaluate("axe.run(document, { exclude: [['#pane']] }).then((r) => r.violations)")) as AxeViolation[];
    const serious = withoutTabsterSentinels([...inPane, ...onPage]).filter((v) => v.impact === "serious" || v.impact === "critical");
    const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(report).toEqual([]);
  });

  it("fetches the scheme checker (zod) only when a custom scheme is chosen, and applies it", async () => {
    const fetched = () => paneFrame().evaluate("performance.getEntriesByType('resource').map((e) => e.name)") as Promise<string[]>;
    // Checks, fills and the checklist so far ran on built-in schemes: the checker's chunk was never fetched.
    expect((await fetched()).filter((n) => /scheme-checker|zod/.test(n))).toEqual([]);
    const pilot = JSON.stringify({ extends: "chuangxin-2021", shortTitle: { zh: "试点方案", en: "Pilot" }, minExperts: 2 });
    await pane.locator('[data-testid="scheme-file"]').setInputFiles({ name: "pilot.json", mimeType: "application/json", buffer: Buffer.from(pilot) });
    await pane.getByText(/方案来自工作簿：试点方案（[0-9a-f]{8}）/).first().waitFor();
    await pane.getByText("与内置方案 chuangxin-2021 的不同：　minExperts 3 → 2").waitFor();
    expect((await fetched()).filter((n) => /scheme-checker/.test(n))).toHaveLength(1);
    await pane.getByRole("button", { name: "校验", exact: true }).click();
    await pane.getByText(/^校验完成/).first().waitFor();
  });
});
