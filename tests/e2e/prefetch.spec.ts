// After the first chart, the page fetches the other views' chunks and the ECharts parts they draw
// one after another (src/views/prefetch.ts), so no tab's first visit waits for a download; none of
// it is requested before the first chart is on screen, and a busy page does not hold it back.
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

// Every step of the prefetch (src/views/prefetch.ts CODE_STEPS), so none is still under way
// when the test counts the requests a click makes.
const CHUNKS = [
  /TrendsView/,
  /RankingView/,
  /CompletenessView/,
  /ShortcomingsView/,
  /TableMount/,
  /LevelsView/,
  /heatmap/,
  /\/bar-/,
];

test("the views' chunks and chart parts arrive after the first chart, without a click", async ({ page }) => {
  const requested: { url: string }[] = [];
  page.on("request", (r) => requested.push({ url: r.url() }));
  await openApp(page, "ds=samples");
  await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0);
  for (const chunk of CHUNKS)
    await expect.poll(() => requested.some((r) => chunk.test(r.url)), { timeout: 20_000 }).toBe(true);
  // The overview stays the only view on screen: prefetching renders nothing.
  await expect(page.getByTestId("tab-overview")).toHaveAttribute("aria-selected", "true");
  // Then the first visit to 问题 finds its code here: no further script request.
  const before = requested.length;
  await page.getByTestId("tab-shortcomings").click();
  await expect(page.getByTestId("view-shortcomings")).toBeVisible();
  const after = requested.slice(before).filter((r) => /\.js(\?|$)/.test(r.url));
  expect(after.map((r) => r.url)).toEqual([]);
  // Nothing of it was requested before the first chart: both times on the page's own clock (resource
  // timing and the mark), so a loaded machine's polling gap cannot blur them.
  const { chartAt, starts } = await page.evaluate(() => ({
    chartAt: performance.getEntriesByName("first-chart")[0]?.startTime ?? Infinity,
    starts: performance.getEntriesByType("resource").map((e) => ({ url: e.name, at: e.startTime })),
  }));
  for (const chunk of CHUNKS) {
    const first = starts.find((r) => chunk.test(r.url));
    expect(first, `${chunk} in resource timing`).toBeDefined();
    expect(first?.at ?? 0).toBeGreaterThanOrEqual(chartAt);
  }
  // In the order people open the tabs (趋势 first: the likeliest first click), each view's ECharts
  // part just before the view that first draws it.
  const order = [/TrendsView/, /RankingView/, /\/bar-/, /CompletenessView/, /heatmap/, /ShortcomingsView/];
  const at = order.map((chunk) => starts.find((r) => chunk.test(r.url))?.at ?? NaN);
  expect(at.every((t, i) => i === 0 || t >= (at[i - 1] as number))).toBe(true);
});

test("a page kept busy every frame still fetches the views' code", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  // From the first chart on, every frame does 14 ms of work: no idle slot has time for a step.
  await page.addInitScript(() => {
    new PerformanceObserver(() => {
      const spin = () => {
        const t = performance.now();
        while (performance.now() - t < 14);
        requestAnimationFrame(spin);
      };
      requestAnimationFrame(spin);
    }).observe({ type: "mark" });
  });
  await openApp(page, "ds=samples");
  for (const chunk of CHUNKS)
    await expect.poll(() => requested.some((u) => chunk.test(u)), { timeout: 20_000 }).toBe(true);
});
