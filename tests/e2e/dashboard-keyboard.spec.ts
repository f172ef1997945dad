// Keyboard basics: the view tabs are one tab stop with arrow keys between them, the evidence panel
// takes focus and gives it back (dashboard-evidence.spec.ts), and whatever has keyboard focus shows
// a ring that can be seen on its background.
import type { Locator } from "@playwright/test";
import { expect, openApp, test } from "./fixtures";

test("tabs: one tab stop, ←/→/Home/End between tabs, Enter or Space opens, the panel names its tab", async ({
  page,
}) => {
  await openApp(page, "view=ranking&ds=demo");
  const tabs = page.getByRole("tablist", { name: "视图" }).getByRole("tab");
  await expect(tabs).toHaveCount(7);
  await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
  await expect(page.getByTestId("tab-ranking")).toHaveAttribute("tabindex", "0");
  await expect(page.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", "tab-ranking");

  await page.getByTestId("tab-ranking").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("tab-completeness")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("view-completeness")).toBeVisible();
  await expect(page.getByTestId("tab-completeness")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("tab-ranking")).toHaveAttribute("aria-selected", "false");

  await page.getByTestId("tab-completeness").focus();
  await page.keyboard.press("End");
  await expect(page.getByTestId("tab-dictionary")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("tab-overview")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("tab-table")).toBeFocused();
  await page.keyboard.press(" ");
  await expect(page.getByTestId("view-table")).toBeVisible();
  await expect(page.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", "tab-table");
});

/** The focus ring as drawn: style, width and colour of the outline of the focused element. */
async function ring(target: Locator) {
  await target.focus();
  return target.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor };
  });
}

test("keyboard focus is visible: tabs, tiles, figures, header switches", async ({ page }) => {
  await openApp(page, "ds=demo");
  // Keyboard focus (not a click), so :focus-visible applies.
  await page.keyboard.press("Tab");
  for (const target of [
    page.getByTestId("tab-overview"),
    page.getByTestId("tile-received").getByRole("button"),
    page.getByTestId("tile-disputes_handled").getByTestId("tile-figure").first(),
    page.getByTestId("tile-disputes_handled").getByTestId("dictionary-link"),
  ]) {
    const r = await ring(target);
    expect(r.style).toBe("solid");
    expect(r.width).toBeGreaterThanOrEqual(2);
  }
  // On the dark header the ring is white.
  const header = await ring(page.getByTestId("dataset-samples"));
  expect(header).toMatchObject({ style: "solid", color: "rgb(255, 255, 255)" });
});

test("radio groups (data set, 绝对值/相对变化) are one tab stop and follow the arrow keys", async ({
  page,
}) => {
  await openApp(page, "view=trends&ds=demo");
  await expect(page.getByTestId("dataset-demo")).toHaveAttribute("tabindex", "0");
  await expect(page.getByTestId("dataset-samples")).toHaveAttribute("tabindex", "-1");
  const mode = page.getByTestId("change-mode");
  await mode.getByRole("radio", { name: "绝对值" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(mode.getByRole("radio", { name: "相对变化" })).toBeFocused();
  await expect(mode.getByRole("radio", { name: "相对变化" })).toHaveAttribute("aria-checked", "true");
  expect(page.url()).toContain("change=relative");

  await page.getByTestId("dataset-demo").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("dataset-samples")).toBeFocused();
  await expect(page.getByTestId("dataset-samples")).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("fictional-badge")).toHaveCount(0);
});
