// Print (issue 11 item 5, issue 9 item 9): every view prints on A4 — landscape for the chart views —
// with the header, the 虚构示例数据 badge in its colour and the chart sources kept, controls hidden,
// every township of a county-size chart in the printed data table; the 催报单 prints alone.
import type { Page } from "@playwright/test";
import { chart } from "./charts";
import { expect, openApp, test } from "./fixtures";

test.setTimeout(120_000);

/** A4 in PostScript points, as the PDF's MediaBox states it. */
const A4 = { short: 594.96, long: 841.92 };

function pdfPages(pdf: Buffer): { count: number; boxes: [number, number][] } {
  const text = pdf.toString("latin1");
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (m) => [Number(m[1]), Number(m[2])] as [number, number],
  );
  const count = Number(/\/Type\s*\/Pages[^>]*?\/Count (\d+)/s.exec(text)?.[1] ?? 0);
  return { count, boxes };
}

const near = (a: number, b: number) => Math.abs(a - b) < 2;

async function printPdf(page: Page): Promise<Buffer> {
  return page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
}

/** Each view, the orientation it prints in, and the chart to wait for (none: no chart). */
const VIEWS: [string, "landscape" | "portrait", string | null][] = [
  ["overview", "landscape", "overview-key-trends"],
  ["trends", "landscape", "trends"],
  ["ranking", "landscape", "ranking"],
  ["completeness", "landscape", "completeness-indicator"],
  ["shortcomings", "landscape", "shortcomings-matrix"],
  ["table", "landscape", null],
  ["dictionary", "portrait", null],
];

test("every view prints on A4 pages of its orientation", async ({ page }) => {
  for (const [view, orientation, chartId] of VIEWS) {
    await openApp(page, `view=${view}&ds=demo`);
    if (chartId) await chart(page, chartId);
    const { count, boxes } = pdfPages(await printPdf(page));
    expect(count, view).toBeGreaterThanOrEqual(1);
    expect(count, view).toBeLessThanOrEqual(12);
    expect(boxes.length, view).toBeGreaterThanOrEqual(count);
    for (const [w, h] of boxes) {
      const [wantW, wantH] = orientation === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
      expect(near(w, wantW) && near(h, wantH), `${view}: ${w}×${h}`).toBe(true);
    }
  }
});

test("in print the controls are hidden; header, badge (in colour), chart and its table stay", async ({
  page,
}) => {
  await openApp(page, "view=trends&ds=demo");
  await chart(page, "trends");
  await page.emulateMedia({ media: "print" });
  for (const hidden of [
    "tab-trends",
    "copy-link",
    "township-picker",
    "dataset-switch",
    "import-open",
    "briefing",
  ])
    await expect(page.getByTestId(hidden), hidden).toBeHidden();
  await expect(page.locator(".chart-tools")).toBeHidden();
  await expect(page.locator(".toolbar").first()).toBeHidden();
  await expect(page.getByRole("heading", { name: "法治政府建设年报看板" })).toBeVisible();
  const badge = page.getByTestId("fictional-badge");
  await expect(badge).toBeVisible();
  expect(await badge.evaluate((el) => getComputedStyle(el).printColorAdjust)).toBe("exact");
  expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(180, 35, 24)");
  // The chart fits the landscape page's width (277 mm ≈ 1047 px) and is not cut.
  const chartBox = await page.locator('[data-chart-id="trends"]').boundingBox();
  expect(chartBox?.width ?? 0).toBeLessThanOrEqual(1048);
  expect(chartBox?.width ?? 0).toBeGreaterThan(600);
  // Every township of the county prints, in the table under the chart.
  const table = page.getByTestId("chart-table-trends");
  await expect(table).toBeVisible();
  const o = await chart(page, "trends");
  const townships = (o.series ?? []).map((s) => s.name as string).filter((n) => !n.startsWith("__"));
  for (const t of townships)
    await expect(table.getByRole("rowheader", { name: t, exact: true })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByTestId("copy-link")).toBeVisible();
});

