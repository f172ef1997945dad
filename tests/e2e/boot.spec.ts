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

/** What the page saw when the first chart was drawn, and after: recorded by an init script. */
interface Seen {
  /** At the "first-chart" mark: had React rendered the overview? */
  reactAtFirstChart?: boolean;
  /** The chart's canvas element and its box on screen at that mark, and once the app is ready. */
  canvasAtFirstChart?: Element | null;
  rectAtFirstChart?: { x: number; y: number; width: number; height: number };
  /** setOption calls on the boot's instance after its own drawing. */
  setsAfterBoot?: number;
  /** Sum of layout-shift scores (CLS-like) from the start of the page. */
  shift?: number;
}

async function watchBoot(page: import("@playwright/test").Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __seen: Seen; __bootChart?: unknown };
    const seen: Seen = { shift: 0 };
    w.__seen = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.shift! += (e as unknown as { value: number }).value;
    }).observe({ type: "layout-shift", buffered: true });
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, opts?: PerformanceMarkOptions) => {
      if (name === "first-chart" && seen.reactAtFirstChart === undefined) {
        seen.reactAtFirstChart = document.querySelector("[data-testid=view-overview]") !== null;
        const canvas = document.querySelector("[data-chart-id] canvas, #boot-trends canvas");
        seen.canvasAtFirstChart = canvas;
        const r = canvas?.getBoundingClientRect();
        if (r) seen.rectAtFirstChart = { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return mark(name, opts);
    };
    // The boot hands its instance over right after its own setOption: count any later one.
    let boot: { setOption: (...a: unknown[]) => unknown } | undefined;
    Object.defineProperty(w, "__bootChart", {
      configurable: true,
      get: () => boot,
      set: (c: { setOption: (...a: unknown[]) => unknown }) => {
        boot = c;
        seen.setsAfterBoot = 0;
        const set = c.setOption.bind(c);
        c.setOption = (...a: unknown[]) => {
          seen.setsAfterBoot! += 1;
          return set(...a);
        };
      },
    });
  });
}

for (const { ds, viewport } of [
  { ds: "samples", viewport: { width: 1366, height: 768 } },
  { ds: "demo", viewport: { width: 1920, height: 1080 } },
]) {
  test(`${ds} at ${viewport.width}×${viewport.height}: the first chart is drawn before React, in its final place, and adopted`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await watchBoot(page);
    await openApp(page, `ds=${ds}`);
    const canvas = page.getByTestId("chart-overview-key-trends").locator("canvas");
    await expect(canvas).toBeVisible();
    // Two frames: anything React's mount would still move has moved.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const r = await page.evaluate(() => {
      const w = window as unknown as {
        __seen: Seen;
        __bootChart?: unknown;
        __chartInstances?: Record<string, unknown>;
      };
      const now = document.querySelector("[data-testid=chart-overview-key-trends] canvas");
      const box = now?.getBoundingClientRect();
      return {
        reactAtFirstChart: w.__seen.reactAtFirstChart,
        sameCanvas: now !== null && now === w.__seen.canvasAtFirstChart,
        sameInstance: !!w.__bootChart && w.__chartInstances?.["overview-key-trends"] === w.__bootChart,
        setsAfterBoot: w.__seen.setsAfterBoot,
        before: w.__seen.rectAtFirstChart,
        after: box && { x: box.x, y: box.y, width: box.width, height: box.height },
        shift: w.__seen.shift,
      };
    });
    // Drawn while the page was still the static first screen: React had rendered nothing.
    expect(r.reactAtFirstChart).toBe(false);
    // React took over that very instance and canvas, and set nothing on it.
    expect(r.sameInstance).toBe(true);
    expect(r.sameCanvas).toBe(true);
    expect(r.setsAfterBoot).toBe(0);
    // Where it was drawn is where it stays: same place, same size, and nothing on the page shifted.
    expect(r.before).toBeDefined();
    expect(r.after).toEqual(r.before);
    expect(r.shift).toBe(0);
    // The chart React adopted is the one the overview builds (its source line names the data set).
    expect(JSON.stringify(await chart(page, "overview-key-trends"))).toContain(
      ds === "samples" ? "（样本报告（5份真实报告））" : "（示例县（虚构示例数据））",
    );
  });
}

test("another view, or a window too narrow for a one-row header: React draws the chart, as before", async ({
  page,
}) => {
  await watchBoot(page);
  await openApp(page, "view=trends&ds=samples");
  await page.waitForFunction(() => performance.getEntriesByName("first-chart").length > 0);
  // The static screen's chart frame was never shown, and no chart was drawn before React.
  expect(await page.evaluate(() => (window as unknown as { __bootChart?: unknown }).__bootChart)).toBe(
    undefined,
  );
  await page.goto("about:blank");
  await page.setViewportSize({ width: 1100, height: 768 });
  await openApp(page, "ds=samples");
  await expect(page.getByTestId("chart-overview-key-trends").locator("canvas")).toBeVisible();
  const r = await page.evaluate(() => {
    const w = window as unknown as { __seen: Seen; __bootChart?: unknown };
    return { react: w.__seen.reactAtFirstChart, boot: w.__bootChart === undefined };
  });
  expect(r).toEqual({ react: true, boot: true });
});
