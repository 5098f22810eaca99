/** The playground open in Debian's Chromium with the pane ready: where every browser suite starts. */
import type { FrameLocator, Page } from "playwright-core";
import { launchChromium, type LaunchedBrowser } from "../../tools/playground/chromium";
import { startPlayground, type Playground } from "../../tools/playground/server";

export interface OpenPane {
  pg: Playground;
  browser: LaunchedBrowser;
  page: Page;
  pane: FrameLocator;
}

/** `ready`: the pane's button whose appearance says the pane has loaded. */
export async function openPane(opts: { file?: string; height?: number; ready?: string } = {}): Promise<OpenPane> {
  const pg = await startPlayground({ port: 0, ...(opts.file ? { file: opts.file } : {}) });
  let browser: LaunchedBrowser | undefined;
  try {
    browser = await launchChromium({ width: 1280, height: opts.height ?? 860 });
    const page = await browser.context.newPage();
    await page.goto(pg.url);
    const pane = page.frameLocator("#pane");
    await pane.getByRole("button", { name: opts.ready ?? "填写结果" }).waitFor();
    return { pg, browser, page, pane };
  } catch (e) {
    // A suite whose setup failed never gets these to close: a live server would keep jest waiting.
    await closePane({ pg, browser });
    throw e;
  }
}

export async function closePane(o: Partial<Pick<OpenPane, "pg" | "browser">>): Promise<void> {
  await o.browser?.close();
  await o.pg?.close();
}
