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

test("an indicator in the link is scrolled to and highlighted", async ({ page }) => {
  await openApp(page, "view=dictionary&indicator=legal_aid_cases");
  const entry = page.locator("#dict-legal_aid_cases");
  await expect(entry).toHaveAttribute("data-focused", "true");
  await expect(entry).toBeInViewport();
  await expect(page.locator("article.dict-entry[data-focused]")).toHaveCount(1);
});

test("the contents jump to an entry without changing the route", async ({ page }) => {
  await openApp(page, "view=dictionary&indicator=legal_advisor_coverage_pct");
  await page.getByRole("navigation", { name: "目录" }).getByRole("button", { name: "行政诉讼" }).click();
  await expect(page.locator("#dict-admin_litigation_cases")).toBeInViewport();
  await expect(page).toHaveURL(/view=dictionary/);
});
