// 数据表 (issue 11): 乡镇 and 年度 stay pinned when scrolling right (every row still says which
// township and year it is), and a township-year with no report has a row of its own (未报送).
import { expect, openApp, test } from "./fixtures";

test.setTimeout(60_000);

test("demo 数据表: township and year pinned while scrolling right; 未报送 rows", async ({ page }) => {
  await openApp(page, "view=table&ds=demo");
  const table = page.getByTestId("data-table");
  await expect(table.locator(".dt-count")).toContainText(/另有 \d+ 个乡镇年度未报送/);
  // Rows are virtualised: search for the township so its rows are on screen.
  await table.locator("input[type=search]").fill("杏花");
  const row = table.locator("tr.dt-row--no_report").filter({ hasText: "2024" });
  await expect(row).toHaveCount(1);
  await expect(row.locator("th")).toContainText("杏花乡");
  await expect(row.locator("th")).toContainText("未报送");
  await expect(row.locator('[data-col="year"]')).toHaveText("2024");
  await table.locator("input[type=search]").fill("");

  const first = table.locator("tr.dt-row").first();
  const before = (await first.locator('[data-col="year"]').boundingBox())!;
  const townBefore = (await first.locator('[data-col="township"]').boundingBox())!;
  // Not so far that 调处纠纷数 leaves the rendered columns (only those in view are in the DOM).
  await table.locator(".dt-scroll").evaluate((el) => (el.scrollLeft = 500));
  await expect
    .poll(async () => (await first.locator('[data-col="disputes_handled"]').boundingBox())?.x ?? 0)
    .toBeLessThan(before.x);
  // The pinned cells turn sticky with the render that follows the scroll event (not in it).
  await expect(table.locator(".dt-scroll")).toHaveClass(/dt-scroll--x/);
  const after = (await first.locator('[data-col="year"]').boundingBox())!;
  const townAfter = (await first.locator('[data-col="township"]').boundingBox())!;
  expect(townAfter.x).toBe(townBefore.x);
  // 年度 sticks right after 乡镇 (县 scrolls under it in one county).
  expect(Math.abs(after.x - (townAfter.x + townAfter.width))).toBeLessThan(2);
  // It is painted on top: the element at its centre is the year cell itself.
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x as number, y as number)?.getAttribute("data-col"),
    [after.x + after.width / 2, after.y + after.height / 2],
  );
  expect(hit).toBe("year");
});
