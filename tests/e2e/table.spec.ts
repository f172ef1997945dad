// 数据表 in the built app, on the fictional demo county (about fifty reports: enough rows to be
// virtualised at 1366×768). Values are read from the page rather than hard-coded, so the test
// holds when the demo generator or the extractor changes.
import type { Locator, Page } from "@playwright/test";
import { expect, openApp, test } from "./fixtures";

const TABLE = "view=table&ds=demo";

async function open(page: Page): Promise<Locator> {
  await openApp(page, TABLE);
  const table = page.getByTestId("data-table");
  await expect(table.locator("tbody tr.dt-row").first()).toBeVisible();
  return table;
}

/** The total in "共 N 份报告" / "显示 M / 共 N 份报告". */
async function counts(table: Locator): Promise<{ shown: number; total: number }> {
  const text = (await table.locator(".dt-count").textContent()) ?? "";
  const total = Number(/共 (\d+)/.exec(text)?.[1]);
  const shown = Number(/显示 (\d+)/.exec(text)?.[1] ?? total);
  return { shown, total };
}

/** The numbers of one column in the rendered rows, in row order (null for "—"). */
async function columnValues(table: Locator, columnId: string): Promise<(number | null)[]> {
  const texts = await table
    .locator(`tbody tr.dt-row td[data-col="${columnId}"]`)
    .evaluateAll((tds) =>
      tds.map((td) => (td.classList.contains("dt-missing") ? null : (td.textContent ?? ""))),
    );
  return texts.map((t) => {
    const m = t === null ? null : /[\d,]+(\.\d+)?/.exec(t);
    return m ? Number(m[0].replace(/,/g, "")) : null;
  });
}

const scrollTo = (table: Locator, top: "top" | "bottom") =>
  table.locator(".dt-scroll").evaluate((el, where) => {
    el.scrollTop = where === "top" ? 0 : el.scrollHeight;
  }, top);

test("shows every report with grouped indicator headers, units and a marked gap", async ({ page }) => {
  const table = await open(page);
  const { total } = await counts(table);
  expect(total).toBeGreaterThan(20);
  for (const group of ["法律顾问", "矛盾纠纷调处", "普法宣传", "法律服务", "依法行政"]) {
    await expect(table.locator("thead th.dt-th--group", { hasText: group })).toHaveCount(1);
  }
  await expect(table.getByRole("button", { name: /^调处纠纷数（起）/ })).toBeVisible();
  const gap = table.locator("tbody td.dt-missing").first();
  await expect(gap).toHaveText(/—/);
  // A screen reader hears what the dash means.
  await expect(gap).toHaveAccessibleName("报告未提及");
  // A mouse user sees it as a tooltip, set when the pointer reaches the cell (no title rendered on
  // every cell of every row); a figure that opens its evidence says so the same way.
  // (Read as the element under the pointer: hovering may scroll, and the rows in view change.)
  await expect(gap).not.toHaveAttribute("title");
  await gap.hover();
  await expect(table.locator("tbody td.dt-missing:hover")).toHaveAttribute("title", "报告未提及");
  await table.locator("tbody td.dt-open").first().hover();
  await expect(table.locator("tbody td.dt-open:hover")).toHaveAttribute(
    "title",
    "按 Enter 或单击查看原文依据",
  );
  // Screen readers hear that hint once, as the grid's description.
  await expect(table.getByRole("grid")).toHaveAccessibleDescription(/按 Enter 或单击，查看原文依据/);
});

test("renders only the rows in view and reaches the last row by scrolling", async ({ page }) => {
  const table = await open(page);
  const { total } = await counts(table);
  const rendered = await table.locator("tbody tr.dt-row").count();
  expect(rendered).toBeLessThan(total);
  await table.locator(".dt-scroll").evaluate((el) => (el.scrollTop = el.scrollHeight));
  // aria-rowindex counts the two header rows.
  await expect(table.locator(`tbody tr[aria-rowindex="${total + 2}"]`)).toBeVisible();
});

