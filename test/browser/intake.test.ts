/**
 * 导入工作簿 and 发送前检查 with the 校验记录 stamp, in the playground in Debian's Chromium: the
 * real pane, Microsoft's Office.js runtime, the local host. Screenshots go to test-artifacts/;
 * the README's picture (docs/import.png) is the pane after an import.
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
import { chamberFile } from "../intake/sources";
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

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "ra-browser-intake-"));
    writeFileSync(join(dir, "乙商会.xlsx"), chamberFile("四川省乙商会", 495, { 5: 5 }));
    writeFileSync(join(dir, "坏文件.xlsx"), "这不是工作簿");
    writeFileSync(join(dir, "good.xlsx"), createXlsx(goodBook().map((g) => ({ name: g.name, values: gridToValues(g) as PlanValue[][], merges: g.merges ?? [], widths: [] }))));
    ({ pg, browser, page, pane } = await openPane());
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
