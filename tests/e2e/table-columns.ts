// The 数据表 renders only the columns in view (src/views/table/TableGrid.tsx): a spec that reads a
// cell of a column out of view scrolls the table sideways to it first, as a person would.
import type { Page } from "@playwright/test";

/** Scrolls the 数据表 sideways so the column's header (and with it its cells) is in the middle of the view. */
export async function showColumn(page: Page, id: string): Promise<void> {
  await page
    .locator(`.dt-table thead th[data-col="${id}"]`)
    .evaluate((th) => th.scrollIntoView({ inline: "center", block: "nearest" }));
}