test("sorts numbers with 'not stated' last in both directions", async ({ page }) => {
  const table = await open(page);
  const sortBtn = table.getByRole("button", { name: /^调处纠纷数（起）/ });

  await sortBtn.click();
  await expect(table.locator('thead th[data-col="disputes_handled"]')).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const descTop = (await columnValues(table, "disputes_handled")).filter((v): v is number => v !== null);
  expect(descTop.length).toBeGreaterThan(3);
  expect(descTop).toEqual([...descTop].sort((a, b) => b - a));
  await scrollTo(table, "bottom");
  await expect(table.locator("tbody tr.dt-row").last()).toBeVisible();
  const descEnd = await columnValues(table, "disputes_handled");
  // Once a gap appears, only gaps follow.
  const firstGap = descEnd.indexOf(null);
  if (firstGap >= 0) expect(descEnd.slice(firstGap).every((v) => v === null)).toBe(true);

  await scrollTo(table, "top");
  await sortBtn.click();
  await expect(table.locator('thead th[data-col="disputes_handled"]')).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  const asc = await columnValues(table, "disputes_handled");
  expect(asc[0]).not.toBeNull();
  const ascNumbers = asc.filter((v): v is number => v !== null);
  expect(ascNumbers).toEqual([...ascNumbers].sort((a, b) => a - b));
});

test("searches townships, filters a column by range, and shows and clears the filter", async ({ page }) => {
  const table = await open(page);
  const { total } = await counts(table);
  const first = (await table.locator("tbody tr.dt-row th .dt-town").first().textContent()) ?? "";
  await table.getByRole("searchbox").fill(first);
  await expect(table.locator(".dt-count")).toContainText("显示");
  for (const name of await table.locator("tbody tr.dt-row th .dt-town").allTextContents())
    expect(name).toContain(first);
  // Pinyin initials work too (pinyin-pro loads when the box is first used): bl → 白鹭镇.
  await table.getByRole("searchbox").fill("bl");
  await expect(table.locator("tbody tr.dt-row th .dt-town").first()).toHaveText("白鹭镇");
  for (const name of await table.locator("tbody tr.dt-row th .dt-town").allTextContents())
    expect(name).toBe("白鹭镇");
  await table.getByRole("searchbox").fill("");

  await table.getByRole("button", { name: "筛选“调处纠纷数”" }).click();
  await page.getByRole("dialog", { name: "筛选“调处纠纷数”" }).getByLabel("最小").fill("40");
  await expect(table.locator(".dt-chip")).toHaveText(/调处纠纷数 ≥ 40/);
  const { shown } = await counts(table);
  expect(shown).toBeLessThan(total);
  for (const v of await columnValues(table, "disputes_handled")) expect(v).toBeGreaterThanOrEqual(40);

  await table.getByRole("button", { name: /移除筛选/ }).click();
  await expect(table.locator(".dt-chip")).toHaveCount(0);
  expect((await counts(table)).shown).toBe(total);
});

test("hides a whole indicator group from the 列 menu and shows it again", async ({ page }) => {
  const table = await open(page);
  await table.getByRole("button", { name: /^列/ }).click();
  const menu = page.getByRole("dialog", { name: "显示哪些列" });
  await menu.getByRole("checkbox", { name: "普法宣传" }).uncheck();
  await expect(table.locator("thead th.dt-th--group", { hasText: "普法宣传" })).toHaveCount(0);
  await expect(table.getByRole("button", { name: /^普法活动场次/ })).toHaveCount(0);
  await menu.getByRole("button", { name: "全部显示" }).click();
  await expect(table.locator("thead th.dt-th--group", { hasText: "普法宣传" })).toHaveCount(1);
});

test("keeps the township column in place while scrolling sideways", async ({ page }) => {
  const table = await open(page);
  const cell = table.locator("tbody tr.dt-row th").first();
  const before = await cell.boundingBox();
  await table.locator(".dt-scroll").evaluate((el) => (el.scrollLeft = 600));
  await expect(table.locator(".dt-scroll")).toHaveClass(/dt-scroll--x/);
  const after = await cell.boundingBox();
  expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
});

