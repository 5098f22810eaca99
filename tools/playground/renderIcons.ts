/**
 * Renders assets/icon.svg to the PNG sizes the manifest names (16/32/64/80). Run by hand
 * after changing the drawing: `npx tsx tools/playground/renderIcons.ts`.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { launchChromium } from "./chromium";

const ASSETS = join(__dirname, "..", "..", "assets");
const SIZES = [16, 32, 64, 80];

async function main(): Promise<void> {
  const svg = readFileSync(join(ASSETS, "icon.svg"), "utf8");
  const { context, close } = await launchChromium();
  try {
    const page = await context.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" width="${size}" height="${size}"></body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(join(ASSETS, `icon-${size}.png`), png);
    }
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
