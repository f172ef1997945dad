// Journeys through the dashboard on both bundled data sets. Assertions read what is drawn from the
// chart options the app exposes (window.__charts) and click marks where ECharts draws them
// (window.__chartInstances + convertToPixel), so they test the picture, not only the DOM.
import type { Page } from "@playwright/test";
import { chart, clickAt, demoReports, type Json } from "./charts";
import { expect, openApp, test } from "./fixtures";

interface Obs {
  id: string;
  evidence: { text: string };
}
interface Report {
  id: string;
  indicators: Obs[];
  shortcomings: { text: string }[];
}
const demo = demoReports<Report>();

/** Clicks the mark of series `si` at data coordinates `value`, where ECharts drew it. */
const clickMark = (page: Page, id: string, si: number, value: unknown[]) =>
  clickAt(page, id, { seriesIndex: si }, value);

const graphicTexts = (o: Json) =>
  ((o.graphic as { style?: { text?: string } }[]) ?? []).map((g) => g.style?.text);
const names = (o: Json) => (o.series ?? []).map((s) => s.name as string);

const CHART_OF: Record<string, string[]> = {
  overview: ["overview-key-trends"],
  trends: ["trends"],
  ranking: ["ranking"],
  completeness: ["completeness-indicator", "completeness-year"],
  shortcomings: ["shortcomings-matrix", "shortcomings-by-year"],
};

for (const ds of ["samples", "demo"] as const) {
  test(`every view renders on the ${ds} data set`, async ({ page }) => {
    await openApp(page);
    await page.getByTestId(`dataset-${ds}`).click();
    await page.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
    await expect(page.getByTestId("fictional-badge")).toHaveCount(ds === "demo" ? 1 : 0);
    for (const view of [
      "overview",
      "trends",
      "ranking",
      "completeness",
      "shortcomings",
      "table",
      "dictionary",
    ]) {
      await page.getByTestId(`tab-${view}`).click();
      await expect(page.getByTestId(`view-${view}`)).toBeVisible();
      expect(page.url()).toContain(view === "overview" ? "" : `view=${view}`);
      for (const id of CHART_OF[view] ?? []) {
        const o = await chart(page, id);
        expect((o.series ?? []).length, `${id} has series`).toBeGreaterThan(0);
        expect(graphicTexts(o).includes("虚构示例数据"), `${id} fictional mark`).toBe(ds === "demo");
      }
    }
  });
}

test("trends: townships are lines; search by pinyin initials; gaps are null, never 0", async ({ page }) => {
  // One county chosen, so the reference line is the county median.
  await openApp(page, "view=trends&ds=demo&county=示例县");
  const o = await chart(page, "trends");
  const townships = names(o).filter((n) => n !== "全县中位数");
  expect(townships.length).toBeGreaterThan(5);
  expect(names(o)).toContain("全县中位数");
  for (const s of o.series ?? []) expect(s.connectNulls).toBe(false);
  // A point without a figure is null, never 0.
  const points = (o.series ?? []).flatMap(
    (s) => (s.data as { value: [string, number | null]; point?: { status: string } }[]) ?? [],
  );
  const gaps = points.filter((p) => p.point && p.point.status !== "stated" && p.point.status !== "zero");
  expect(gaps.length).toBeGreaterThan(0);
  for (const g of gaps) expect(g.value[1]).toBeNull();

  await page.getByTestId("township-search").fill("bl");
  await expect(page.getByTestId("township-list").locator("li")).toHaveText([/白鹭镇/]);
  await page.getByTestId("pick-none").click();
  await expect(page.getByTestId("view-trends")).toContainText("请在左侧选择乡镇");
  await page.getByTestId("pick-all").click();
  await page.getByTestId("township-list").getByRole("checkbox").first().uncheck();
  const fewer = await chart(page, "trends");
  expect(names(fewer)).not.toContain("白鹭镇");
});

test("samples: search by pinyin initials finds 许疃镇", async ({ page }) => {
  await openApp(page, "view=trends");
  await page.getByTestId("township-search").fill("xt");
  // x…t initials: 许疃镇 (xu tuan) and 下汤镇 (xia tang) both match; the others do not.
  const list = page.getByTestId("township-list");
  await expect(list).toContainText("许疃镇");
  await expect(list).not.toContainText("太平岭满族乡");
  await expect(list).not.toContainText("咸宜镇");
});

test("completeness marks 太平岭满族乡 as not stating legal_advisor_coverage_pct; a click says so", async ({
  page,
}) => {
  await openApp(page, "view=completeness&year=2023");
  const o = await chart(page, "completeness-indicator");
  const rows = (o.yAxis as { data: string[] }).data;
  const row = rows.indexOf("太平岭满族乡");
  expect(row).toBeGreaterThanOrEqual(0);
  const cells = (o.series?.[0]?.data ?? []) as { value: number[]; label: { formatter: string } }[];
  const cell = cells.find((c) => c.value[0] === 0 && c.value[1] === row);
  expect(cell?.label.formatter).toBe("未写明");
  await clickMark(page, "completeness-indicator", 0, [0, row]);
  await expect(page.getByTestId("evidence-panel")).toContainText("太平岭满族乡");
  await expect(page.getByTestId("evidence-note")).toHaveText("该报告未写明此指标。");
  await expect(page.getByTestId("report-text")).toContainText("法律顾问");
});