/** Each rendered body cell's left edge and width against its column header's, by column id. */
async function misaligned(table: Locator): Promise<string[]> {
  return table.locator(".dt-scroll").evaluate((box) => {
    const head = new Map(
      [...box.querySelectorAll<HTMLElement>("thead th[data-col]")].map((th) => [
        th.dataset.col,
        th.getBoundingClientRect(),
      ]),
    );
    const out: string[] = [];
    for (const cell of box.querySelectorAll<HTMLElement>("tbody tr.dt-row [data-col]")) {
      const h = head.get(cell.dataset.col);
      const c = cell.getBoundingClientRect();
      if (!h || Math.abs(h.left - c.left) > 0.5 || Math.abs(h.width - c.width) > 0.5)
        out.push(`${cell.dataset.col}: ${c.left}/${c.width} vs ${h?.left}/${h?.width}`);
    }
    return out;
  });
}

test("lays the body out without table layout on screen, each cell under its header; print is a table", async ({
  page,
}) => {
  const table = await open(page);
  const row = table.locator("tbody tr.dt-row").first();
  // A row is a grid of its own with a fixed size and its layout contained: one entering the view
  // while scrolling is laid out alone, not with the whole table; no inline style on it.
  expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe("grid");
  expect(await row.evaluate((tr) => getComputedStyle(tr).contain)).toBe("strict");
  expect(await row.getAttribute("style")).toBeNull();
  // Names clip (ellipsis); a plain figure, which always fits its column, draws unclipped.
  expect(await row.locator('[data-col="township"]').evaluate((c) => getComputedStyle(c).overflow)).toBe(
    "hidden",
  );
  const plain = table.locator("tbody td.dt-open:not(.dt-clip)").first();
  expect(await plain.evaluate((c) => getComputedStyle(c).overflow)).toBe("visible");
  expect(await plain.evaluate((c) => c.scrollWidth <= c.clientWidth)).toBe(true);
  expect(await misaligned(table)).toEqual([]);
  // Scrolled sideways and down: the columns out of view are not rendered, and those that are
  // still stand under their headers (pinned ones included).
  await table.locator(".dt-scroll").evaluate((el) => {
    el.scrollLeft = 900;
    el.scrollTop = 400;
  });
  await expect(table.locator(".dt-scroll")).toHaveClass(/dt-scroll--x/);
  await expect
    .poll(() =>
      row.evaluate(
        (tr) =>
          (tr as HTMLTableRowElement).cells.length < tr.closest("table")!.querySelectorAll("col").length,
      ),
    )
    .toBe(true);
  expect(await misaligned(table)).toEqual([]);
  // Printed, it is a table again (table layout, the colgroup's widths).
  await page.emulateMedia({ media: "print" });
  const printed = table.locator("tbody tr.dt-row").first();
  expect(await printed.evaluate((tr) => getComputedStyle(tr).display)).toBe("table-row");
  expect(await table.locator(".dt-table").evaluate((t) => getComputedStyle(t).display)).toBe("table");
});

test("opens the evidence of a figure by click and by keyboard", async ({ page }) => {
  const table = await open(page);
  await table.locator("td.dt-open").first().click();
  await expect(page.getByTestId("evidence-panel")).toBeVisible();
  // The evidence target is in the URL, so the view can be shared ("~" may be percent-encoded).
  await expect(page).toHaveURL(/ev=f(~|%7E)/);
  await page.getByTestId("evidence-close").click();

  // Keyboard: focus the first township cell, move right to a figure, press Enter.
  await table.locator("tbody tr.dt-row th").first().focus();
  await expect(table.locator("tbody tr.dt-row th").first()).toBeFocused();
  for (let i = 0; i < 12; i++) {
    const isFigure = await page.evaluate(
      () => document.activeElement?.classList.contains("dt-open") ?? false,
    );
    if (isFigure) break;
    await page.keyboard.press(i % 2 ? "ArrowDown" : "ArrowRight");
  }
  await expect(page.locator(":focus")).toHaveClass(/dt-open/);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("evidence-panel")).toBeVisible();
});

test("the ? of a header opens that indicator in 指标说明", async ({ page }) => {
  const table = await open(page);
  await table.getByRole("button", { name: "“调处纠纷数”的口径说明" }).click();
  const entry = page.locator("#dict-disputes_handled");
  await expect(entry).toHaveAttribute("data-focused", "true");
  await expect(entry).toBeInViewport();
});
