// The page loads, renders the shell, logs no console error and asks nothing of another origin
// (the fixture fails the test on either).
import { gzipSync } from "node:zlib";
import { expect, openApp, test } from "./fixtures";

test("the dashboard loads with no console error and no foreign request", async ({ page }) => {
  await openApp(page);
  // The title names the view first (store/title.ts), then the product.
  await expect(page).toHaveTitle(/^概览 · .+ — 法治政府建设年报看板$/);
  await expect(page.getByRole("heading", { name: "法治政府建设年报看板" })).toBeVisible();
  await expect(page.getByTestId("tab-overview")).toHaveAttribute("aria-selected", "true");
});

test("first paint is light: the page's own scripts stay under budget and hold no chart, table or pinyin code", async ({
  page,
  request,
}) => {
  const html = await (await request.get("./")).text();
  const all = [...html.matchAll(/(?:src|href)="\.\/(assets\/[\w.-]+\.js)"/g)].map((m) => m[1]!);
  // The chart component and ECharts' core are preloaded in parallel with the entry (the first chart
  // must not wait behind a chain of lazy loads); they are the only chart code the page names.
  const chartFiles = [
    ...html.matchAll(/<link rel="modulepreload" crossorigin="" href="\.\/(assets\/[\w.-]+\.js)"/g),
  ].map((m) => m[1]!);
  expect(chartFiles.some((f) => /echarts-/.test(f))).toBe(true);
  const files = all.filter((f) => !chartFiles.includes(f));
  expect(files.length).toBeGreaterThan(0);
  // The libraries load in chunks of their own, on demand; the data sets are data files, not code.
  for (const f of all) expect(f).not.toMatch(/esm-|TableMount|xlsx|deckPptx|reports-|bar-|heatmap-|svg-/);
  let bytes = 0;
  for (const f of files) {
    const code = await (await request.get(`./${f}`)).text();
    bytes += gzipSync(code).byteLength;
    expect(code, f).not.toContain("echarts/lib");
    expect(code, f).not.toContain("ExcelJS");
  }
  // The first-paint budget (issue 9): at most 150 kB of gzipped JS before the chart code, which
  // loads in parallel. ≈100 kB today (React, the store, the shell, the overview); was 518 kB.
  expect(bytes).toBeLessThan(150 * 1024);

  // The tiles show while ECharts is still on its way; the chart follows.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/echarts-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page, "ds=demo");
  await expect(page.getByTestId("tile-disputes_handled")).toBeVisible();
  await expect(page.getByTestId("view-overview").getByRole("status")).toHaveText("正在载入图表…");
  release();
  await expect(page.getByTestId("chart-overview-key-trends").locator("canvas")).toBeVisible();
});

test("a view opened for the first time says it is loading, then shows", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/RankingView-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./#view=ranking");
  await expect(page.getByRole("status").filter({ hasText: "正在载入视图…" })).toBeVisible();
  release();
  await expect(page.getByTestId("view-ranking")).toBeVisible();
});
