// A view left and opened again keeps its chart (charts/chartPool.ts): the same ECharts instance,
// its canvas moved back, no new option when nothing changed — yet what it shows is always current:
// a filter changed elsewhere is drawn on return, another data set gets a new instance, and a click
// on a revisited chart still opens its evidence.
import { chart, clickAt, countSetOptions } from "./charts";
import { expect, openApp, test } from "./fixtures";
import type { Page } from "@playwright/test";

test.setTimeout(60_000);

type Tagged = { __tag?: number; setOption: (...a: unknown[]) => unknown; __sets?: number };
type W = { __chartInstances?: Record<string, Tagged> };

/** Tags the live instance of `id` and counts its setOption calls from now on. */
async function tag(page: Page, id: string, n: number): Promise<void> {
  await chart(page, id);
  await countSetOptions(page, "__chartInstances", id, n);
}

const live = (page: Page, id: string) =>
  page.evaluate((i) => {
    const c = (window as unknown as W).__chartInstances?.[i];
    return c ? { tag: c.__tag ?? null, sets: c.__sets ?? null } : null;
  }, id);

async function go(page: Page, view: string): Promise<void> {
  await page.getByTestId(`tab-${view}`).click();
  await expect(page.getByTestId(`view-${view}`)).toBeVisible();
}

test("a revisited view keeps its chart instance and sets no option; a filter changed meanwhile is drawn", async ({
  page,
}) => {
  await openApp(page, "view=ranking&ds=demo&indicator=disputes_handled");
  await tag(page, "ranking", 1);
  const before = await chart(page, "ranking");

  await go(page, "overview");
  // Left: the instance is parked, not exposed as live, its canvas off the page.
  expect(await live(page, "ranking")).toBeNull();
  await go(page, "ranking");
  await chart(page, "ranking");
  expect(await live(page, "ranking")).toEqual({ tag: 1, sets: 0 });
  await expect(page.locator("[data-chart-id=ranking] canvas").first()).toBeVisible();
  expect(await chart(page, "ranking")).toEqual(before);

  // Another indicator chosen on 趋势 while 排名 is not on screen: the same instance draws it on return.
  await go(page, "trends");
  const select = page.getByTestId("indicator-select");
  const values = await select
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const other = values.find((v) => v !== "disputes_handled" && v !== "");
  expect(other).toBeDefined();
  await select.selectOption(other!);
  await go(page, "ranking");
  await expect.poll(async () => (await live(page, "ranking"))?.sets).toBe(1);
  expect((await live(page, "ranking"))?.tag).toBe(1);
  const after = await chart(page, "ranking");
  expect(after).not.toEqual(before);
  await expect(page.getByTestId("indicator-select")).toHaveValue(other!);

  // A click on a mark of the revisited chart opens its evidence.
  const bars = (after.series?.[0]?.data ?? []) as { value: number }[];
  const first = bars.find((b) => typeof b?.value === "number");
  expect(first).toBeDefined();
  // The new option's bars may still be growing (ECharts animates a change): a click that lands
  // beyond a bar's current end is tried again.
  await expect(async () => {
    await clickAt(page, "ranking", { seriesIndex: 0 }, [first!.value / 2, bars.indexOf(first!)]);
    await expect(page.getByTestId("evidence-panel")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
});

test("another data set gets a new chart instance", async ({ page }) => {
  await openApp(page, "view=ranking&ds=demo&indicator=disputes_handled");
  await tag(page, "ranking", 7);
  await go(page, "overview");
  await page.getByTestId("dataset-samples").click();
  await expect(page.getByTestId("view-overview")).toBeVisible();
  await go(page, "ranking");
  await chart(page, "ranking");
  await expect.poll(async () => (await live(page, "ranking"))?.tag ?? "new").toBe("new");
});

test("a chart is aria-busy until its option is drawn, e.g. while its ECharts part downloads", async ({
  page,
}) => {
  // Hold the bar chart's part back (the prefetch asks for it too) until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/bar-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page, "ds=demo");
  await go(page, "ranking");
  const box = page.locator('[data-chart-id="ranking"]');
  await expect(box).toHaveAttribute("aria-busy", "true");
  release();
  await expect(box).not.toHaveAttribute("aria-busy");
  expect((await chart(page, "ranking")).series?.[0]?.type).toBe("bar");
  // A revisit draws nothing new and is never busy.
  await go(page, "overview");
  await go(page, "ranking");
  await expect(box).not.toHaveAttribute("aria-busy");
});
