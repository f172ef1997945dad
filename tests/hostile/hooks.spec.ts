// Test hooks (window.__charts, window.__chartInstances) let browser tests read what a chart drew.
// The build that is tested is the build that ships, so the hooks must be unreachable in it unless a
// test asks for them before the page loads (tests/e2e/fixtures.ts sets the flag by an init script).
import { chart } from "../e2e/charts";
import { expect, openApp, test } from "../e2e/fixtures";

test.setTimeout(60_000);

test("a page opened as a user opens it has no test hooks", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("./#view=trends&ds=demo");
  await page.locator("[data-chart-id=trends] canvas").first().waitFor();
  const hooks = await page.evaluate(() =>
    ["__charts", "__chartInstances", "__dashTestHooks"].filter((k) => k in window),
  );
  expect(hooks).toEqual([]);
  await context.close();
});

test("the browser tests' init script turns them on", async ({ page }) => {
  await openApp(page, "view=trends&ds=demo");
  const option = await chart(page, "trends");
  expect(option.series?.length).toBeGreaterThan(0);
});
