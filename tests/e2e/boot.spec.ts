// The boot path (src/main.tsx, scripts/build/prefetch.ts, scripts/build/preloadCharts.ts): the data
// file downloads with the page, and nothing the first chart needs waits behind a lazy load.
import { chart } from "./charts";
import { expect, openApp, test } from "./fixtures";

test("the data file starts downloading while the page is parsed, once", async ({ page }) => {
  await openApp(page, "ds=samples");
  await expect(page.getByTestId("chart-overview-key-trends").locator("canvas")).toBeVisible();
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const records = performance
      .getEntriesByType("resource")
      .filter((e) => /\/assets\/samples\.records-[\w-]+\.json$/.test(e.name))
      .map((e) => ({ start: e.startTime, by: (e as PerformanceResourceTiming).initiatorType }));
    return { records, domInteractive: nav.domInteractive };
  });
  // One download (the app's fetch took over the preload), started by the prefetch script's link
  // before the parser finished — not by the app after its scripts ran.
  expect(r.records).toHaveLength(1);
  expect(r.records[0]?.by).toBe("link");
  expect(r.records[0]?.start).toBeLessThan(r.domInteractive);
});

test("before the first chart the page loads only files its HTML names, and the data", async ({
  page,
  request,
}) => {
  const html = await (await request.get("./")).text();
  const named = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[\w.-]+)"/g)].map((m) => m[1]!));
  await openApp(page, "ds=samples");
  await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0);
  const before = await page.evaluate(() => {
    const at = performance.getEntriesByName("first-chart")[0]?.startTime ?? 0;
    return performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime < at)
      .map((e) => new URL(e.name).pathname.replace(/^.*\/(assets\/)/, "$1"));
  });
  const unnamed = before.filter((f) => !named.has(f) && !/^assets\/samples\.records-/.test(f));
  expect(unnamed).toEqual([]);
  // Only ECharts' core before the first chart: bar, heatmap, visualMap, dataZoom and SVG come later.
  expect(before.filter((f) => /assets\/(bar|heatmap|visualMap|dataZoom|svg)-/.test(f))).toEqual([]);
});

test("a data set that loads slowly still gets the shell on screen, then its first chart", async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/demo\.records-[\w-]+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./#ds=demo");
  // The first render does not wait for the data for ever (main.tsx: FIRST_SCREEN_WAIT_MS).
  await expect(page.getByRole("heading", { name: "法治政府建设年报看板" })).toBeVisible();
  await expect(page.locator("main .loading[role=status]")).toBeVisible();
  release();
  await expect(page.getByTestId("chart-overview-key-trends").locator("canvas")).toBeVisible();
});

test("the first chart is drawn for the data set the address names", async ({ page }) => {
  for (const [ds, label] of [
    ["samples", "样本报告（5份真实报告）"],
    ["demo", "示例县（虚构示例数据）"],
  ] as const) {
    await page.goto("about:blank"); // a fresh page each time, not a change of the address's hash
    await openApp(page, `ds=${ds}`);
    // The source line drawn in the chart names the data set.
    expect(JSON.stringify(await chart(page, "overview-key-trends"))).toContain(`（${label}）`);
  }
});

test("an address without ds= opens the workspace's start screen and fetches no data file", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.getByTestId("start-screen")).toBeVisible();
  const records = await page.evaluate(() =>
    performance.getEntriesByType("resource").filter((e) => /\.records-[\w-]+\.json$/.test(e.name)),
  );
  expect(records).toEqual([]);
});

test("a data file that fails to load says so in Chinese after the preload took it", async ({
  page,
  guards,
}) => {
  await page.route(/\/assets\/samples\.records-[\w-]+\.json$/, (route) =>
    route.fulfill({ status: 404, body: "not here" }),
  );
  await page.goto("./#ds=samples");
  await expect(page.getByTestId("load-error")).toContainText("读取数据文件失败（HTTP 404）");
  // The shell still stands: the header and the way to the other data sets.
  await expect(page.getByRole("heading", { name: "法治政府建设年报看板" })).toBeVisible();
  await expect(page.getByTestId("dataset-demo")).toBeVisible();
  // Chromium logs the 404 on the console; that one error is the point of this test.
  expect(guards.consoleErrors.every((e) => /404/.test(e))).toBe(true);
  guards.consoleErrors.length = 0;
});

test("an unknown ds= opens the first bundled data set", async ({ page }) => {
  await page.goto("./#ds=nosuchset");
  await page.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
  expect(JSON.stringify(await chart(page, "overview-key-trends"))).toContain("（样本报告（5份真实报告））");
});

test("the chart's data table is built a task after the first chart, not before it", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as { __tableAtFirstChart?: boolean };
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, opts?: PerformanceMarkOptions) => {
      if (name === "first-chart") w.__tableAtFirstChart = document.querySelector(".chart-data") !== null;
      return mark(name, opts);
    };
  });
  await openApp(page, "ds=samples");
  await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0);
  expect(await page.evaluate(() => (window as { __tableAtFirstChart?: boolean }).__tableAtFirstChart)).toBe(
    false,
  );
  // Then it is there, for screen readers, find-in-page and print.
  await expect(page.getByTestId("chart-table-overview-key-trends").locator("tbody tr")).toHaveCount(4);
});