test("demo: the recurring list matches the matrix, and an item opens its sentence", async ({ page }) => {
  await openApp(page, "view=shortcomings&ds=demo");
  const o = await chart(page, "shortcomings-matrix");
  const recurringCells = ((o.series?.[0]?.data ?? []) as { label: { formatter: string } }[]).filter((d) =>
    d.label.formatter.startsWith("↻"),
  );
  const rows = page.getByTestId("recurring-row");
  await expect(rows).toHaveCount(recurringCells.length);
  expect(recurringCells.length).toBeGreaterThan(0);
  const firstItem = rows.first().locator(".item-link").first();
  const itemText = (await firstItem.locator("span").last().textContent()) ?? "";
  await firstItem.click();
  await expect(page.getByTestId("evidence-mark")).toHaveText(itemText);
  await expect(page.getByTestId("evidence-mark")).toBeInViewport();
});

test("a copied link reopens the same view", async ({ page, context }) => {
  await openApp(page, "view=trends&ds=demo");
  await page.getByTestId("indicator-select").selectOption("publicity_events");
  await page.getByTestId("change-mode").getByRole("radio", { name: "相对变化" }).click();
  await page
    .getByTestId("township-list")
    .getByRole("button", { name: /突出显示：东城街道/ })
    .click();
  const url = page.url();
  expect(url).toContain("indicator=publicity_events");
  const before = await chart(page, "trends");

  const copy = await context.newPage();
  await copy.goto(url);
  await copy.locator("[data-testid=app-ready]").waitFor({ state: "attached" });
  await expect(copy.getByTestId("tab-trends")).toHaveAttribute("aria-selected", "true");
  await expect(copy.getByTestId("indicator-select")).toHaveValue("publicity_events");
  await expect(copy.getByTestId("change-mode").getByRole("radio", { name: "相对变化" })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  const after = await chart(copy, "trends");
  expect(after.series).toEqual(before.series);
  const hl = (after.series ?? []).find((s) => s.name === "东城街道");
  expect((hl?.lineStyle as { width: number }).width).toBe(3);
  await copy.close();
});

test("clicking a bar opens the report at the sentence of that figure", async ({ page }) => {
  await openApp(page, "view=ranking&ds=demo&indicator=disputes_handled");
  const o = await chart(page, "ranking");
  const first = (o.series?.[0]?.data as { value: number; ref: { reportId: string } }[])[0]!;
  await clickMark(page, "ranking", 0, [first.value / 2, 0]);
  const obs = demo
    .find((r) => r.id === first.ref.reportId)
    ?.indicators.find((i) => i.id === "disputes_handled");
  await expect(page.getByTestId("evidence-mark")).toHaveText(obs!.evidence.text);
  await expect(page.getByTestId("evidence-mark")).toBeInViewport();
  await expect(page.getByTestId("evidence-panel")).toContainText(/原文写明|推算/);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("evidence-panel")).toHaveCount(0);
});

test("an overview tile figure opens its evidence; the 指标说明 link opens the dictionary", async ({
  page,
}) => {
  await openApp(page, "ds=demo");
  await page.getByTestId("tile-disputes_handled").getByTestId("tile-figure").first().click();
  await expect(page.getByTestId("evidence-mark")).toBeVisible();
  await page.getByTestId("evidence-close").click();
  await page.getByTestId("tile-publicity_events").getByRole("button").first().click();
  await expect(page.getByTestId("view-ranking")).toBeVisible();
  await page.getByTestId("chart-ranking").getByTestId("dictionary-link").click();
  await expect(page.getByTestId("view-dictionary")).toBeVisible();
  expect(page.url()).toMatch(/view=dictionary.*focus=publicity_events/);
  await expect(page.locator("#dict-publicity_events")).toHaveAttribute("data-focused", "true");
  await expect(page.locator("#dict-publicity_events")).toBeInViewport();
});

test("overview: the key-indicator medians come first, sized by the window, the tiles under them; a point opens that year's ranking", async ({
  page,
}) => {
  for (const [size, height] of [
    [{ width: 1366, height: 768 }, 280],
    [{ width: 1920, height: 1080 }, 560],
  ] as const) {
    await page.setViewportSize(size);
    await openApp(page, "ds=demo&county=示例县&year=2023");
    const box = (await page.getByTestId("chart-overview-key-trends").boundingBox())!;
    const canvas = (await page.getByTestId("chart-overview-key-trends").locator(".echart").boundingBox())!;
    // The whole chart on the first screen, at its height for this window (src/views/overview/keyTrends.ts).
    expect(canvas.height, `${size.width}: chart height`).toBe(height);
    expect(box.y + box.height, `${size.width}: chart bottom`).toBeLessThanOrEqual(size.height);
    // The tiles follow it, and the first row of them is on the first screen too.
    const tile = (await page.getByTestId("tile-received").boundingBox())!;
    expect(tile.y, `${size.width}: tiles under the chart`).toBeGreaterThan(box.y + box.height);
    expect(tile.y + tile.height, `${size.width}: first tiles in view`).toBeLessThanOrEqual(size.height);
  }
  const o = await chart(page, "overview-key-trends");
  // Not the default indicator, so the link must carry it.
  const handled = (o.series ?? []).find((s) => s.id === "key-publicity_events")!;
  const point = (handled.data as { value: [string, number]; ref: { year: number } }[]).find(
    (d) => d.ref.year === 2022,
  )!;
  const si = (o.series ?? []).indexOf(handled);
  await clickMark(page, "overview-key-trends", si, point.value);
  await expect(page.getByTestId("view-ranking")).toBeVisible();
  expect(page.url()).toContain("view=ranking");
  expect(page.url()).toContain("year=2022");
  expect(page.url()).toContain("indicator=publicity_events");
  await expect(page.getByTestId("indicator-select")).toHaveValue("publicity_events");
});
