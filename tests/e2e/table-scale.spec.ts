// 数据表 at scale: 10,000 reports in the real, built app. The demo data set is a same-origin
// data file; the test multiplies its reports as the browser receives it, so the app itself carries no
// test-only switch. What it checks is what virtualisation promises: only a window of rows is in the
// DOM wherever the user scrolls, and every row is reachable. (How fast it scrolls is a matter for a
// benchmark, not for a pass/fail test.)
import type { Locator, Page } from "@playwright/test";
import { expect, openApp, test } from "./fixtures";

const ROWS = 10_000;

/** Rewrites the demo records file so its reports array holds ROWS copies with distinct ids and names. */
async function multiplyDemo(page: Page): Promise<void> {
  await page.route(/\/assets\/demo\.records-[\w-]+\.json$/, async (route) => {
    const res = await route.fetch();
    const file = (await res.json()) as { reports: { id: string; township: string }[] };
    const s = file.reports;
    file.reports = Array.from({ length: ROWS }, (_, k) => {
      const r = s[k % s.length]!;
      const c = Math.floor(k / s.length);
      return { ...r, id: `${r.id}#${k}`, township: c ? `${r.township}${c}` : r.township };
    });
    await route.fulfill({ response: res, body: JSON.stringify(file) });
  });
}

/** The 数据表 of the multiplied demo, once all its reports are counted. */
async function openTable(page: Page): Promise<Locator> {
  await multiplyDemo(page);
  await openApp(page, "view=table&ds=demo");
  const table = page.getByTestId("data-table");
  await expect(table.locator(".dt-count")).toContainText(`共 ${ROWS} 份报告`);
  return table;
}

const rowIndexes = (table: Locator) =>
  table
    .locator("tbody tr.dt-row")
    .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("aria-rowindex"))));

test("10,000 rows: a small window of rows is rendered wherever the table is scrolled", async ({ page }) => {
  const table = await openTable(page);
  // Township-years without a report (未报送) are rows too.
  const count = (await table.locator(".dt-count").textContent()) ?? "";
  const total = ROWS + Number(/另有 (\d+) 个乡镇年度未报送/.exec(count)?.[1] ?? 0);

  const scroller = table.locator(".dt-scroll");
  const check = async (fraction: number) => {
    await scroller.evaluate((el, f) => {
      el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
    }, fraction);
    // aria-rowindex counts the two header rows: data row i has index i + 2.
    const expected = Math.round(2 + 1 + (total - 1) * fraction);
    await expect
      .poll(async () => {
        const idx = await rowIndexes(table);
        return idx.length > 0 && Math.min(...idx) <= expected && Math.max(...idx) >= expected - 40;
      })
      .toBe(true);
    const idx = await rowIndexes(table);
    expect(idx.length, `rows in the DOM at ${fraction}`).toBeLessThan(120);
  };

  await check(0);
  await check(0.5);
  await check(1);
  await expect(table.locator(`tbody tr[aria-rowindex="${total + 2}"]`)).toBeVisible();
});

