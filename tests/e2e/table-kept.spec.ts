// The 数据表 stays mounted, hidden, while another view shows (views/table/KeptTable.tsx): a revisit
// shows the very same table with what the user typed into it, and a county picked on another view
// meanwhile is in it when it shows again.
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

test("a revisit shows the same table and its search; a county picked meanwhile is drawn", async ({
  page,
}) => {
  await openApp(page, "view=table&ds=samples");
  const table = page.getByTestId("data-table");
  const rows = table.locator("tbody tr.dt-row");
  await expect(rows.first()).toBeVisible();
  await table.locator(".dt-table").evaluate((el) => el.setAttribute("data-kept-mark", "1"));
  const name = (await rows.first().locator(".dt-town").textContent()) ?? "";
  await table.locator("input[type=search]").fill(name);
  await expect(rows).toHaveCount(await rows.filter({ hasText: name }).count());

  await page.getByTestId("tab-overview").click();
  await expect(page.getByTestId("view-overview")).toBeVisible();
  await expect(table).toBeHidden();
  await page.getByTestId("tab-table").click();
  await expect(table).toBeVisible();
  await expect(table.locator(".dt-table")).toHaveAttribute("data-kept-mark", "1");
  await expect(table.locator("input[type=search]")).toHaveValue(name);
  await expect(rows.first().locator(".dt-town")).toHaveText(name);

  // Another county, picked while the table is hidden.
  await table.locator("input[type=search]").fill("");
  await page.getByTestId("tab-overview").click();
  const select = page.getByTestId("county-select");
  const county = await select.locator("option").nth(1).getAttribute("value");
  expect(county).toBeTruthy();
  await select.selectOption(county!);
  await page.getByTestId("tab-table").click();
  await expect(rows.first()).toBeVisible();
  const counties = await table.locator('tbody tr.dt-row [data-col="county"]').allTextContents();
  expect(counties.length).toBeGreaterThan(0);
  expect(new Set(counties)).toEqual(new Set([county]));
});

test("before its first visit the table is built hidden in idle time; the visit shows that very table", async ({
  page,
}) => {
  await openApp(page, "ds=demo");
  const table = page.getByTestId("data-table");
  // Built ahead (views/prefetch.ts): in the page, hidden, while the overview shows.
  await expect(table.locator(".dt-table")).toHaveCount(1, { timeout: 30_000 });
  await expect(table).toBeHidden();
  await expect(page.getByTestId("tab-overview")).toHaveAttribute("aria-selected", "true");
  await table.locator(".dt-table").evaluate((el) => el.setAttribute("data-ahead-mark", "1"));
  await page.getByTestId("tab-table").click();
  await expect(table.locator("tbody tr.dt-row").first()).toBeVisible();
  await expect(table.locator(".dt-table")).toHaveAttribute("data-ahead-mark", "1");
  // Shown, it fills its box with rows as a table opened directly does.
  const rows = await table.locator("tbody tr.dt-row").count();
  expect(rows).toBeGreaterThan(10);
  await expect(table.locator(".dt-count")).toContainText("份报告");
});