test("the county chosen in the header prints as text beside the product name", async ({ page }) => {
  await openApp(page, "view=overview&ds=samples&county=城口县");
  await page.emulateMedia({ media: "print" });
  const select = page.getByTestId("county-select");
  await expect(select).toBeVisible();
  await expect(select).toHaveValue("城口县");
  // Plain white text on the bar, no control chrome.
  expect(await select.evaluate((el) => getComputedStyle(el).appearance)).toBe("none");
  expect(await select.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(255, 255, 255)");
  await expect(page.getByTestId("dataset-switch")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("the overview prints all four small multiples, not cut after two and a half", async ({ page }) => {
  await openApp(page, "view=overview&ds=demo");
  await chart(page, "overview-key-trends");
  await page.emulateMedia({ media: "print" });
  const figure = page.getByTestId("chart-overview-key-trends");
  const chartEl = page.locator('[data-chart-id="overview-key-trends"]');
  const inner = await chartEl.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const canvas = el.querySelector("canvas")?.getBoundingClientRect();
    return { right: r.right, canvasRight: canvas?.right ?? 0, page: document.documentElement.clientWidth };
  });
  // The canvas (all four panels) ends inside the chart box, and the box inside the page.
  expect(inner.canvasRight).toBeLessThanOrEqual(inner.right + 1);
  await expect(figure).toBeVisible();
  const pdf = pdfPages(await printPdf(page));
  expect(pdf.count).toBeLessThanOrEqual(3);
});

test("催报单: from 完整性, per township what is missing in which years, with county and date; prints alone", async ({
  page,
}) => {
  await openApp(page, "view=completeness&ds=demo");
  await page.locator("[data-testid=chase-export] .xp-button").click();
  await page.locator('[data-testid=chase-export] [data-choice="print"]').click();
  const sheet = page.getByTestId("chase-page");
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole("heading", { level: 1 })).toContainText("示例县");
  await expect(sheet).toContainText(/制表日期：\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(sheet).toContainText("虚构示例数据");
  const rows = sheet.getByTestId("chase-row");
  expect(await rows.count()).toBeGreaterThan(3);
  await expect(rows.first()).toContainText(/\d{4}年：(未写明|未收到报告)/);
  // Most gaps first.
  const gaps = (await rows.locator("td:last-child").allTextContents()).map(Number);
  expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  // Printed, it is the only thing on A4 portrait pages.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#root")).toBeHidden();
  await expect(page.getByTestId("chase-print")).toBeHidden();
  const { count, boxes } = pdfPages(await printPdf(page));
  expect(count).toBeGreaterThanOrEqual(1);
  for (const [w, h] of boxes) expect(near(w, A4.short) && near(h, A4.long)).toBe(true);
  await page.emulateMedia({ media: "screen" });
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
  await expect(page.getByTestId("chart-completeness-indicator")).toBeVisible();
});

test("the 数据表 prints every row, not only the window of rows on screen", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 500 });
  await openApp(page, "view=table&ds=demo");
  const rows = page.locator("tr.dt-row");
  await expect(rows.first()).toBeVisible();
  // 共 52 份报告，另有 4 个乡镇年度未报送: every one of these is a row.
  const count = (await page.locator(".dt-count").innerText()).match(/\d+/g)?.map(Number) ?? [];
  const total = (count[0] ?? 0) + (count[1] ?? 0);
  expect(await rows.count()).toBeLessThan(total);
  // The browser lays the page out for print right after beforeprint (Ctrl+P does not wait for a
  // resize observer): every row must be in the page by the time the event returns.
  const atPrint = await page.evaluate(() => {
    window.dispatchEvent(new Event("beforeprint"));
    return document.querySelectorAll("tr.dt-row").length;
  });
  expect(atPrint).toBe(total);
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect.poll(() => rows.count()).toBeLessThan(total);
});
