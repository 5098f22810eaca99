/**
 * Regenerates docs/playground.png: the sample workbook after 填写结果, the pane beside it; with
 * `--results`, docs/results.png: the results view after 校验 (the pane's results table).
 * `npx tsx tools/playground/screenshot.ts [out.png] [--results] [--theme dark] [--lang en]`
 */
import { join } from "path";
import { launchChromium } from "./chromium";
import { startPlayground } from "./server";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const results = args.includes("--results");
  const out = args.find((a) => a.endsWith(".png")) ?? join(__dirname, "..", "..", "docs", results ? "results.png" : "playground.png");
  const theme = args.includes("--theme") ? args[args.indexOf("--theme") + 1] : "light";
  const lang = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : "zh";
  const pg = await startPlayground({ port: 0 });
  const browser = await launchChromium({ width: 1280, height: results ? 1000 : 800 });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${pg.url}?theme=${theme}&lang=${lang}`);
    const pane = page.frameLocator("#pane");
    const fill = lang === "en" ? "Fill results" : "填写结果";
    const check = lang === "en" ? "Check" : "校验";
    await pane.getByRole("button", { name: results ? check : fill }).click();
    await pane.locator('[role="status"], .fui-MessageBar').first().waitFor();
    await page.locator("#grid td[data-cell]").first().waitFor();
    // No tooltip of the button just pressed over the picture.
    await page.mouse.move(400, 600);
    await page.frames().find((f) => f.url().includes("/pane.html"))?.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.waitForTimeout(500);
    await page.screenshot({ path: out });
    console.log(`saved ${out}`);
  } finally {
    await browser.close();
    await pg.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
