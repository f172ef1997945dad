// 指标说明 in the built app: every catalogue indicator with its 口径, the key ★ marks, the marker
// legend and the shortcoming categories; a link with an indicator scrolls to and highlights it.
import { expect, openApp, test } from "./fixtures";

test("lists every indicator, grouped, with ★ on the four key indicators", async ({ page }) => {
  await openApp(page, "view=dictionary");
  const dict = page.getByTestId("indicator-dictionary");
  await expect(dict.getByRole("heading", { level: 1, name: "指标说明" })).toBeVisible();
  await expect(dict.locator("article.dict-entry")).toHaveCount(15);
  await expect(dict.locator(".dict-entry .dict-badge")).toHaveCount(4);
  for (const group of ["法律顾问", "矛盾纠纷调处", "普法宣传", "法律服务", "依法行政"]) {
    await expect(dict.getByRole("heading", { level: 2, name: group })).toBeVisible();
  }
  const entry = dict.locator("#dict-publicity_events");
  await expect(entry.locator("dt", { hasText: "口径" })).toBeVisible();
  await expect(entry.locator("dt", { hasText: "不计入" })).toBeVisible();
  await expect(entry.getByText(/制度性表述/)).toBeVisible();
  await expect(dict.getByRole("heading", { name: "数值标记" })).toBeAttached();
  await expect(dict.getByRole("heading", { name: "问题类别" })).toBeAttached();
});

test("an indicator a link asks for is scrolled to and highlighted", async ({ page }) => {
  await openApp(page, "view=dictionary&focus=legal_aid_cases");
  const entry = page.locator("#dict-legal_aid_cases");
  await expect(entry).toHaveAttribute("data-focused", "true");
  await expect(entry).toBeInViewport();
  await expect(page.locator("article.dict-entry[data-focused]")).toHaveCount(1);
  // Below the sticky header and the sticky group heading, not under them.
  const entryTop = (await entry.boundingBox())!.y;
  const tabsBottom = await page.locator(".app-top").evaluate((el) => el.getBoundingClientRect().bottom);
  const heading = page.locator("#dict-group-services-h");
  const headingBox = (await heading.boundingBox())!;
  expect(headingBox.y).toBeGreaterThanOrEqual(tabsBottom - 1);
  expect(entryTop).toBeGreaterThanOrEqual(headingBox.y + headingBox.height);
});

test("the 指标说明 tab opens at the top with nothing highlighted, whatever the charts show", async ({
  page,
}) => {
  await openApp(page, "view=ranking&indicator=legal_aid_cases");
  await page.evaluate(() => window.scrollTo(0, 400));
  await page.getByTestId("tab-dictionary").click();
  await expect(page.getByRole("heading", { level: 1, name: "指标说明" })).toBeInViewport();
  await expect(page.locator("article.dict-entry[data-focused]")).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(page.url()).not.toContain("focus=");
});

test("group headings stick below the shell's header while their entries scroll", async ({ page }) => {
  await openApp(page, "view=dictionary");
  const tabsBottom = await page.locator(".app-top").evaluate((el) => el.getBoundingClientRect().bottom);
  // Scroll into the middle of the 普法宣传 group: its heading sits right under the tabs.
  await page.locator("#dict-publicity_audience").evaluate((el) => el.scrollIntoView({ block: "center" }));
  const heading = page.locator("#dict-group-publicity-h");
  await expect(async () => {
    const box = (await heading.boundingBox())!;
    expect(Math.abs(box.y - tabsBottom)).toBeLessThanOrEqual(1);
  }).toPass();
  // Nothing of the heading is hidden: the element at its centre is the heading itself.
  const covered = await heading.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 40, r.top + r.height / 2);
    return !!hit && !el.contains(hit);
  });
  expect(covered).toBe(false);
});

test("the contents jump to an entry without changing the route", async ({ page }) => {
  await openApp(page, "view=dictionary&focus=legal_advisor_coverage_pct");
  await page.getByRole("navigation", { name: "目录" }).getByRole("button", { name: "行政诉讼" }).click();
  await expect(page.locator("#dict-admin_litigation_cases")).toBeInViewport();
  await expect(page).toHaveURL(/view=dictionary/);
});
