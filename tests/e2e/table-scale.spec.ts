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

const rowIndexes = (table: Locator) =>
  table
    .locator("tbody tr.dt-row")
    .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("aria-rowindex"))));

test("10,000 rows: a small window of rows is rendered wherever the table is scrolled", async ({ page }) => {
  await multiplyDemo(page);
  await openApp(page, "view=table&ds=demo");
  const table = page.getByTestId("data-table");
  await expect(table.locator(".dt-count")).toContainText(`共 ${ROWS} 份报告`);
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
  await multiplyDemo(page);
  await openApp(page, "view=table&ds=demo");
  const table = page.getByTestId("data-table");
  await expect(table.locator(".dt-count")).toContainText(`共 ${ROWS} 份报告`);
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
