// After the first chart, the page fetches the other views' chunks and the ECharts parts they draw
// in idle time (src/views/prefetch.ts), so no tab's first visit waits for a download; none of it
// is requested before the first chart is on screen.
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

// Every step of the prefetch (src/views/prefetch.ts PREFETCH_STEPS), so none is still under way
// when the test counts the requests a click makes.
const CHUNKS = [
  /TrendsView/,
  /RankingView/,
  /CompletenessView/,
  /ShortcomingsView/,
  /TableMount/,
  /LevelsView/,
  /heatmap/,
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
  // Nothing of it was requested before the first chart: each chunk's fetch starts after the mark,
  // both read on the page's own clock (resource timing), so no poll gap enters the comparison.
  const starts = await page.evaluate(
    (sources) => {
      const mark = performance.getEntriesByName("first-chart")[0]?.startTime ?? Infinity;
      const loads = performance.getEntriesByType("resource");
      return sources.map((src) => {
        const first = loads.find((e) => new RegExp(src).test(e.name));
        return { src, afterMark: first !== undefined && first.startTime >= mark };
      });
    },
    CHUNKS.map((c) => c.source),
  );
  expect(starts).toEqual(CHUNKS.map((c) => ({ src: c.source, afterMark: true })));
});
