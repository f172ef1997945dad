// Charts readable without sight (issue 11 item 7) and the evidence panel's manners (item 4): every
// chart has a data table beside its canvas that a screen reader and find-in-page reach; its cells
// open evidence from the keyboard; the panel names no engine rule id, the tooltip goes when the
// panel opens, and Esc gives focus back to what was clicked.
import type { Page } from "@playwright/test";
import { chart, clickAt } from "./charts";
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

const CHARTS: [string, string][] = [
  ["view=overview&ds=demo", "overview-key-trends"],
  ["view=trends&ds=demo", "trends"],
  ["view=ranking&ds=demo", "ranking"],
  ["view=completeness&ds=demo", "completeness-indicator"],
  ["view=completeness&ds=demo", "completeness-year"],
  ["view=shortcomings&ds=demo", "shortcomings-matrix"],
  ["view=shortcomings&ds=demo", "shortcomings-by-year"],
];

test("every chart has a data table beside its canvas, in the accessibility tree", async ({ page }) => {
  for (const [hash, id] of CHARTS) {
    await openApp(page, hash);
    const table = page.getByTestId(`chart-table-${id}`);
    await expect(table.getByRole("table")).toHaveCount(1);
    // Named by its caption, so a screen reader announces which chart it belongs to.
    await expect(table.getByRole("table")).toHaveAccessibleName(/（图表数据）/);
    expect(await table.getByRole("rowheader").count(), id).toBeGreaterThan(2);
    // Hidden from sight: one pixel, clipped.
    const box = await table.boundingBox();
    expect(box?.width ?? 0, id).toBeLessThanOrEqual(1);
  }
});

test("a township the chart shows is found as text in its table", async ({ page }) => {
  await openApp(page, "view=ranking&ds=demo&year=2024");
  const o = await chart(page, "ranking");
  const first = (o.yAxis as { data: string[] }).data[0] as string;
  const table = page.getByTestId("chart-table-ranking");
  await expect(table.getByText(first, { exact: true })).toHaveCount(1);
  await expect(table.getByRole("rowheader", { name: first })).toHaveCount(1);
  // The trends table: a row per township, a column per year.
  await openApp(page, "view=trends&ds=demo");
  const drawn = ((await chart(page, "trends")).series ?? []).map((s) => String(s.name));
  const township = drawn.find((n) => !n.startsWith("__") && !n.includes("中位数")) as string;
  const trends = page.getByTestId("chart-table-trends");
  await expect(trends.getByText(township, { exact: true })).toHaveCount(1);
  await expect(trends.getByRole("columnheader", { name: "2021" })).toHaveCount(1);
});

async function tabIntoTable(page: Page, id: string) {
  // The chart's last tool (导出图片) is the stop before the table.
  await page.getByTestId(`chart-${id}`).locator(".chart-tools button").last().focus();
  await page.keyboard.press("Tab");
}

test("keyboard: Tab reaches a table cell, arrows move, Enter opens evidence, Esc returns to the cell", async ({
  page,
}) => {
  await openApp(page, "view=ranking&ds=demo&year=2024");
  await tabIntoTable(page, "ranking");
  const table = page.getByTestId("chart-table-ranking");
  const focused = table.locator("button:focus");
  await expect(focused).toHaveCount(1);
  // Tabbed into, the table shows over the chart for a sighted keyboard user.
  expect((await table.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  await page.keyboard.press("ArrowDown");
  const second = (await table.getByRole("rowheader").nth(1).textContent()) ?? "";
  await expect(focused).toHaveAccessibleName(new RegExp(`^${second} `));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("evidence-heading")).toContainText(second);
  await expect(page.getByTestId("evidence-heading")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("evidence-panel")).toHaveCount(0);
  await expect(table.locator("button:focus")).toHaveAccessibleName(new RegExp(`^${second} `));
  // One tab stop for the whole table: Tab leaves it.
  await page.keyboard.press("Tab");
  await expect(table.locator("button:focus")).toHaveCount(0);
});

test("the completeness grid's cells open evidence from the keyboard too", async ({ page }) => {
  await openApp(page, "view=completeness&ds=demo");
  await tabIntoTable(page, "completeness-indicator");
  const table = page.getByTestId("chart-table-completeness-indicator");
  await page.keyboard.press("ArrowRight");
  const name = (await table.locator("button:focus").getAttribute("aria-label")) ?? "";
  const township = name.split(" ")[0] as string;
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("evidence-heading")).toContainText(township);
});

test("evidence panel: no rule id in sight, the tooltip goes, Esc returns focus to the chart", async ({
  page,
}) => {
  await openApp(page, "view=ranking&ds=demo&indicator=disputes_handled");
  const o = await chart(page, "ranking");
  const first = (o.series?.[0]?.data as { value: number }[])[0]!;
  await clickAt(page, "ranking", { seriesIndex: 0 }, [first.value / 2, 0]);
  const panel = page.getByTestId("evidence-panel");
  await expect(panel).toBeVisible();
  // How the figure was read, in words; the rule id only behind the closed 技术细节 toggle.
  await expect(panel).toContainText("识别方式");
  const rule = (await panel.locator(".evidence-technical code").textContent()) ?? "";
  expect(rule).toMatch(/^[a-z-]+\.[a-z-]+$/);
  expect(await panel.innerText()).not.toContain(rule);
  await panel.getByText("技术细节").click();
  expect(await panel.innerText()).toContain(`规则编号：${rule}`);
  // The tooltip that was over the bar is gone once the panel opened.
  const tip = page
    .locator('[data-chart-id="ranking"] .echart-canvas > div')
    .filter({ hasText: "点击查看报告原文" });
  await expect(tip).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.locator('[data-chart-id="ranking"]')).toBeFocused();
});
