// The page loads, renders the shell, logs no console error and asks nothing of another origin
// (the fixture fails the test on either).
import { expect, openApp, test } from "./fixtures";

test("the dashboard loads with no console error and no foreign request", async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle("法治政府建设年报看板");
  await expect(page.getByRole("heading", { name: "法治政府建设年报看板" })).toBeVisible();
  await expect(page.getByTestId("tab-overview")).toHaveAttribute("aria-selected", "true");
});
