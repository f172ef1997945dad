// A province in the browser: the generated province (real 河南省 township names and codes from the
// national division list, fictional figures) served in place of the demo data set's records file.
// 区县对比 compares the prefectures' counties, drills province → prefecture → county → its
// townships in 排名, keeps the 未定位 group, and the link carries the level.
import type { Page } from "@playwright/test";
import { generateProvince } from "../../scripts/province/generate";
import { expect, openApp, test } from "./fixtures";

test.setTimeout(120_000);

const province = generateProvince({ townships: 2000, years: [2023, 2024] });
const records = JSON.stringify({
  ...province,
  reports: province.reports.map(({ text: _text, ...r }) => r),
});

async function serveProvince(page: Page): Promise<void> {
  await page.route(/\/assets\/demo\.records-[\w-]+\.json$/, (route) =>
    route.fulfill({ contentType: "application/json", body: records }),
  );
}

type FirstSight = { __firstCount?: number };

/** Records in window.__firstCount how many `items` the `box` held when it first entered the page. */
async function countAtFirstSight(page: Page, box: string, items: string): Promise<void> {
  await page.addInitScript(
    ([b, i]) => {
      new MutationObserver((_, observer) => {
        const el = document.querySelector(b as string);
        if (!el) return;
        (window as FirstSight).__firstCount = el.querySelectorAll(i as string).length;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    },
    [box, items] as const,
  );
}

test("province → prefecture → county → townships, with the 未定位 group kept", async ({ page }) => {
  await serveProvince(page);
  await openApp(page, "ds=demo");
  await page.getByTestId("tab-levels").click();
  const table = page.getByTestId("levels-table");
  await expect(table).toBeVisible({ timeout: 60_000 });
  const path = page.getByTestId("levels-path");
  await expect(path).toContainText("全省（河南省）");

  // The province level: every prefecture row (郑州市 first by code), 未定位 last, counties between.
  const cities = table.getByTestId("levels-city");
  await expect(cities.first()).toHaveText("郑州市");
  await expect(cities.last()).toHaveText("未定位");
  expect(await table.getByTestId("levels-county").count()).toBeGreaterThan(100);

  // Into 开封市: only its counties, the path says where we are, the link carries the prefecture.
  await cities.filter({ hasText: "开封市" }).click();
  await expect(path).toContainText("开封市");
  await expect(table.getByTestId("levels-city")).toHaveCount(0);
  const counties = table.getByTestId("levels-county");
  const names = await counties.allTextContents();
  expect(names.length).toBeGreaterThan(3);
  expect(page.url()).toContain("city=4102");

  // Into a county: 排名 of its townships (a county fits: every township drawn, no paging).
  const county = names[1] ?? "";
  await counties.filter({ hasText: county }).click();
  await expect(page.getByTestId("view-ranking")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("ranking-bounded")).toHaveCount(0);
  expect(decodeURIComponent(page.url())).toContain(`county=${county}`);

  // Back to the province through the path; the 未定位 group opens as a level of its own.
  await page.getByTestId("tab-levels").click();
  await page.getByTestId("levels-path").getByRole("button", { name: /全省/ }).click();
  await table.getByTestId("levels-city").filter({ hasText: "未定位" }).click();
  await expect(path).toContainText("未定位");
  expect(await table.getByTestId("levels-county").count()).toBeGreaterThan(0);
  await expect(page.getByText(/未定位：报告没有区划代码/)).toBeVisible();
});

test("sorting by a key indicator's share lists counties only, highest first", async ({ page }) => {
  await serveProvince(page);
  await openApp(page, "ds=demo&view=levels");
  const table = page.getByTestId("levels-table");
  await expect(table).toBeVisible({ timeout: 60_000 });
  await table
    .getByRole("button", { name: /★.*调解成功率|★.*成功率/ })
    .first()
    .click();
  await expect(table.getByTestId("levels-city")).toHaveCount(0);
  const shares = await table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelectorAll("td.lv-share")[2]?.textContent?.replace("%", ""))),
    );
  expect(shares.length).toBeGreaterThan(100);
  expect(shares).toEqual([...shares].sort((a, b) => b - a));
});

test("趋势 at province scale: a median and a band, and the township list bounded with search", async ({
  page,
}) => {
  await serveProvince(page);
  // How many rows the list had when it first entered the page: a screenful and more (FIRST_ROWS in
  // TownshipPicker), the rest of the 200 in a background render right after.
  await countAtFirstSight(page, "[data-testid=township-list]", "input[type=checkbox]");
  await openApp(page, "ds=demo&view=trends");
  const list = page.getByTestId("township-list");
  await expect(list).toBeVisible({ timeout: 60_000 });
  await expect(list.locator("li input[type=checkbox]")).toHaveCount(200);
  expect(await page.evaluate(() => (window as FirstSight).__firstCount)).toBe(40);
  await expect(page.getByTestId("picker-more")).toContainText(/另有1[78]\d\d个乡镇未列出/);
  // Search reaches a township beyond the first 200.
  const last = province.reports.at(-1)?.township ?? "";
  await page.getByTestId("township-search").fill(last);
  await expect(list.getByText(last, { exact: false }).first()).toBeVisible();
  await expect(page.getByTestId("picker-more")).toHaveCount(0);
});

test("排名 at province scale: bounded, and search highlights a township from the hidden middle", async ({
  page,
}) => {
  await serveProvince(page);
  await openApp(page, "ds=demo&view=ranking");
  await expect(page.getByTestId("ranking-bounded")).toBeVisible({ timeout: 60_000 });
  const options = page.locator("#ranking-townships option");
  await expect(options).toHaveCount(0); // suggestions are built on first use
  const search = page.getByTestId("ranking-search");
  await search.focus();
  expect(await options.count()).toBeGreaterThan(1000);
  const middle = (await options.nth(800).getAttribute("value")) ?? "";
  await search.fill(middle);
  await expect.poll(() => decodeURIComponent(page.url())).toContain("hl=");
  const shown = await page.evaluate(() =>
    JSON.stringify((window as unknown as { __charts?: Record<string, unknown> }).__charts?.ranking ?? {}),
  );
  expect(shown).toContain(middle);
});

test("完整性 at province scale: a row per county, the first screenful at once, a click opens the county", async ({
  page,
}) => {
  await serveProvince(page);
  // How many county rows the table had when it first entered the page (FIRST_COUNTY_ROWS).
  await countAtFirstSight(page, "[data-testid=completeness-counties]", "[data-testid=county-row]");
  await openApp(page, "ds=demo&view=completeness");
  const rows = page.getByTestId("county-row");
  await expect(page.getByTestId("completeness-counties")).toBeVisible({ timeout: 60_000 });
  const counties = new Set(province.reports.map((r) => r.county ?? "未定位")).size;
  await expect(rows).toHaveCount(counties);
  expect(await page.evaluate(() => (window as FirstSight).__firstCount)).toBe(30);
  // The table's note counts every county, and a county's button opens its grids.
  await expect(page.getByTestId("completeness-counties")).toContainText(String(counties));
  const name = ((await rows.first().getByRole("button").textContent()) ?? "").replace(" ▸", "");
  await rows.first().getByRole("button").click();
  await expect(page.getByTestId("completeness-drill")).toContainText(name);
});
