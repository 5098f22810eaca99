/**
 * 导入工作簿 and 发送前检查 with the 校验记录 stamp, in the playground in Debian's Chromium: the
 * real pane, Microsoft's Office.js runtime, the local host. Screenshots go to test-artifacts/;
 * the user guide's picture (docs/import.png) is the pane after an import.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { FrameLocator, Page } from "playwright-core";
import { createXlsx } from "../../src/xlsx";
import { CHROMIUM, type LaunchedBrowser } from "../../tools/playground/chromium";
import { closePane, openPane } from "./open";
import type { Playground } from "../../tools/playground/server";
import { describeWithTool } from "../helpers/tools";
import { chamberFile, chamberSheets } from "../intake/sources";
import { biff5Book, sheetjsBook } from "../../scripts/hostile/legacy";
import { goodBook } from "../preflight/fixtures";
import { type PlanValue } from "../../src/core";
import { gridToValues } from "../../src/core/testing";

const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");
const DOCS = join(__dirname, "..", "..", "docs");

describeWithTool(CHROMIUM, "the import and pre-send browser test")("导入工作簿 and 发送前检查 in Chromium", () => {
  let pg: Playground;
  let browser: LaunchedBrowser;
  let page: Page;
  let pane: FrameLocator;
  let dir: string;
  /** Every script the page fetched, by path. */
  const fetched: string[] = [];
  /** The .xls/.ods reader's chunks: its own, and SheetJS's. */
  const reader = (url: URL | string) => /legacy-reader|e965/.test(typeof url === "string" ? url : url.pathname);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "ra-browser-intake-"));
    writeFileSync(join(dir, "乙商会.xlsx"), chamberFile("四川省乙商会", 495, { 5: 5 }));
    writeFileSync(join(dir, "坏文件.xlsx"), "这不是工作簿");
    writeFileSync(join(dir, "good.xlsx"), createXlsx(goodBook().map((g) => ({ name: g.name, values: gridToValues(g) as PlanValue[][], merges: g.merges ?? [], widths: [] }))));
    writeFileSync(join(dir, "丙商会.xls"), sheetjsBook(chamberSheets("四川省丙商会", 490, { 5: 0 }), "biff8"));
    writeFileSync(join(dir, "丁商会-95.xls"), biff5Book(chamberSheets("四川省丁商会", 500).map((s) => ({ name: s.name, rows: s.values }))));
    ({ pg, browser, page, pane } = await openPane());
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  }, 240_000);

  afterAll(async () => {
    await closePane({ pg, browser });
    rmSync(dir, { recursive: true, force: true });
  });

  it("says so when the import dialog's chunk cannot be fetched, and 重试 brings the dialog once the network is back", async () => {
    // Every script of the pane but the entry (pane.js) and the grid's page: the lazily loaded parts.
    const chunk = (url: URL) => url.pathname.startsWith("/bundle/") && !/\/(pane|grid)\.js$/.test(url.pathname);
    await page.route(chunk, (route) => route.abort("internetdisconnected"));
    await pane.getByRole("button", { name: "更多操作" }).click();
    await pane.getByRole("menuitem", { name: "导入工作簿…" }).click();
    const failed = pane.getByRole("alert").filter({ hasText: "窗格的这一部分没能从加载项的服务器载入（可能是网络中断）" });
    await failed.waitFor();
    await expect(failed.getByRole("button", { name: "重试" }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.unroute(chunk);
    await failed.getByRole("button", { name: "重试" }).click();
    const dialog = pane.getByRole("dialog", { name: "导入工作簿" });
    await dialog.waitFor();
    expect(await failed.count()).toBe(0);
    await dialog.getByRole("button", { name: "关闭" }).click();
    await dialog.waitFor({ state: "hidden" });
  });

  it("imports a chamber's workbook, skips a broken one with its reason, and lists the new chamber", async () => {
    await pane.getByRole("button", { name: "更多操作" }).click();
    await pane.getByRole("menuitem", { name: "导入工作簿…" }).click();
    const dialog = pane.getByRole("dialog", { name: "导入工作簿" });
    await dialog.waitFor();
    await dialog.getByTestId("import-files").setInputFiles([join(dir, "乙商会.xlsx"), join(dir, "坏文件.xlsx")]);
    await dialog.getByText("已选择 2 个文件").waitFor();
    await dialog.getByRole("button", { name: "开始导入" }).click();
    await dialog.getByText("已导入 1 个文件，跳过 1 个。请点击\"校验\"查看结果。").waitFor({ timeout: 60_000 });
    await dialog.getByText(/^无法读取：/).waitFor();
    const names = pg.workbook().host.sheetNames();
    expect(names).toContain("四川省乙商会");
    expect(names).toContain("来源清单");
    await page.screenshot({ path: join(ARTIFACTS, "intake-1-import.png") });
    await page.locator("#pane").screenshot({ path: join(DOCS, "import.png") });
    await dialog.getByRole("button", { name: "关闭" }).click();
    // The pane checks the workbook again after an import: the new chamber is in the results.
    await pane.getByText("四川省乙商会").first().waitFor();
    // Only .xlsx files so far: the .xls/.ods reader was never fetched.
    expect(fetched.filter(reader)).toEqual([]);
  });

  it("an .xls: its reader is fetched only then; when it cannot be, the dialog says so, and 重试 imports the file once it can", async () => {
    await page.route(reader, (route) => route.abort("internetdisconnected"));
    await pane.getByRole("button", { name: "更多操作" }).click();
    await pane.getByRole("menuitem", { name: "导入工作簿…" }).click();
    const dialog = pane.getByRole("dialog", { name: "导入工作簿" });
    await dialog.waitFor();
    await dialog.getByTestId("import-files").setInputFiles([join(dir, "丙商会.xls")]);
    await dialog.getByText("已选择 1 个文件").waitFor();
    await dialog.getByRole("button", { name: "开始导入" }).click();
    const failed = dialog.getByRole("alert").filter({ hasText: "读取 .xls、WPS 表格和 .ods 文件的部分没能从加载项的服务器载入（可能是网络中断），导入已停止" });
    await failed.waitFor({ timeout: 60_000 });
    expect(pg.workbook().host.sheetNames()).not.toContain("四川省丙商会");
    await page.unroute(reader);
    await failed.getByRole("button", { name: "重试" }).click();
    await dialog.getByText("已导入 1 个文件。请点击\"校验\"查看结果。").waitFor({ timeout: 60_000 });
    await dialog.getByText("原文件是 Excel 97-2003 工作簿（.xls）：导入了数值和合并单元格，未带格式").waitFor();
    expect(pg.workbook().host.sheetNames()).toContain("四川省丙商会");
    expect(fetched.some((p) => /legacy-reader/.test(p)) && fetched.some((p) => /e965/.test(p))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, "intake-3-xls.png") });
    await dialog.getByRole("button", { name: "关闭" }).click();
    await dialog.waitFor({ state: "hidden" });
    // Code pages are for Excel 95 files only.
    expect(fetched.filter((p) => /legacy-codepages/.test(p))).toEqual([]);
  });

  it("an Excel 95 file in GBK: the code pages are fetched for it, and its Chinese names read", async () => {
    await pane.getByRole("button", { name: "更多操作" }).click();
    await pane.getByRole("menuitem", { name: "导入工作簿…" }).click();
    const dialog = pane.getByRole("dialog", { name: "导入工作簿" });
    await dialog.getByTestId("import-files").setInputFiles([join(dir, "丁商会-95.xls")]);
    await dialog.getByText("已选择 1 个文件").waitFor();
    await dialog.getByRole("button", { name: "开始导入" }).click();
    await dialog.getByText("已导入 1 个文件。请点击\"校验\"查看结果。").waitFor({ timeout: 60_000 });
    expect(pg.workbook().host.sheetNames()).toContain("四川省丁商会");
    expect(fetched.some((p) => /legacy-codepages/.test(p))).toBe(true);
    await dialog.getByRole("button", { name: "关闭" }).click();
    await dialog.waitFor({ state: "hidden" });
  });

  it("发送前检查 on a complete file: 可以发送, the stamp is written, and 校验 says the workbook matches it", async () => {
    await page.locator('#top input[type="file"]').setInputFiles(join(dir, "good.xlsx"));
    await page.locator("#top .file", { hasText: "good.xlsx" }).waitFor();
    await pane.getByRole("button", { name: "更多操作" }).click();
    await pane.getByRole("menuitem", { name: "发送前检查" }).click();
    await pane.getByText("发送前检查：可以发送").first().waitFor();
    await pane.getByRole("button", { name: "写入校验记录" }).click();
    await pane.getByText('已写入校验记录（工作表"校验记录"）。接收方校验时会核对内容是否改动。').waitFor();
    await page.getByRole("tab", { name: "校验记录" }).waitFor();
    await pane.getByRole("button", { name: "校验", exact: true }).click();
    await pane.getByText(/与发送前校验一致（校验时间 .*，评审助手 1\.0\.0）/).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "intake-2-stamp.png") });
  });
});
