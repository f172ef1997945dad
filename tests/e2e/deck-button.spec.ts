// 生成简报 (and the other header controls) stay on one row at laptop widths, whatever the county
// select shows: at 1366 px it used to wrap under the bar when a county was chosen on the samples.
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

for (const width of [1280, 1366, 1920]) {
  for (const hash of [
    "view=overview&ds=samples",
    "view=overview&ds=samples&county=城口县",
    "view=overview&ds=demo",
  ]) {
    test(`header on one row at ${width} px: ${hash}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openApp(page, hash);
      const briefing = page.locator("[data-testid=briefing] .xp-button");
      await expect(briefing).toBeEnabled();
      const boxes = await Promise.all(
        [briefing, page.getByTestId("import-open"), page.getByTestId("dataset-switch")].map(
          async (l) => (await l.boundingBox())!,
        ),
      );
      const mid = (b: { y: number; height: number }) => b.y + b.height / 2;
      for (const b of boxes) expect(Math.abs(mid(b) - mid(boxes[0]!))).toBeLessThan(4);
      // Inside the page, and the header no taller than one row of controls.
      expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(width);
      const header = (await page.locator(".app-header").boundingBox())!;
      expect(header.height).toBeLessThan(64);
      // The button's label on one line.
      expect(boxes[0]!.height).toBeLessThan(40);
    });
  }
}