test("10,000 rows: rows rendered while scrolling in steps stay contiguous, cover the view and keep their content", async ({
  page,
}) => {
  const table = await openTable(page);
  const scroller = table.locator(".dt-scroll");
  /** After each 240 px step (one per frame, as the bench scrolls): the rendered rows, checked in the page. */
  const steps = await scroller.evaluate(async (el) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const seen: Record<number, string> = {};
    const problems: string[] = [];
    el.scrollTop = 50_000;
    await frame();
    for (let i = 0; i < 40; i++) {
      el.scrollTop += 240;
      await frame();
      await frame();
      const trs = [...el.querySelectorAll<HTMLTableRowElement>("tbody tr.dt-row")];
      const idx = trs.map((tr) => Number(tr.getAttribute("aria-rowindex")));
      if (idx.some((v, k) => k > 0 && v !== (idx[k - 1] as number) + 1)) problems.push(`gap at step ${i}`);
      const view = el.getBoundingClientRect();
      const head = el.querySelector("thead")!.getBoundingClientRect().bottom;
      const top = trs[0]!.getBoundingClientRect().top;
      const bottom = trs.at(-1)!.getBoundingClientRect().bottom;
      if (top > head + 1 || bottom < view.bottom - 1) problems.push(`view not covered at step ${i}`);
      for (const tr of trs) {
        const text = [...tr.cells].map((c) => c.textContent).join("|");
        const at = Number(tr.getAttribute("aria-rowindex"));
        if (seen[at] !== undefined && seen[at] !== text) problems.push(`row ${at} changed`);
        seen[at] = text;
      }
    }
    return { problems, seen };
  });
  expect(steps.problems).toEqual([]);
  // Jump away and back: the same row indexes show the same rows.
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(table.locator(`tbody tr[aria-rowindex]`).last()).toBeVisible();
  await scroller.evaluate((el) => (el.scrollTop = 50_000 + 240 * 20));
  const indexes = Object.keys(steps.seen).map(Number);
  await expect
    .poll(() => rowIndexes(table).then((idx) => idx.filter((i) => indexes.includes(i)).length))
    .toBeGreaterThan(5);
  const again = await table
    .locator("tbody tr.dt-row")
    .evaluateAll((trs) =>
      trs.map((tr) => [
        Number(tr.getAttribute("aria-rowindex")),
        [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent).join("|"),
      ]),
    );
  for (const [at, text] of again as [number, string][])
    if (steps.seen[at] !== undefined) expect(text, `row ${at}`).toBe(steps.seen[at]);
});

test("10,000 rows: only the columns in view are rendered; keyboard moves reach every column; a sort orders the rows shown anywhere", async ({
  page,
}) => {
  const table = await openTable(page);
  const grid = table.getByRole("grid");
  const colCount = Number(await grid.getAttribute("aria-colcount"));
  const scroller = table.locator(".dt-scroll");
  /** The aria-colindex of the first row's rendered cells (gap cells have none). */
  const firstRow = () =>
    scroller.evaluate((el) =>
      [...el.querySelector<HTMLTableRowElement>("tbody tr.dt-row")!.cells]
        .filter((c) => c.hasAttribute("aria-colindex"))
        .map((c) => Number(c.getAttribute("aria-colindex"))),
    );
  const before = await firstRow();
  expect(before.length).toBeLessThan(colCount);
  expect(before).toEqual(before.map((_, i) => i + 1));

  // Keyboard: from 乡镇 to the last column one ArrowRight at a time, each focused cell in view.
  await table.locator("tbody tr.dt-row th").first().focus();
  for (let i = 1; i < colCount; i++) {
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(":focus")).toHaveAttribute("aria-colindex", String(i + 1));
    const inView = await page.evaluate(() => {
      const cell = document.activeElement!.getBoundingClientRect();
      const box = document.querySelector(".dt-scroll")!.getBoundingClientRect();
      return cell.left >= box.left - 1 && cell.right <= box.right + 1;
    });
    expect(inView, `column ${i + 1} in view`).toBe(true);
  }
  // Scrolled to the right end: the first columns (but the pinned ones) have left the DOM.
  const after = await firstRow();
  expect(after).toContain(colCount);
  expect(after.length).toBeLessThan(colCount);
  await page.keyboard.press("Home");
  await expect(page.locator(":focus")).toHaveAttribute("data-col", "township");
  await scroller.evaluate((el) => (el.scrollLeft = 0));

  // Sort by a figure, jump to the middle: the rendered rows' figures never rise.
  await table.getByRole("button", { name: /^调处纠纷数（起）/ }).click();
  await expect(table.locator('thead th[data-col="disputes_handled"]')).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight / 3));
  await expect.poll(() => rowIndexes(table).then((idx) => Math.min(...idx))).toBeGreaterThan(1000);
  const figures = await table
    .locator('tbody tr.dt-row td[data-col="disputes_handled"]')
    .evaluateAll((tds) =>
      tds.map((td) =>
        td.classList.contains("dt-missing")
          ? null
          : Number(/[\d,]+/.exec(td.textContent ?? "")?.[0].replace(/,/g, "")),
      ),
    );
  const stated = figures.filter((v): v is number => v !== null);
  expect(stated.length).toBeGreaterThan(5);
  expect(stated).toEqual([...stated].sort((a, b) => b - a));
});
